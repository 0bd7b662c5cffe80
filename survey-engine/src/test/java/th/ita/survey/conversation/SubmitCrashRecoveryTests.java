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

	long respondents() {
		return tallies.respondents("PKT", 2570, Tool.EIT);
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
		assertThat(mongo.getCollection("responses").countDocuments(new Document("counted", true))).isEqualTo(1);
		assertThat(mongo.getCollection("submission_marks").countDocuments()).isEqualTo(1);
		assertThat(sessions.count()).isZero();
	}

	@Test
	void crashAfterTheResponseWasStoredCountsItOnce() {
		SurveySession s = confirmed("k2");
		mongo.insert(new SurveyResponse(s.getResponseId(), Tool.EIT, "PKT", 2570, List.copyOf(s.getAnswers()),
				java.time.LocalDate.now(clock), false));
		later().recover();
		later().recover();
		assertThat(respondents()).isEqualTo(1);
		assertThat(mongo.getCollection("responses").countDocuments()).isEqualTo(1);
	}

	@Test
	void crashAfterCountingButBeforeMarkingCountedDoesNotCountTwice() {
		SurveySession s = confirmed("k3");
		SurveyResponse r = new SurveyResponse(s.getResponseId(), Tool.EIT, "PKT", 2570, List.copyOf(s.getAnswers()),
				java.time.LocalDate.now(clock), false);
		mongo.insert(r);
		tallies.apply(r); // counted in the counters, but the response still says uncounted
		later().recover();
		assertThat(respondents()).isEqualTo(1);
		assertThat(mongo.getCollection("responses").countDocuments(new Document("counted", true))).isEqualTo(1);
		assertThat(tallies.tally("PKT", 2570).counts(scheme.item("e2").orElseThrow())).containsExactly(1, 0, 0, 0);
	}

	@Test
	void applyingTheSameResponseTwiceChangesNothing() {
		SurveyResponse r = new SurveyResponse("r-1", Tool.EIT, "PKT", 2570,
				List.of(new Answer("e2", "4"), new Answer("e4.1", "no")), java.time.LocalDate.now(clock), false);
		assertThat(tallies.apply(r)).isTrue();
		assertThat(tallies.apply(r)).isFalse();
		assertThat(respondents()).isEqualTo(1);
		assertThat(tallies.tally("PKT", 2570).counts(scheme.item("e4.1").orElseThrow())).containsExactly(0, 1);
	}

	@Test
	void recountFromResponsesEqualsTheCounters() {
		for (int i = 0; i < 7; i++) {
			SurveySession s = confirmed("k-many-" + i);
			surveys.finishSubmit(s);
		}
		var live = tallies.tally("PKT", 2570);
		var recount = tallies.recount("PKT", 2570);
		assertThat(recount.respondents(Tool.EIT)).isEqualTo(live.respondents(Tool.EIT)).isEqualTo(7);
		scheme.form(Tool.EIT).items().forEach(i -> assertThat(recount.counts(i)).isEqualTo(live.counts(i)));
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
