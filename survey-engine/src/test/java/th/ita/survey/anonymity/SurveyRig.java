package th.ita.survey.anonymity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

import th.ita.scoring.Item;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.agency.AgencyRepository;
import th.ita.survey.complaint.ComplaintRig;
import th.ita.survey.complaint.ComplaintService;
import th.ita.survey.complaint.EvidencePhotos;
import th.ita.survey.complaint.MovableClock;
import th.ita.survey.complaint.ReceiptCodes;
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
 * through the real chat commands; the complaint channel and the log lines on request.
 */
final class SurveyRig implements AutoCloseable {

	static final String SECRET = "a-test-secret-of-16+chars";

	static final Scheme scheme = Scheme.load(2563);

	final MongoServer server = new MongoServer(new MemoryBackend());

	final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	final MongoTemplate mongo = new MongoTemplate(client, "ita");

	final MovableClock clock = MovableClock.bangkok();

	final TallyStore tallies = new TallyStore(mongo, scheme, 5);

	final AgencyDirectory agencies;

	final SurveyService surveys;

	final LiveScores live;

	final VisibleScores visible;

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

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

	/** The complaint channel on this rig's database, agencies and clock, its indexes created. */
	ComplaintService complaints() {
		ComplaintService complaints = ComplaintRig.service(mongo, agencies, new Pseudonyms(SECRET),
				new ReceiptCodes(ComplaintRig.RECEIPT_SECRET), new EvidencePhotos(mongo, clock), clock);
		complaints.createIndexes();
		return complaints;
	}

	/** Every line logged from now until the rig is closed, at any level: what a log would give away. */
	ListAppender<ILoggingEvent> captureLogs() {
		logs.start();
		root.addAppender(logs);
		return logs;
	}

	@Override
	public void close() {
		root.detachAppender(logs);
		client.close();
		server.shutdownNow();
	}
}
