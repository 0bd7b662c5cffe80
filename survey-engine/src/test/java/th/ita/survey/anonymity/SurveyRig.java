package th.ita.survey.anonymity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

import th.ita.scoring.Item;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.agency.AgencyRepository;
import th.ita.survey.conversation.Answer;
import th.ita.survey.conversation.SurveyCommand;
import th.ita.survey.conversation.SurveyService;
import th.ita.survey.conversation.SurveySessionRepository;
import th.ita.survey.conversation.SurveyStep;
import th.ita.survey.response.TallyStore;
import th.ita.survey.scores.LiveScores;
import th.ita.survey.scores.SampleSizeRule;
import th.ita.survey.scores.VisibleScores;

/**
 * The survey engine on the in-memory embedded server (which, like MongoDB, returns documents in
 * insertion order when no order is asked for), with a clock the test moves and people who answer
 * through the real chat commands.
 */
final class SurveyRig implements AutoCloseable {

	static final String SECRET = "a-test-secret-of-16+chars";

	static final Scheme scheme = Scheme.load(2563);

	final MongoServer server = new MongoServer(new MemoryBackend());

	final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	final MongoTemplate mongo = new MongoTemplate(client, "ita");

	final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T03:00:00Z"), ZoneId.of("Asia/Bangkok"));

	final TallyStore tallies = new TallyStore(mongo, scheme, 5);

	final AgencyDirectory agencies;

	final SurveyService surveys;

	final LiveScores live;

	final VisibleScores visible;

	SurveyRig(String agency, String iitCode) {
		MongoRepositoryFactory repositories = new MongoRepositoryFactory(mongo);
		agencies = new AgencyDirectory(repositories.getRepository(AgencyRepository.class));
		agencies.save(new Agency(agency, "หน่วยงานทดสอบ " + agency, iitCode, null, null));
		surveys = new SurveyService(scheme, agencies, repositories.getRepository(SurveySessionRepository.class), mongo,
				tallies, new Pseudonyms(SECRET), clock);
		live = new LiveScores(scheme, tallies, mongo, clock);
		visible = new VisibleScores(live, SampleSizeRule.ITA_DEFAULT, 5);
	}

	/** Answers the whole EIT with random options, as a person tapping buttons would, and submits. */
	List<Answer> answerEit(String userId, String agency, Random random) {
		SurveyStep step = surveys.handle(userId, new SurveyCommand.Start(Tool.EIT, agency, null));
		List<Answer> given = new ArrayList<>();
		while (step instanceof SurveyStep.Ask ask) {
			Item item = ask.item();
			String value = item.scale().options().get(random.nextInt(item.scale().options().size())).value();
			given.add(new Answer(item.id(), value));
			step = surveys.handle(userId, new SurveyCommand.Choose(Tool.EIT, agency, item.id(), value));
			clock.advance(Duration.ofSeconds(7));
		}
		if (!(step instanceof SurveyStep.Review)) {
			throw new IllegalStateException("expected the summary, got " + step);
		}
		SurveyStep done = surveys.handle(userId, new SurveyCommand.Submit());
		if (!(done instanceof SurveyStep.Submitted)) {
			throw new IllegalStateException("expected submitted, got " + done);
		}
		clock.advance(Duration.ofMinutes(3));
		return given;
	}

	@Override
	public void close() {
		client.close();
		server.shutdownNow();
	}

	static final class MovableClock extends Clock {

		private volatile Instant now;

		private final ZoneId zone;

		MovableClock(Instant now, ZoneId zone) {
			this.now = now;
			this.zone = zone;
		}

		void advance(Duration d) {
			now = now.plus(d);
		}

		@Override
		public ZoneId getZone() {
			return zone;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return new MovableClock(now, zone);
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
