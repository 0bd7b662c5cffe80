package th.ita.bot.inbox;

import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.Webhook;
import th.ita.bot.system.EmbeddedDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under the running bot: the webhook answers 503 (LINE redelivers) within
 * LINE's few seconds, and at once while the outage lasts. Its own context: the database is stopped.
 */
@DirtiesContext
@TestPropertySource(properties = "ita.inbox.outage-pause=5s")
class DatabaseOutageIntegrationTests extends BotIntegrationTest {

	@Autowired
	EmbeddedDatabase database;

	@Autowired
	InboxWorkers workers;

	long millisToPost(String userId) {
		long start = System.nanoTime();
		int status = webhook.post(Webhook.text(userId, "EIT PKT"));
		assertThat(status).isEqualTo(503);
		return (System.nanoTime() - start) / 1_000_000;
	}

	@Test
	void withoutTheDatabaseTheWebhookFailsFastSoThatLineRedelivers() {
		ChatUser p = newPerson();
		String userId = p.userId();
		p.says("EIT PKT");
		org.awaitility.Awaitility.await("the inbox drained").atMost(java.time.Duration.ofSeconds(10))
			.until(() -> workers.status().waiting() == 0);
		database.close();
		assertThat(millisToPost(userId)).as("first failure: the driver's server selection").isLessThan(2500);
		assertThat(millisToPost(userId)).as("then the breaker answers").isLessThan(300);
		assertThat(millisToPost(userId)).isLessThan(300);
		// refused, so not queued: nothing is left to answer them twice once LINE delivers them again
		assertThat(workers.status().waiting()).isZero();
		assertThat(line.recorded()).extracting(RecordedRequest::getPath).doesNotContain("/v2/bot/message/reply");
	}
}
