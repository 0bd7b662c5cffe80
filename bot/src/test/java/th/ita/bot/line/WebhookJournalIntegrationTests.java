package th.ita.bot.line;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.bot.ItaBotApplication;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.LineApiStub;
import th.ita.bot.support.Webhook;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a killed bot leaves on disk, and what the next start makes of it. The database file is
 * written at checkpoints (here: only at start-up, the interval is an hour); the files are copied
 * while the bot runs, which is what kill -9 would leave, and a new bot starts on the copy.
 */
class WebhookJournalIntegrationTests {

	static final LineApiStub line = new LineApiStub();

	@TempDir
	Path dir;

	static ConfigurableApplicationContext start(Path dbFile, String... extra) {
		String[] base = { "--server.port=0", "--ita.embedded-mongo.file=" + dbFile,
				"--ita.embedded-mongo.checkpoint-interval=PT1H", "--line.bot.api-end-point=" + line.url(),
				"--line.bot.blob-end-point=" + line.url(), "--line.bot.channel-secret=journal-secret",
				"--line.bot.channel-token=journal-token", "--ita.anonymity.secret=journal-anonymity-secret-123",
				"--management.server.port=-1" };
		String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
		System.arraycopy(extra, 0, args, base.length, extra.length);
		return new SpringApplicationBuilder(ItaBotApplication.class).run(args);
	}

	static ChatUser person(ConfigurableApplicationContext context, String userId) {
		String port = context.getEnvironment().getProperty("local.server.port");
		return new ChatUser(userId, new Webhook("http://127.0.0.1:" + port + "/callback", "journal-secret"), line);
	}

	/** Three answers acknowledged, then the database file and its journal as a killed process leaves them. */
	Path answerThreeThenCopyFiles(String userId, boolean withJournal) throws IOException {
		Path db = dir.resolve("run1").resolve("ita-bot.mv");
		ConfigurableApplicationContext first = start(db);
		Path copy = dir.resolve("run2").resolve("ita-bot.mv");
		try {
			ChatUser p = person(first, userId);
			p.says("EIT PKT");
			p.taps("มาก");
			p.taps("มากที่สุด");
			p.taps("น้อย");
			assertThat(p.lastText()).contains("ข้อ 4/19");
			Files.createDirectories(copy.getParent());
			try (Stream<Path> files = Files.list(db.getParent())) {
				for (Path f : files.toList()) {
					if (withJournal || !f.getFileName().toString().contains(".journal.")) {
						Files.copy(f, copy.resolveSibling(f.getFileName()));
					}
				}
			}
		}
		finally {
			first.close();
		}
		return copy;
	}

