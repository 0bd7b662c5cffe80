package th.ita.survey.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.agency.AgencyRepository;
import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.response.SurveyResponse;
import th.ita.survey.response.TallyStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The submit writes several documents and the embedded server has no transactions: whatever step
 * a crash interrupts, the startup sweep (or the person's next message) finishes the submit, and
 * the response is counted exactly once.
 */
class SubmitCrashRecoveryTests {

	static final Scheme scheme = Scheme.load(2563);

	MongoServer server;

	MongoClient client;

	MongoTemplate mongo;

	TallyStore tallies;

	SurveyService surveys;

	SurveySessionRepository sessions;

	Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Asia/Bangkok"));

	@BeforeEach
	void start() {
		server = new MongoServer(new MemoryBackend());
		client = MongoClients.create(server.bindAndGetConnectionString());
		mongo = new MongoTemplate(client, "ita");
		MongoRepositoryFactory repositories = new MongoRepositoryFactory(mongo);
		sessions = repositories.getRepository(SurveySessionRepository.class);
		AgencyDirectory agencies = new AgencyDirectory(repositories.getRepository(AgencyRepository.class));
		agencies.save(new Agency("PKT", "สำนักงานจังหวัดภูเก็ต", "code", null, null));
		tallies = new TallyStore(mongo, scheme);
		surveys = new SurveyService(scheme, agencies, sessions, mongo, tallies, new Pseudonyms("a-test-secret-of-16+chars"),
				clock);
	}

	@AfterEach
	void stop() {
		client.close();
		server.shutdownNow();
	}

	/** A session confirmed by the person, as it is stored just before the submit steps run. */
	SurveySession confirmed(String key) {
		SurveySession s = new SurveySession(key, Tool.EIT, "PKT", 2570, SurveySession.Phase.SUBMITTING, clock.instant());
		scheme.form(Tool.EIT).items().forEach(i -> s.answer(i.id(), i.scale().options().get(0).value()));
		s.setResponseId(UUID.randomUUID().toString());
		s.setPendingMark("mark-" + key);
		return sessions.save(s);
	}

	/** Live respondents (the published figure moves only in steps, see DifferencingTests). */
	long respondents() {
		return tallies.counters("PKT", 2570).respondents(Tool.EIT);
	}

	long sheets() {
		long n = 0;
		for (Document bucket : mongo.getCollection("responses").find()) {
			n += bucket.getList("sheets", Document.class).size();
		}
		return n;
	}

	long marks() {
		long n = 0;
		for (Document bucket : mongo.getCollection("submission_marks").find()) {
			n += bucket.getList("keys", String.class).size();
		}
		return n;
	}

	SurveyService later() {
		return new SurveyService(scheme, new AgencyDirectory(new MongoRepositoryFactory(mongo).getRepository(AgencyRepository.class)),
				sessions, mongo, tallies, new Pseudonyms("a-test-secret-of-16+chars"),
				Clock.offset(clock, java.time.Duration.ofMinutes(5)));
	}

	@Test
	void crashBeforeAnythingWasStoredIsFinishedBySweep() {
		confirmed("k1");
		SurveyService.RecoveryReport report = later().recover();
		assertThat(report.submitsFinished()).isEqualTo(1);
		assertThat(respondents()).isEqualTo(1);
		assertThat(sheets()).isEqualTo(1);
		assertThat(marks()).isEqualTo(1);
		assertThat(sessions.count()).isZero();
	}

	@Test
	void crashAfterTheSheetWasStoredCountsItOnceAndAddsTheMark() {
		SurveySession s = confirmed("k2");
		// the sheet and its counts went in together (one update); the mark did not
		tallies.apply(new SurveyResponse(s.getResponseId(), Tool.EIT, "PKT", 2570, List.copyOf(s.getAnswers()),
				java.time.LocalDate.now(clock), false));
		later().recover();
		later().recover();
		assertThat(respondents()).isEqualTo(1);
		assertThat(sheets()).isEqualTo(1);
		assertThat(marks()).isEqualTo(1);
		assertThat(tallies.counters("PKT", 2570).counts(scheme.item("e2").orElseThrow())).containsExactly(1, 0, 0, 0);
	}

	@Test
	void applyingTheSameResponseTwiceChangesNothing() {
		SurveyResponse r = new SurveyResponse(th.ita.survey.response.ResponseBuckets.newKey(), Tool.EIT, "PKT", 2570,
				List.of(new Answer("e2", "4"), new Answer("e4.1", "no")), java.time.LocalDate.now(clock), false);
		assertThat(tallies.apply(r)).isTrue();
		assertThat(tallies.apply(r)).isFalse();
		assertThat(respondents()).isEqualTo(1);
		assertThat(sheets()).isEqualTo(1);
		assertThat(tallies.counters("PKT", 2570).counts(scheme.item("e4.1").orElseThrow())).containsExactly(0, 1);
	}

	@Test
	void recountFromResponsesEqualsTheCounters() {
		for (int i = 0; i < 7; i++) {
			SurveySession s = confirmed("k-many-" + i);
			surveys.finishSubmit(s);
		}
		var live = tallies.counters("PKT", 2570);
		var recount = tallies.recount("PKT", 2570);
		assertThat(recount.respondents(Tool.EIT)).isEqualTo(live.respondents(Tool.EIT)).isEqualTo(7);
		scheme.form(Tool.EIT).items().forEach(i -> assertThat(recount.counts(i)).isEqualTo(live.counts(i)));
		// nothing was published before and 7 >= the step of 5: the first read publishes all 7
		assertThat(tallies.respondents("PKT", 2570, Tool.EIT)).isEqualTo(7);
	}

	@Test
	void theOldOneDocumentPerResponseLayoutIsConvertedAtStart() {
		Pseudonyms pseudonyms = new Pseudonyms("a-test-secret-of-16+chars");
		for (int i = 0; i < 6; i++) {
			List<Document> sheet = scheme.form(Tool.EIT).items().stream()
				.map(item -> new Document("item", item.id()).append("value", item.scale().options().get(1).value()))
				.toList();
			mongo.getCollection("responses").insertOne(new Document("_id", UUID.randomUUID().toString())
				.append("tool", "EIT").append("agency", "PKT").append("fiscalYear", 2570).append("answers", sheet)
				.append("submittedOn", java.util.Date.from(clock.instant())).append("counted", true));
			mongo.getCollection("submission_marks").insertOne(new Document("_id",
					pseudonyms.of(Pseudonyms.Purpose.SUBMITTED, "U" + i, "PKT", "EIT", "2570")).append("fiscalYear", 2570));
		}
		mongo.getCollection("tallies").insertOne(new Document("_id", "PKT:2570:EIT").append("n", 6)
			.append("recent", List.of("a", "b")));

		assertThat(later().recover().responsesCounted()).isEqualTo(6);

		assertThat(respondents()).isEqualTo(6);
		assertThat(sheets()).isEqualTo(6);
		assertThat(marks()).isEqualTo(6);
		assertThat(mongo.getCollection("responses").countDocuments(new Document("answers", new Document("$exists", true))))
			.isZero();
		assertThat(mongo.getCollection("submission_marks").countDocuments(new Document("keys", new Document("$exists", false))))
			.isZero();
		assertThat(mongo.getDb().listCollectionNames().into(new java.util.ArrayList<>())).doesNotContain("tallies");
		assertThat(tallies.respondents("PKT", 2570, Tool.EIT)).isEqualTo(6);
		assertThat(tallies.counters("PKT", 2570).counts(scheme.item("e2").orElseThrow())).containsExactly(0, 6, 0, 0);
		assertThat(new th.ita.survey.response.SubmissionMarks(mongo)
			.marked(pseudonyms.of(Pseudonyms.Purpose.SUBMITTED, "U3", "PKT", "EIT", "2570"), 2570)).isTrue();
	}

	@Test
	void idleSessionsAreForgottenAfterThirtyDays() {
		SurveySession s = new SurveySession("idle", Tool.EIT, "PKT", 2570, SurveySession.Phase.ANSWERING,
				clock.instant().minus(java.time.Duration.ofDays(31)));
		sessions.save(s);
		assertThat(surveys.recover().idleSessionsDeleted()).isEqualTo(1);
		assertThat(sessions.count()).isZero();
	}
}
