package th.ita.bot.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole bot on a random port, the embedded database in its default file mode (an H2 file in a
 * temporary directory, a fresh one per Spring context), and the LINE API replaced by a local
 * stand-in: tests post signed webhooks and read the replies the bot sent to "LINE".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BotIntegrationTest {

	public static final String CHANNEL_SECRET = "test-channel-secret";

	protected static final LineApiStub line = new LineApiStub();

	@LocalServerPort
	protected int port;

	@Autowired
	protected MongoTemplate mongo;

	protected Webhook webhook;

	@DynamicPropertySource
	static void lineApi(DynamicPropertyRegistry registry) {
		registry.add("line.bot.api-end-point", line::url);
		registry.add("line.bot.blob-end-point", line::url);
		registry.add("line.bot.channel-secret", () -> CHANNEL_SECRET);
		registry.add("line.bot.channel-token", () -> "test-channel-token");
		registry.add("ita.embedded-mongo.file", BotIntegrationTest::freshDatabaseFile);
		registry.add("ita.anonymity.secret", () -> "test-anonymity-secret-0123456789");
		registry.add("ita.try.enabled", () -> "true");
	}

	private static java.nio.file.Path files;

	/** Read once per context (by EmbeddedMongoConfiguration): each context gets its own file. */
	static synchronized String freshDatabaseFile() {
		try {
			if (files == null) {
				java.nio.file.Path target = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "test-databases").toAbsolutePath()); // absolute: relative paths resolve inside ita.data-dir
				files = java.nio.file.Files.createTempDirectory(target, "run-");
			}
			java.nio.file.Path file = java.nio.file.Files.createTempFile(files, "ita-", ".mv");
			java.nio.file.Files.delete(file); // a unique name; H2 creates the file
			return file.toString();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@BeforeEach
	void connect() {
		webhook = new Webhook("http://127.0.0.1:" + port + "/callback", CHANNEL_SECRET);
		line.drain();
	}

	@AfterAll
	static void keepStubForOtherClasses() {
		// the stub lives as long as the JVM: Spring caches the context across test classes
	}

	protected ChatUser person(String userId) {
		return new ChatUser(userId, webhook, line);
	}
}
