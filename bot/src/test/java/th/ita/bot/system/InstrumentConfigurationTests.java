package th.ita.bot.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import th.ita.scoring.InstrumentException;
import th.ita.scoring.Instruments;
import th.ita.scoring.Scheme;

import static org.assertj.core.api.Assertions.assertThat;

/** The instruments at start-up: the fiscal year picks the instrument; an invalid one stops the start. */
@ExtendWith(OutputCaptureExtension.class)
class InstrumentConfigurationTests {

	/** 1 Nov 2026 in Bangkok: fiscal year 2570 (it began 1 Oct 2026). */
	static final Clock FY2570 = Clock.fixed(Instant.parse("2026-11-01T03:00:00Z"), ZoneId.of("Asia/Bangkok"));

	final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(InstrumentConfiguration.class)
		.withBean(Clock.class, () -> FY2570);

	@TempDir
	Path temp;

	/** The shipped 2563 files, copied into {@code folder/<year>} with their year changed. */
	Path copyOf2563(Path folder, int year) throws IOException {
		Path dir = Files.createDirectories(folder.resolve(String.valueOf(year)));
		for (String f : new String[] { "scheme.json", "IIT.json", "EIT.json", "OIT.json" }) {
			try (InputStream in = Scheme.class.getClassLoader().getResourceAsStream("ita/2563/" + f)) {
				Files.copy(in, dir.resolve(f));
			}
		}
		Path scheme = dir.resolve("scheme.json");
		Files.writeString(scheme, Files.readString(scheme).replace("\"year\": 2563", "\"year\": " + year)
			.replace("\"name\": \"ITA 2563\"", "\"name\": \"ITA " + year + "\""));
		return dir;
	}

	@Test
	void withNothingConfiguredTheShippedInstrumentServesTheCurrentYear() {
		runner.run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(Instruments.class).all().keySet()).containsExactly(2563);
			assertThat(context.getBean(Instruments.class).forYear(2570).year()).isEqualTo(2563);
			// no single instrument is wired: everything asks for the year it is about
			assertThat(context.getBeansOfType(Scheme.class)).isEmpty();
		});
	}

	@Test
	void aDirectoryDroppedIntoTheFolderServesItsFiscalYear() throws IOException {
		Path folder = temp.resolve("instruments");
		copyOf2563(folder, 2570);
		runner.withPropertyValues("ita.instruments.folder=" + folder).run(context -> {
			assertThat(context.getBean(Instruments.class).forYear(2570).name()).isEqualTo("ITA 2570");
			// last year's figures stay under last year's instrument
			assertThat(context.getBean(Instruments.class).forYear(2569).name()).isEqualTo("ITA 2563");
		});
	}

	@Test
	void anInvalidInstrumentStopsTheStartWithItsProblemsLogged(CapturedOutput output) throws IOException {
		Path folder = temp.resolve("instruments");
		Path dir = copyOf2563(folder, 2570);
		Path scheme = dir.resolve("scheme.json");
		Files.writeString(scheme, Files.readString(scheme).replace("\"weight\": 0.4", "\"weight\": 0.5"));
		runner.withPropertyValues("ita.instruments.folder=" + folder).run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InstrumentException.class)
				.hasMessageContaining("tool weights sum to 1.1");
		});
		assertThat(output).contains("invalid ITA instrument, the bot does not start",
				"scheme.json $.tools: น้ำหนักของเครื่องมือรวมกันได้ 1.1 ต้องรวมได้ 1 / tool weights sum to 1.1");
	}
}
