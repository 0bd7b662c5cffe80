package th.ita.bot.system;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One data directory, whatever the working directory: absolute as configured, else the bot module's. */
class DataDirectoryTests {

	@Test
	void theDefaultIsTheBotModulesDataDirectoryNotTheWorkingDirectorys() {
		Path path = new DataDirectory(null).path();
		assertThat(path).isAbsolute();
		// tests run from bot/target/classes, as spring-boot:run does: the module is bot/
		assertThat(path).isEqualTo(DataDirectory.home().resolve("data"));
		assertThat(DataDirectory.home().resolve("pom.xml")).exists();
		assertThat(DataDirectory.home().resolve("src/main/java/th/ita/bot/ItaBotApplication.java")).exists();
	}

	@Test
	void anAbsoluteSettingIsKeptAndARelativeOneResolvesInsideTheModuleNotTheWorkingDirectory() {
		assertThat(new DataDirectory("/srv/ita").path()).isEqualTo(Path.of("/srv/ita"));
		assertThat(new DataDirectory("var/ita").path()).isEqualTo(DataDirectory.home().resolve("var/ita"));
	}

	@Test
	void theDatabaseFileLivesInTheDirectoryUnlessGivenAbsoluteOrInMemory() {
		DataDirectory data = new DataDirectory("/srv/ita");
		assertThat(data.resolve("ita-bot.mv")).isEqualTo("/srv/ita/ita-bot.mv");
		assertThat(data.resolve("")).isEqualTo("/srv/ita/ita-bot.mv");
		assertThat(data.resolve("/tmp/other.mv")).isEqualTo("/tmp/other.mv");
		assertThat(data.resolve("memory")).isEqualTo("memory");
	}
}