	@Test
	void acknowledgedAnswersSinceTheLastCheckpointAreHandledAgainOnStart() throws IOException {
		String userId = "Ujournal000000000000000000000001";
		Path copy = answerThreeThenCopyFiles(userId, true);
		ConfigurableApplicationContext second = start(copy);
		try {
			Document session = second.getBean(MongoTemplate.class).getCollection("survey_sessions").find().first();
			assertThat(session).isNotNull();
			assertThat(session.getString("answered")).isEqualTo("e1.1=3;e1.2=4;e2=2;");
			line.expectNoReply(500); // handled again without a second reply
			// the journal is cut once the recovered state is in the file
			try (Stream<Path> files = Files.list(copy.getParent())) {
				assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.contains(".journal."))).isEmpty();
			}
			ChatUser after = person(second, userId);
			after.says("สวัสดี");
			assertThat(after.lastText()).contains("ข้อ 4/19");
		}
		finally {
			second.close();
		}
	}

	@Test
	void withoutTheJournalTheFileHoldsOnlyTheLastCheckpoint() throws IOException {
		String userId = "Ujournal000000000000000000000002";
		Path copy = answerThreeThenCopyFiles(userId, false);
		ConfigurableApplicationContext second = start(copy);
		try {
			assertThat(second.getBean(MongoTemplate.class).getCollection("survey_sessions").countDocuments()).isZero();
			ChatUser after = person(second, userId);
			after.says("สวัสดี");
			assertThat(after.lastText()).doesNotContain("ข้อ 4/19");
		}
		finally {
			second.close();
		}
	}

	@Test
	void aSegmentIsKeptUntilEveryEventAcknowledgedInItIsHandled() throws IOException {
		ConfigurableApplicationContext bot = start(dir.resolve("lanes").resolve("ita-bot.mv"));
		try {
			assertThat(bot.getBean(EventLanes.class).enabled()).as("fast acknowledgement with the journal").isTrue();
			WebhookJournal journal = bot.getBean(WebhookJournal.class);
			th.ita.bot.system.EmbeddedDatabase database = bot.getBean(th.ita.bot.system.EmbeddedDatabase.class);
			// a delivery acknowledged, its one event not handled yet (as in a lane's queue)
			WebhookJournal.Segment segment = journal.append("{\"destination\":\"x\",\"events\":[]}".getBytes(), 1);
			database.checkpoint();
			assertThat(segment.path).as("kept: the checkpoint may not hold the event's effects").exists();
			segment.handled();
			database.checkpoint();
			assertThat(segment.path).as("cut once handled before a checkpoint").doesNotExist();

			// and a whole survey through the lanes: every answer stored, one reply per tap
			ChatUser p = person(bot, "Ujournal000000000000000000000003");
			p.says("EIT PKT");
			for (int i = 0; i < 19; i++) {
				String data = p.lastReply().get(0).path("quickReply").path("items").get(0).path("action").path("data").asText();
				p.postback(data);
			}
			assertThat(p.lastText()).contains("ตอบแล้ว 19/19");
			p.postback("nav:submit");
			assertThat(p.lastText()).contains("ขอบคุณ");
			line.expectNoReply(300);
			Document response = th.ita.bot.support.StoredSheets.of(bot.getBean(MongoTemplate.class), new Document()).get(0);
			assertThat(response.getList("answers", Document.class)).hasSize(19);
		}
		finally {
			bot.close();
		}
	}

	@Test
	void whenTooManyEventsWaitTheWebhookAnswers503AndKeepsNothing() throws IOException {
		Path db = dir.resolve("full").resolve("ita-bot.mv");
		ConfigurableApplicationContext bot = start(db, "--ita.webhook.max-waiting=0");
		try {
			String port = bot.getEnvironment().getProperty("local.server.port");
			Webhook webhook = new Webhook("http://127.0.0.1:" + port + "/callback", "journal-secret");
			assertThat(webhook.post(Webhook.text("Ujournal000000000000000000000004", "EIT PKT")))
				.as("LINE is to send it again").isEqualTo(503);
			line.expectNoReply(500);
			assertThat(bot.getBean(MongoTemplate.class).getCollection("survey_sessions").countDocuments()).isZero();
			try (Stream<Path> files = Files.list(db.getParent())) {
				assertThat(files.filter(f -> f.getFileName().toString().contains(".journal."))
					.mapToLong(f -> f.toFile().length()).sum()).as("nothing journaled").isZero();
			}
		}
		finally {
			bot.close();
		}
	}

	@Test
	void theTryPageWaitsForTheReplyOfAnEventHandledAfterThe200() throws Exception {
		ConfigurableApplicationContext bot = start(dir.resolve("try").resolve("ita-bot.mv"), "--ita.try.enabled=true");
		try {
			assertThat(bot.getBean(EventLanes.class).enabled()).isTrue();
			String port = bot.getEnvironment().getProperty("local.server.port");
			var http = java.net.http.HttpClient.newHttpClient();
			var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/try/send"))
				.header("Content-Type", "application/json")
				.POST(java.net.http.HttpRequest.BodyPublishers
					.ofString("{\"userId\":\"U0123456789abcdef0123456789abcdef\",\"text\":\"EIT PKT\"}"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("1/19");
		}
		finally {
			bot.close();
		}
	}

	@Test
	void aTornLastRecordIsIgnored() throws IOException {
		Path segment = dir.resolve("x.mv.journal.0000000000000000001");
		byte[] body = "{\"destination\":\"x\",\"events\":[]}".getBytes();
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(body);
		java.nio.ByteBuffer whole = java.nio.ByteBuffer.allocate(12 + body.length).putInt(body.length).putLong(crc.getValue()).put(body);
		java.nio.ByteBuffer torn = java.nio.ByteBuffer.allocate(12 + 5).putInt(body.length).putLong(crc.getValue()).put(body, 0, 5);
		Files.write(segment, concat(whole.array(), torn.array()));
		List<byte[]> read = WebhookJournal.read(segment);
		assertThat(read).hasSize(1);
		assertThat(read.get(0)).isEqualTo(body);
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	@AfterAll
	static void stopStub() {
		line.shutdown();
	}
}
