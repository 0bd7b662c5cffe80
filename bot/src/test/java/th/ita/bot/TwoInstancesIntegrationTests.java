package th.ita.bot;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.bot.support.ChatUser;
import th.ita.bot.system.EmbeddedDatabase;
import th.ita.bot.support.LineApiStub;
import th.ita.bot.support.TestClockConfiguration;
import th.ita.bot.support.Webhook;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two bot instances on one database, as behind a load balancer: a person's messages alternate
 * between them and the survey goes on as if there were one. The second instance connects by URI,
 * as production does, and starts nothing embedded. Nothing logged holds the userId.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwoInstancesIntegrationTests {

	static final LineApiStub line = new LineApiStub();

	@TempDir
	static Path dir;

	static ConfigurableApplicationContext start(String... extra) {
		String[] base = { "--server.port=0", "--line.bot.api-end-point=" + line.url(),
				"--line.bot.blob-end-point=" + line.url(), "--line.bot.channel-secret=two-secret",
				"--line.bot.channel-token=two-token", "--ita.anonymity.secret=two-instances-anonymity-secret" };
		String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
		System.arraycopy(extra, 0, args, base.length, extra.length);
		return new SpringApplicationBuilder(ItaBotApplication.class, TestClockConfiguration.class).run(args);
	}

	static ChatUser on(ConfigurableApplicationContext context, String userId) {
		String port = context.getEnvironment().getProperty("local.server.port");
		return new ChatUser(userId, new Webhook("http://127.0.0.1:" + port + "/callback", "two-secret"), line);
	}

	@Test
	void aSurveyHoppingBetweenTwoInstancesIsOneSurvey(CapturedOutput output) {
		ConfigurableApplicationContext a = start("--ita.embedded-mongo.file=" + dir.resolve("shared.mv"));
		String uri = a.getBean(EmbeddedDatabase.class).connectionString("ita");
		ConfigurableApplicationContext b = start("--spring.mongodb.uri=" + uri);
		try {
			assertThat(b.getBeanNamesForType(EmbeddedDatabase.class)).as("nothing embedded with a URI").isEmpty();
			String userId = "Utwoinstances00000000000000000001";
			ChatUser viaA = on(a, userId);
			ChatUser viaB = on(b, userId);
			viaA.says("EIT PKT");
			// tap on B the button A offered, and so on, alternating
			for (int i = 0; i < 19; i++) {
				ChatUser from = i % 2 == 0 ? viaA : viaB;
				ChatUser to = i % 2 == 0 ? viaB : viaA;
				String data = from.lastReply().get(0).path("quickReply").path("items").get(0).path("action").path("data").asText();
				assertThat(data).startsWith("a:EIT:PKT:");
				to.postback(data);
			}
			ChatUser last = viaB; // i = 18 went to B
			assertThat(last.lastText()).contains("ตอบแล้ว 19/19");
			viaA.postback("nav:submit");
			assertThat(viaA.lastText()).contains("ขอบคุณ");
			MongoTemplate mongo = b.getBean(MongoTemplate.class);
			assertThat(th.ita.bot.support.StoredSheets.count(mongo, new Document("agency", "PKT"))).isEqualTo(1);
			viaB.says("EIT PKT");
			assertThat(viaB.lastText()).contains("ครั้งเดียวต่อปีงบประมาณ");
			assertThat(output.getAll()).doesNotContain(userId);
		}
		finally {
			b.close();
			a.close();
		}
	}

	@AfterAll
	static void stopStub() {
		line.shutdown();
	}
}
