package th.ita.bot;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import th.ita.bot.support.ChatUser;
import th.ita.bot.support.LineApiStub;
import th.ita.bot.support.Sessions;
import th.ita.bot.support.TestAgencies;
import th.ita.bot.support.TestClockConfiguration;
import th.ita.bot.support.Webhook;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot stops mid-survey and starts again on the same H2 file: the person carries on where they
 * stopped and nothing answered is lost.
 */
class RestartIntegrationTests {

	static final LineApiStub line = new LineApiStub();

	@TempDir
	static Path dir;

	static ConfigurableApplicationContext start(Path dbFile) {
		return new SpringApplicationBuilder(ItaBotApplication.class, TestClockConfiguration.class).run("--server.port=0",
				"--ita.embedded-mongo.file=" + dbFile, "--line.bot.api-end-point=" + line.url(),
				"--line.bot.blob-end-point=" + line.url(), "--line.bot.channel-secret=restart-secret",
				"--line.bot.channel-token=restart-token", "--ita.anonymity.secret=restart-anonymity-secret-123",
				"--management.server.port=-1");
	}

	static ChatUser person(ConfigurableApplicationContext context, String userId) {
		String port = context.getEnvironment().getProperty("local.server.port");
		return new ChatUser(userId, new Webhook("http://127.0.0.1:" + port + "/callback", "restart-secret"), line);
	}

	@Test
	void aPersonResumesAfterARestartWithEveryAnswerKept() {
		Path db = dir.resolve("ita-bot.mv");
		String userId = "Urestart0000000000000000000000001";
		ConfigurableApplicationContext first = start(db);
		ChatUser before = person(first, userId);
		before.says("EIT PKT");
		before.taps("มาก");
		before.taps("มากที่สุด");
		before.taps("น้อย");
		assertThat(before.lastText()).contains("ข้อ 4/19");
		first.close();
		assertThat(Files.exists(db)).isTrue();

		ConfigurableApplicationContext second = start(db);
		try {
			ChatUser after = person(second, userId);
			after.says("สวัสดี");
			assertThat(after.lastText()).contains("ข้อ 4/19");
			assertThat(Sessions.of(second).of(userId).orElseThrow().getAnswers()).containsExactly(
					TestAgencies.answer("e1.1", "มาก"), TestAgencies.answer("e1.2", "มากที่สุด"), TestAgencies.answer("e2", "น้อย"));
			after.taps("◀ ย้อนกลับ");
			assertThat(after.lastText()).contains("ข้อ 3/19").contains("คำตอบเดิม: น้อย");
		}
		finally {
			second.close();
		}
	}

	@AfterAll
	static void stopStub() {
		line.shutdown();
	}
}
