package th.ita.bot.system;

import java.io.File;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.system.ApplicationHome;

import th.ita.bot.ItaBotApplication;

/**
 * Where the bot keeps its files ({@code ita.data-dir}, env {@code ITA_DATA_DIR}), resolved the same
 * way by every entry point and never from the working directory: an absolute setting as is; a
 * relative one, or none ({@code data}), against the bot module's directory, i.e. the directory
 * holding {@code target/} with the jar or the compiled classes ({@code bot/} in the repository,
 * {@code bot/data/}); a jar copied elsewhere uses its own directory. So {@code spring-boot:run}
 * from the repository root, {@code java -jar bot/target/ita-bot.jar} from anywhere and the admin
 * commands all open the same database.
 */
@ConfigurationProperties("ita")
public record DataDirectory(String dataDir) {

	/** The directory, absolute. */
	public Path path() {
		Path configured = Path.of(dataDir == null || dataDir.isBlank() ? "data" : dataDir.trim());
		return configured.isAbsolute() ? configured.normalize() : home().resolve(configured).normalize();
	}

	/** A file setting such as {@code ita.embedded-mongo.file}: absolute as is, relative within the directory. */
	public String resolve(String file) {
		if (file == null || file.isBlank()) {
			return path().resolve("ita-bot.mv").toString();
		}
		if ("memory".equals(file)) {
			return file;
		}
		Path p = Path.of(file);
		return p.isAbsolute() ? p.toString() : path().resolve(p).normalize().toString();
	}

	/** The bot module's directory (see above), or the user's home when the code's location is unknown. */
	static Path home() {
		File source = source();
		if (source == null) {
			return Path.of(System.getProperty("user.home"), ".ita-bot").toAbsolutePath();
		}
		Path dir = source.toPath().toAbsolutePath().getParent(); // the jar's directory, or target/ for target/classes
		if (dir != null && dir.getFileName() != null && dir.getFileName().toString().equals("target") && dir.getParent() != null) {
			dir = dir.getParent();
		}
		return dir == null ? Path.of(System.getProperty("user.home"), ".ita-bot") : dir;
	}

	/** The compiled classes' directory or the jar: read directly when a plain file URL, else by Boot (nested jars). */
	private static File source() {
		try {
			java.net.URL location = ItaBotApplication.class.getProtectionDomain().getCodeSource().getLocation();
			if ("file".equals(location.getProtocol())) {
				return new File(location.toURI());
			}
		}
		catch (java.net.URISyntaxException | SecurityException | NullPointerException ex) {
			// fall through to Boot's own search
		}
		return new ApplicationHome(ItaBotApplication.class).getSource();
	}
}
