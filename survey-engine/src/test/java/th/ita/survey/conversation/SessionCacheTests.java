package th.ita.survey.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

import th.ita.scoring.Item;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.agency.AgencyRepository;
import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.response.TallyStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions cached in memory save the read of every tap, and never make an answer wrong: two
 * services with caches on one database (two bot instances) take turns with one person, so each
 * one's cached session is always out of date.
 */
class SessionCacheTests {

	static final Scheme scheme = Scheme.load(2563);

	static final String USER = "Ucache000000000000000000000000001";

	MongoServer server;

	MongoClient client;

	MongoTemplate mongo;

	/** Reads of the sessions collection, as the server receives them. */
	final AtomicInteger sessionReads = new AtomicInteger();

	Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Asia/Bangkok"));

	@BeforeEach
	void start() {
		server = new MongoServer(new MemoryBackend());
		CommandListener counter = new CommandListener() {
			@Override
			public void commandStarted(CommandStartedEvent event) {
				if (event.getCommandName().equals("find")
						&& "survey_sessions".equals(event.getCommand().getString("find").getValue())) {
					sessionReads.incrementAndGet();
				}
			}
		};
		client = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
			.addCommandListener(counter)
			.build());
		mongo = new MongoTemplate(client, "ita");
		new AgencyDirectory(new MongoRepositoryFactory(mongo).getRepository(AgencyRepository.class))
			.save(new Agency("PKT", "สำนักงานจังหวัดภูเก็ต", "code", null, null));
	}

	@AfterEach
	void stop() {
		client.close();
		server.shutdownNow();
	}

	SurveyService instance(int cached) {
		MongoRepositoryFactory repositories = new MongoRepositoryFactory(mongo);
		return new SurveyService(scheme, new AgencyDirectory(repositories.getRepository(AgencyRepository.class)),
				repositories.getRepository(SurveySessionRepository.class), mongo, new TallyStore(mongo, scheme),
				new Pseudonyms("a-test-secret-of-16+chars"), clock, cached);
	}

	static SurveyCommand.Choose firstOption(SurveyStep step) {
		Item item = ((SurveyStep.Ask) step).item();
		return new SurveyCommand.Choose(Tool.EIT, "PKT", item.id(), item.scale().options().get(0).value());
	}

	@Test
	void tapsAfterTheFirstReadNoSessionFromTheDatabase() {
		SurveyService surveys = instance(100);
		SurveyStep step = surveys.handle(USER, new SurveyCommand.Start(Tool.EIT, "PKT", null));
		int before = sessionReads.get();
		for (int i = 0; i < 5; i++) {
			step = surveys.handle(USER, firstOption(step));
		}
		assertThat(sessionReads.get() - before).as("session reads for 5 taps").isZero();
		assertThat(((SurveyStep.Ask) step).number()).isEqualTo(6);

		SurveyService uncached = instance(0);
		before = sessionReads.get();
		uncached.handle(USER, firstOption(step));
		assertThat(sessionReads.get() - before).as("without the cache").isEqualTo(1);
	}

	@Test
	void twoInstancesTakingTurnsGiveOneCorrectSurvey() {
		SurveyService a = instance(100);
		SurveyService b = instance(100);
		SurveyStep step = a.handle(USER, new SurveyCommand.Start(Tool.EIT, "PKT", null));
		int items = scheme.form(Tool.EIT).items().size();
		for (int i = 0; i < items; i++) {
			assertThat(((SurveyStep.Ask) step).number()).isEqualTo(i + 1);
			// the button the other instance offered, tapped on this one (its cache is behind)
			step = (i % 2 == 0 ? b : a).handle(USER, firstOption(step));
		}
		assertThat(step).isInstanceOf(SurveyStep.Review.class);
		assertThat(((SurveyStep.Review) step).answered()).isEqualTo(items);
		assertThat(a.handle(USER, new SurveyCommand.Submit())).isInstanceOf(SurveyStep.Submitted.class);
		long sheets = 0;
		for (Document bucket : mongo.getCollection("responses").find(new Document("agency", "PKT"))) {
			sheets += bucket.getList("sheets", Document.class).size();
		}
		assertThat(sheets).isEqualTo(1);
		assertThat(b.inProgress(USER)).isFalse();
		assertThat(b.handle(USER, new SurveyCommand.Resume())).isInstanceOf(SurveyStep.NoSurvey.class);
	}

	@Test
	void aSessionStoredWithAnswerSubDocumentsIsResumedAndStoredPacked() {
		SurveyService surveys = instance(100);
		String key = new Pseudonyms("a-test-secret-of-16+chars").of(Pseudonyms.Purpose.CONVERSATION, USER);
		// as sessions were stored before the packed form: a list of {item, value}
		mongo.getCollection("survey_sessions").insertOne(new Document("_id", key).append("tool", "EIT")
			.append("agency", "PKT").append("fiscalYear", 2570).append("phase", "ANSWERING").append("cursor", 2)
			.append("answers", java.util.List.of(new Document("item", "e1.1").append("value", "3"),
					new Document("item", "e1.2").append("value", "4")))
			.append("codeAttempts", 0).append("updatedAt", java.util.Date.from(clock.instant())).append("version", 3L));
		SurveyStep step = surveys.handle(USER, new SurveyCommand.Resume());
		assertThat(((SurveyStep.Ask) step).number()).isEqualTo(3);
		surveys.handle(USER, firstOption(step));
		Document stored = mongo.getCollection("survey_sessions").find().first();
		assertThat(stored.getString("answered")).isEqualTo("e1.1=3;e1.2=4;" + firstOption(step).item() + "="
				+ firstOption(step).value() + ";");
		assertThat(stored).doesNotContainKey("answers");
		SurveyStep back = surveys.handle(USER, new SurveyCommand.Back());
		assertThat(((SurveyStep.Ask) back).currentAnswer()).isEqualTo(firstOption(step).value());
	}

	@Test
	void anAnswerThatChangesNothingIsTakenFromTheDatabaseNotAnOldCopy() {
		SurveyService a = instance(100);
		SurveyService b = instance(0);
		SurveyStep step = a.handle(USER, new SurveyCommand.Start(Tool.EIT, "PKT", null));
		step = a.handle(USER, firstOption(step)); // a has item 2 cached
		step = b.handle(USER, firstOption(step)); // the survey is at item 3 now
		step = b.handle(USER, firstOption(step)); // item 4
		SurveyStep typed = a.handle(USER, new SurveyCommand.Text("สวัสดี"));
		assertThat(((SurveyStep.Ask) typed).number()).as("the question the person is really at").isEqualTo(4);
		SurveyStep back = a.handle(USER, new SurveyCommand.Back());
		assertThat(((SurveyStep.Ask) back).number()).as("back from item 4, not from the cached item 2").isEqualTo(3);
		b.handle(USER, new SurveyCommand.CancelConfirmed(null, null));
		assertThat(a.handle(USER, new SurveyCommand.Resume())).isInstanceOf(SurveyStep.NoSurvey.class);
	}
}
