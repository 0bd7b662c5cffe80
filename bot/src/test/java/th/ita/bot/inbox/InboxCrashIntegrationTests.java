package th.ita.bot.inbox;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.bot.ItaBotApplication;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.Complaints;
import th.ita.bot.support.LineApiStub;
import th.ita.bot.support.TestClockConfiguration;
import th.ita.bot.support.Webhook;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process killed at the worst moments, on the default embedded file. A kill -9 leaves on disk
 * what the H2 file holds at that instant, so the test copies the file at that instant (the running
 * bot never writes the copy) and starts a new bot on the copy: exactly what the next start after
 * the kill would find.
 */
class InboxCrashIntegrationTests {

	static final LineApiStub line = new LineApiStub();

	static final String SECRET = "crash-secret";

	@TempDir
	static Path dir;

	static ConfigurableApplicationContext start(Path dbFile, String... extra) {
		return builder().run(args(dbFile, "0", extra));
	}

	static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(ItaBotApplication.class, TestClockConfiguration.class);
	}

	static String[] args(Path dbFile, String port, String... extra) {
		List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--ita.embedded-mongo.file=" + dbFile,
				"--line.bot.api-end-point=" + line.url(), "--line.bot.blob-end-point=" + line.url(),
				"--line.bot.channel-secret=" + SECRET, "--line.bot.channel-token=crash-token",
				"--ita.anonymity.secret=crash-anonymity-secret-0123456789", "--management.server.port=-1",
				"--ita.sweep-interval=PT1H",
				// nothing reaches the file but what someone waited for: the test sees the barriers alone
				"--ita.embedded-mongo.idle-commit=PT1H"));
		args.addAll(List.of(extra));
		return args.toArray(String[]::new);
	}

	static Webhook webhook(ConfigurableApplicationContext context) {
		return new Webhook("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + "/callback",
				SECRET);
	}

	static ChatUser person(ConfigurableApplicationContext context, String userId) {
		return new ChatUser(userId, webhook(context), line);
	}

	static String newUserId() {
		return "U" + UUID.randomUUID().toString().replace("-", "");
	}

	/** A new person whose events go to another lane of this bot than {@code userId}'s. */
	static String inAnotherLane(ConfigurableApplicationContext bot, String userId) {
		InboxWorkers workers = bot.getBean(InboxWorkers.class);
		String other = newUserId();
		while (workers.laneOf(other) == workers.laneOf(userId)) {
			other = newUserId();
		}
		return other;
	}

	/** What a kill -9 at this instant leaves on disk. */
	static Path killedNow(Path db, String name) throws Exception {
		Path copy = dir.resolve(name);
		Files.copy(db, copy);
		return copy;
	}

	@BeforeEach
	void drain() {
		line.drain();
	}

	static void answerUpToTheSummary(ChatUser p) {
		p.says("EIT PKT");
		for (int i = 0; i < 19 && !p.lastText().contains("สรุปคำตอบ"); i++) {
			p.postback(p.lastReply().get(p.lastReply().size() - 1).path("quickReply").path("items").get(0).path("action")
				.path("data").asText());
		}
		assertThat(p.lastText()).contains("สรุปคำตอบ");
	}

	static long tallied(MongoTemplate mongo) {
		long n = 0;
		// each response bucket counts the sheets it holds (ResponseBuckets): the sum is what scores count
		for (Document bucket : mongo.getCollection("responses").find()) {
			Object count = bucket.get("n");
			n += count == null ? 0 : ((Number) count).longValue();
		}
		return n;
	}

	static void assertOneOfEachAndTheCodeWorks(ConfigurableApplicationContext bot, String complainant, String code,
			String respondent) {
		MongoTemplate mongo = bot.getBean(MongoTemplate.class);
		assertThat(mongo.getCollection("complaints").countDocuments(new Document("filedOn", new Document("$exists", true))))
			.isEqualTo(1);
		assertThat(th.ita.bot.support.StoredSheets.count(mongo, new Document())).isEqualTo(1);
		assertThat(tallied(mongo)).as("the response counted once").isEqualTo(1);
		ChatUser holder = person(bot, complainant);
		holder.says("ติดตาม " + code);
		assertThat(holder.lastText()).doesNotContain("ไม่พบเรื่องตามรหัสนี้").contains("สถานะ");
		ChatUser again = person(bot, respondent);
		again.says("EIT PKT");
		assertThat(again.lastText()).contains("ครั้งเดียวต่อปีงบประมาณ");
	}

	@Test
	void killedRightAfterTheReplyTheReceiptCodeShownWorksAndTheAnswersAreKept() throws Exception {
		Path db = dir.resolve("after-reply.mv");
		String respondent = newUserId();
		String complainant = newUserId();
		Path killed;
		String code;
		try (ConfigurableApplicationContext first = start(db)) {
			ChatUser q = person(first, respondent);
			answerUpToTheSummary(q);
			q.taps("✅ ส่งแบบประเมิน");
			assertThat(q.lastText()).contains("ขอบคุณ");
			code = Complaints.file(person(first, complainant), line, "PKT", "จัดซื้อจัดจ้าง", List.of("เรียกรับเงินใต้โต๊ะ"),
					List.of());
			killed = killedNow(db, "after-reply-killed.mv"); // the person has seen the code: kill now
		}
		try (ConfigurableApplicationContext second = start(killed)) {
			assertOneOfEachAndTheCodeWorks(second, complainant, code, respondent);
		}
	}

	@Test
	void killedBetweenTheAcknowledgementAndTheHandlingTheEventsAreHandledOnceAtTheNextStart() throws Exception {
		Path db = dir.resolve("after-ack.mv");
		String respondent = newUserId();
		String complainant;
		Path killed;
		try (ConfigurableApplicationContext first = start(db)) {
			// two lanes: each event is held in its own lane at once (one lane would take them one by one)
			complainant = inAnotherLane(first, respondent);
			ChatUser q = person(first, respondent);
			answerUpToTheSummary(q);
			String submit = q.quickReply("✅ ส่งแบบประเมิน").path("data").asText();
			ChatUser p = person(first, complainant);
			p.says("ร้องเรียน PKT");
			p.taps("จัดซื้อจัดจ้าง");
			p.says("เรียกรับเงินใต้โต๊ะ");
			p.taps("✅ ตรวจทานและส่ง");
			String confirm = p.quickReply("✅ ยืนยันส่ง").path("data").asText();
			CountDownLatch held = new CountDownLatch(2);
			CountDownLatch killedLatch = new CountDownLatch(1);
			first.getBean(InboxHandler.class).setFault(entry -> {
				if (entry.kind() == InboxEntry.Kind.POSTBACK) {
					held.countDown();
					try {
						killedLatch.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					throw new IllegalStateException("test: this process is dead");
				}
			});
			Webhook hook = webhook(first);
			assertThat(hook.post(Webhook.postback(respondent, submit))).isEqualTo(200);
			assertThat(hook.post(Webhook.postback(complainant, confirm))).isEqualTo(200);
			assertThat(held.await(10, TimeUnit.SECONDS)).as("both acknowledged and claimed, neither handled").isTrue();
			killed = killedNow(db, "after-ack-killed.mv");
			killedLatch.countDown();
		}
		line.drain();
		try (ConfigurableApplicationContext second = start(killed)) {
			// the next start handles both and replies with the stored tokens
			List<List<JsonNode>> replies = List.of(line.nextReply(), line.nextReply());
			String code = null;
			boolean thanked = false;
			for (List<JsonNode> reply : replies) {
				if (ChatUser.textOf(reply).contains("ขอบคุณ")) {
					thanked = true;
				}
				else {
					code = Complaints.receiptCode(reply);
				}
			}
			assertThat(thanked).isTrue();
			assertOneOfEachAndTheCodeWorks(second, complainant, code, respondent);
		}
	}

	@Test
	void anEventThatKilledTheProcessThreeTimesIsSetAsideAndTheNextStartServesTheOthers() throws Exception {
		Path db = dir.resolve("poison.mv");
		String poisoned = newUserId();
		var poison = Webhook.text(poisoned, "EIT PKT");
		String poisonId = poison.get("webhookEventId").asText();
		Path killed;
		try (ConfigurableApplicationContext first = start(db)) {
			String other = inAnotherLane(first, poisoned); // two lanes: both events held at once
			CountDownLatch held = new CountDownLatch(2);
			CountDownLatch never = new CountDownLatch(1);
			first.getBean(InboxHandler.class).setFault(entry -> {
				held.countDown();
				try {
					never.await(); // the process "dies" here: nothing after this point happens
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				throw new IllegalStateException("test: dead");
			});
			Webhook hook = webhook(first);
			assertThat(hook.post(poison)).isEqualTo(200);
			assertThat(hook.post(Webhook.text(other, "EIT PKT"))).isEqualTo(200);
			assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
			// as if this had been the third start to die on it
			MongoTemplate mongo = first.getBean(MongoTemplate.class);
			mongo.getCollection(InboxStore.COLLECTION)
				.updateOne(new Document("_id", poisonId), new Document("$set", new Document("attempts", 3)));
			first.getBean(th.ita.bot.system.EmbeddedDatabase.class).checkpoint();
			killed = killedNow(db, "poison-killed.mv");
			never.countDown();
		}
		line.drain();
		try (ConfigurableApplicationContext second = start(killed)) {
			assertThat(ChatUser.textOf(line.nextReply())).as("the other person's event").contains("ข้อ 1/19");
			MongoTemplate mongo = second.getBean(MongoTemplate.class);
			Document entry = org.awaitility.Awaitility.await("the poison event set aside")
				.atMost(java.time.Duration.ofSeconds(10))
				.until(() -> mongo.getCollection(InboxStore.COLLECTION).find(new Document("_id", poisonId)).first(),
						d -> d != null && InboxStore.SET_ASIDE.equals(d.getString("state")));
			assertThat(entry.toJson()).doesNotContain(poisoned).doesNotContain("EIT PKT");
			assertThat(second.getBean(InboxWorkers.class).status().setAside()).isEqualTo(1);
		}
	}

	static boolean listening(int port) {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
			return true;
		}
		catch (java.io.IOException notYet) {
			return false;
		}
	}

	/** Holds start-up after the web server opened, until the test has seen a webhook refused. */
	static final CountDownLatch refusedOnce = new CountDownLatch(1);

	static class SlowStartup {

		@org.springframework.context.annotation.Bean
		ApplicationRunner slowStartupTask() {
			return args -> refusedOnce.await(60, TimeUnit.SECONDS);
		}
	}

	@Test
	void webhooksDuringStartUpAreRefusedWith503OrAnsweredCorrectlyNeverWrongly() throws Exception {
		int port;
		try (ServerSocket s = new ServerSocket(0)) {
			port = s.getLocalPort();
		}
		Path db = dir.resolve("fresh.mv");
		Webhook hook = new Webhook("http://127.0.0.1:" + port + "/callback", SECRET);
		ConfigurableApplicationContext[] bot = new ConfigurableApplicationContext[1];
		Thread starting = new Thread(
				() -> bot[0] = builder().sources(SlowStartup.class).run(args(db, String.valueOf(port))));
		starting.start();
		int accepted = 0;
		int refused = 0;
		long deadline = System.currentTimeMillis() + 120_000;
		try {
			while (starting.isAlive() || accepted < 3) {
				assertThat(System.currentTimeMillis()).isLessThan(deadline);
				int status;
				try {
					status = hook.post(Webhook.text(newUserId(), "EIT PKT"));
				}
				catch (IllegalStateException notListeningYet) {
					// wait for the signal that matters here: the port accepting connections
					org.awaitility.Awaitility.await("the web server's port opens")
						.atMost(java.time.Duration.ofSeconds(60))
						.pollInterval(java.time.Duration.ofMillis(10))
						.until(() -> listening(port));
					continue;
				}
				assertThat(status).isIn(200, 503);
				if (status == 503) {
					refused++;
					refusedOnce.countDown();
				}
				else {
					accepted++;
				}
			}
			assertThat(refused).as("refused while starting").isPositive();
			for (int i = 0; i < accepted; i++) {
				assertThat(line.nextReply().toString()).contains("ข้อ 1/19").doesNotContain("ไม่พบหน่วยงาน");
			}
		}
		finally {
			refusedOnce.countDown();
			starting.join(60_000);
			if (bot[0] != null) {
				bot[0].close();
			}
		}
	}

	@AfterAll
	static void stopStub() {
		line.shutdown();
	}
}
