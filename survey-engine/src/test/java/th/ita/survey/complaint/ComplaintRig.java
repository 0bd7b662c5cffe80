package th.ita.survey.complaint;

import java.time.Clock;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

import th.ita.scoring.Scheme;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.agency.AgencyRepository;
import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.opinion.Opinions;
import th.ita.survey.opinion.Topic;

/**
 * The anonymous channel on the in-memory embedded server, with agency PKT and a clock the test
 * moves, started as the bot starts it (indexes created); {@link #beforeStart()} leaves that to the
 * test, which writes the storage of an older version first.
 */
public final class ComplaintRig implements AutoCloseable {

	public static final String ANONYMITY_SECRET = "test-anonymity-secret-0123456789";

	public static final String RECEIPT_SECRET = "test-receipt-secret-0123456789";

	final MongoServer server = new MongoServer(new MemoryBackend());

	final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	final MongoTemplate mongo = new MongoTemplate(client, "test");

	final MovableClock clock = MovableClock.bangkok();

	final Pseudonyms pseudonyms = new Pseudonyms(ANONYMITY_SECRET);

	final ReceiptCodes receipts = new ReceiptCodes(RECEIPT_SECRET);

	final EvidencePhotos photos = new EvidencePhotos(mongo, clock);

	final AgencyDirectory agencies;

	final ComplaintService service;

	ComplaintRig() {
		this(true);
	}

	private ComplaintRig(boolean started) {
		agencies = new AgencyDirectory(new MongoRepositoryFactory(mongo).getRepository(AgencyRepository.class));
		agencies.save(new Agency("PKT", "สำนักงานจังหวัดภูเก็ต", null, null, null));
		service = service(mongo, agencies, pseudonyms, receipts, photos, clock);
		if (started) {
			service.createIndexes();
		}
	}

	/** Indexes not created yet: the test calls {@code service.createIndexes()} as a start would. */
	static ComplaintRig beforeStart() {
		return new ComplaintRig(false);
	}

	/** The service as the bot wires it, on the caller's database, agencies and clock (the 2563 topics). */
	public static ComplaintService service(MongoTemplate mongo, AgencyDirectory agencies, Pseudonyms pseudonyms,
			ReceiptCodes receipts, EvidencePhotos photos, Clock clock) {
		return new ComplaintService(mongo, agencies, pseudonyms, receipts, new CaseNumbers(mongo), photos,
				new RateLimiter(mongo, pseudonyms, clock), new Opinions(mongo, clock), Topic.of(Scheme.load(2563)), clock);
	}

	@Override
	public void close() {
		client.close();
		server.shutdownNow();
	}
}
