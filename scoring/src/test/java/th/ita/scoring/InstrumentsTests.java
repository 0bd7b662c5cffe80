package th.ita.scoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fiscal year → instrument: shipped 2563, directories added by configuration or dropped into a folder. */
class InstrumentsTests {

	@TempDir
	Path temp;

	@Test
	void shipsTheSeedsInstrument() {
		Instruments instruments = Instruments.shipped();
		assertThat(instruments.all().keySet()).containsExactly(2563);
		assertThat(instruments.forYear(2563).name()).isEqualTo("ITA 2563");
		// a year without an instrument of its own uses the latest one before it, earlier years the first
		assertThat(instruments.forYear(2569).year()).isEqualTo(2563);
		assertThat(instruments.forYear(2560).year()).isEqualTo(2563);
		assertThat(instruments.exactly(2569)).isEmpty();
	}

	@Test
	void aDirectoryDroppedIntoTheFolderIsThatYearsInstrument() {
		Path folder = temp.resolve("instruments");
		TestInstruments.copy2570(folder.resolve("2570"));
		Instruments instruments = Instruments.builder().folder(folder).build();
		assertThat(instruments.forYear(2570).rating()).isInstanceOf(Rating.Tiers.class);
		assertThat(instruments.forYear(2571).year()).isEqualTo(2570);
		// last year's figures stay under last year's instrument
		assertThat(instruments.forYear(2569).year()).isEqualTo(2563);
		assertThat(instruments.forYear(2569).levels()).isNotEmpty();
	}

	@Test
	void aConfiguredDirectoryNamesItsYear() {
		Path dir = TestInstruments.copy2570(temp.resolve("nacc-manual-2570"));
		Instruments instruments = Instruments.builder().directory(2570, dir).build();
		assertThat(instruments.exactly(2570)).hasValueSatisfying(s -> assertThat(s.source()).isEqualTo(dir.toString()));
	}

	@Test
	void otherDirectoriesInTheFolderAreIgnored() throws IOException {
		Path folder = temp.resolve("instruments");
		Files.createDirectories(folder.resolve("drafts"));
		Files.createDirectories(folder.resolve("old-2560"));
		assertThat(Instruments.builder().folder(folder).build().all().keySet()).containsExactly(2563);
	}

	@Test
	void anInvalidInstrumentStopsTheRegistryWithEveryProblem() throws IOException {
		Path folder = temp.resolve("instruments");
		Path dir = TestInstruments.copy2570(folder.resolve("2570"));
		Path scheme = dir.resolve("scheme.json");
		Files.writeString(scheme, Files.readString(scheme).replace("\"weight\": 0.25", "\"weight\": 0.2")
			.replace("\"LEVEL6\"", "\"LEVEL_6\""));
		assertThatThrownBy(() -> Instruments.builder().folder(folder).build()).isInstanceOf(InstrumentException.class)
			.satisfies(ex -> assertThat(((InstrumentException) ex).problems()).extracting(InstrumentProblem::file)
				.contains(dir.resolve("scheme.json").toString(), dir.resolve("IIT.json").toString()))
			.hasMessageContaining("tool weights sum to 0.95")
			.hasMessageContaining("ไม่รู้จักมาตรวัด \"LEVEL6\"");
	}

	@Test
	void aDirectoryWhoseFileSaysAnotherYearIsRefused() {
		Path dir = TestInstruments.copy2570(temp.resolve("x"));
		assertThatThrownBy(() -> Instruments.builder().directory(2571, dir).build())
			.isInstanceOf(InstrumentException.class)
			.hasMessageContaining("configured as the instrument of 2571 but the file says 2570");
	}

	@Test
	void aMissingFolderIsRefused() {
		assertThatThrownBy(() -> Instruments.builder().folder(temp.resolve("none")).build())
			.isInstanceOf(InstrumentException.class)
			.hasMessageContaining("the configured instruments folder does not exist");
	}

	@Test
	void aConfiguredDirectoryReplacesTheShippedInstrumentOfItsYear() throws IOException {
		Path dir = TestInstruments.copy2570(temp.resolve("2563-local"));
		Path scheme = dir.resolve("scheme.json");
		Files.writeString(scheme, Files.readString(scheme).replace("\"year\": 2570", "\"year\": 2563"));
		assertThat(Instruments.builder().directory(2563, dir).build().forYear(2563).name()).isEqualTo("ITA ทดสอบ 2570");
	}
}
