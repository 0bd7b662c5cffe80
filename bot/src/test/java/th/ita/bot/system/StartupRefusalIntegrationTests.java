package th.ita.bot.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import th.ita.bot.ItaBotApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What an operator sees when the bot cannot start for a reason they can fix: with a LINE channel
 * configured, a missing or published secret is named in one line (Thai and English); a second
 * process on the embedded database's file gets one line too, never a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusalIntegrationTests {

	@TempDir
	Path dir;

	/** The secrets the test configuration gives are overridden per case. */
	ConfigurableApplicationContext start(String... overrides) {
		List<String> args = new ArrayList<>(List.of("--server.port=0",
				"--line.bot.channel-secret=a-real-looking-channel-secret", "--management.server.port=-1"));
		args.addAll(List.of(overrides));
		// a repeated argument would be joined with a comma ("memory,/tmp/…"): memory unless a file is given
		if (args.stream().noneMatch(a -> a.startsWith("--ita.embedded-mongo.file="))) {
			args.add("--ita.embedded-mongo.file=memory");
		}
		return new SpringApplicationBuilder(ItaBotApplication.class).run(args.toArray(String[]::new));
	}

	@Test
	void aPublishedDefaultSecretIsRefusedByName(CapturedOutput output) {
		Throwable failure = catchThrowable(() -> start("--ita.anonymity.secret=local-development-secret-change-me"));
		assertThat(failure).isInstanceOf(StartupRefusal.class).hasMessageContaining("ITA_ANONYMITY_SECRET");
		assertThat(StartupFailureReporter.line(failure)).contains("ITA_ANONYMITY_SECRET").contains("ต้องตั้งค่า")
			.contains("Refusing to start").doesNotContain("\n");
		assertThat(output.getErr()).contains("ITA_ANONYMITY_SECRET").doesNotContain("\tat ");
	}

	@Test
	void eachSecretIsNamedWhenMissingOrDefault() {
		assertThatThrownBy(() -> start("--ita.complaints.receipt-secret=local-receipt-secret-change-me"))
			.hasStackTraceContaining("ITA_RECEIPT_SECRET");
		assertThatThrownBy(() -> start("--ita.links.secret=")).hasStackTraceContaining("ITA_LINK_SECRET");
		assertThatThrownBy(() -> start("--line.bot.channel-token=local-channel-token"))
			.hasStackTraceContaining("LINE_BOT_CHANNEL_TOKEN");
		assertThatThrownBy(() -> start("--ita.links.secret=short")).hasStackTraceContaining("ITA_LINK_SECRET");
	}

	@Test
	void oneKeyServesOnePurpose() {
		assertThatThrownBy(() -> start("--ita.anonymity.secret=the-same-secret-for-everything",
				"--ita.links.secret=the-same-secret-for-everything"))
			.hasStackTraceContaining("ITA_LINK_SECRET must differ from ITA_ANONYMITY_SECRET");
	}

	@Test
	void localTryModeRunsOnTheDefaults() {
		SecretsCheck.check(p -> switch (p) {
			case "line.bot.channel-secret" -> "local-channel-secret";
			default -> "local-development-secret-change-me";
		});
		SecretsCheck.check(p -> null);
	}

	@Test
	void aSecondProcessOnTheDatabaseFileGetsOneLine(CapturedOutput output) {
		String file = dir.resolve("held.mv").toString();
		ConfigurableApplicationContext running = start("--ita.embedded-mongo.file=" + file);
		try {
			Throwable second = catchThrowable(() -> start("--ita.embedded-mongo.file=" + file));
			assertThat(StartupFailureReporter.line(second)).contains("held.mv").contains("กำลังถูกใช้โดยบอทที่ทำงานอยู่")
				.contains("is in use by a running bot").doesNotContain("\n");
			assertThat(output.getErr()).contains("is in use by a running bot").doesNotContain("\tat ");
		}
		finally {
			running.close();
		}
	}
}
