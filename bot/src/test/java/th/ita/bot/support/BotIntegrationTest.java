package th.ita.bot.support;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.staff.StaffDirectory;
import th.ita.survey.staff.StaffMember;

/**
 * The whole bot on a random port, the embedded database in its default file mode (an H2 file in a
 * temporary directory, a fresh one per Spring context), the LINE API replaced by a local stand-in,
 * and the time a {@link TestClock}: tests post signed webhooks and read the replies the bot sent to
 * "LINE". The classes share one context and its database, so each makes its own people and
 * agencies ({@link #newPerson}, {@link TestAgencies}) and reads only those.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestClockConfiguration.class, TestAgencies.class, Sessions.class, ComplaintRecords.class, AnonymityScan.class })
public abstract class BotIntegrationTest {

	public static final String CHANNEL_SECRET = "test-channel-secret";

	protected static final LineApiStub line = new LineApiStub();

	@LocalServerPort
	protected int port;

	@Autowired
	protected MongoTemplate mongo;

	/** The application's clock: "today" in a test is {@code clock.today()}. */
	@Autowired
	protected TestClock clock;

	@Autowired
	protected AgencyDirectory agencies;

	@Autowired
	protected StaffDirectory staffDirectory;

	@Autowired
	protected TestAgencies testAgencies;

	@Autowired
	protected Sessions sessions;

	@Autowired
	protected ComplaintRecords complaintRecords;

	protected Webhook webhook;

	protected Http http;

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
		http = new Http(port);
		line.drain();
	}

	/** Whatever a test did to the shared clock, the next one starts on the common line. */
	@AfterEach
	void resetClock() {
		clock.reset();
	}

	public static String newUserId() {
		return "U" + UUID.randomUUID().toString().replace("-", "");
	}

	protected ChatUser person(String userId) {
		return new ChatUser(userId, webhook, line);
	}

	/** Someone nobody has met: a LINE userId of their own. */
	protected ChatUser newPerson() {
		return person(newUserId());
	}

	/** A new person registered as staff of {@code agency} with these roles, since today. */
	protected ChatUser newStaff(String agency, StaffMember.Role... roles) {
		ChatUser p = newPerson();
		staffDirectory.save(StaffMember.of(staffDirectory.staffKey(p.userId()), agency, today(), roles));
		return p;
	}

	protected LocalDate today() {
		return clock.today();
	}
}
