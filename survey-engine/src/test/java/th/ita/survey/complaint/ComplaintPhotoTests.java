package th.ita.survey.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import th.ita.scoring.Scheme;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.agency.AgencyRepository;
import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.complaint.ComplaintCommand.*;
import th.ita.survey.complaint.ComplaintServiceTests.MovableClock;
import th.ita.survey.complaint.ComplaintStep.Reason;
import th.ita.survey.opinion.Opinions;
import th.ita.survey.opinion.Topic;

import static org.assertj.core.api.Assertions.assertThat;

/** Photos in the conversation: the daily cap per person, and refused photos that cost nothing. */
class ComplaintPhotoTests {

	static final String USER = "Uphotophotophotophotophoto000001";

	MongoServer server;

	MongoClient client;

	MongoTemplate mongo;

	MovableClock clock = new MovableClock(Instant.parse("2026-11-24T03:00:00Z"), ZoneId.of("Asia/Bangkok"));

	Pseudonyms pseudonyms = new Pseudonyms("test-anonymity-secret-0123456789");

	ComplaintService service;

	PhotoQuota quota;

	@BeforeEach
	void start() {
		server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		client = MongoClients.create(server.getConnectionString());
		mongo = new MongoTemplate(client, "test");
		AgencyDirectory agencies = new AgencyDirectory(new org.springframework.data.mongodb.repository.support.MongoRepositoryFactory(
				mongo).getRepository(AgencyRepository.class));
		agencies.save(new Agency("PKT", "สำนักงานจังหวัดภูเก็ต", null, null, null));
		service = new ComplaintService(mongo, agencies, pseudonyms, new ReceiptCodes("test-receipt-secret-0123456789"),
				new CaseNumbers(mongo), new EvidencePhotos(mongo, clock), new RateLimiter(mongo, pseudonyms, clock),
				new Opinions(mongo, clock), Topic.of(Scheme.load(2563)), clock);
		service.createIndexes();
		quota = new PhotoQuota(mongo, pseudonyms, clock);
	}

	@AfterEach
	void stop() {
		client.close();
		server.shutdownNow();
	}

	void startWriting(String text) {
		service.handle(USER, new StartComplaint("PKT"));
		service.handle(USER, new PickCategory(Category.OTHER));
		service.handle(USER, new Text(text));
	}

	ComplaintStep photo(byte[] bytes) {
		return service.handle(USER, new Photo(max -> bytes));
	}

	long storedPhotos() {
		// the empty storage slots (SlotPool) do not count
		return mongo.getCollection(EvidencePhotos.FILES).countDocuments(new Document("slot", "filled"));
	}

	@Test
	void theDailyPhotoCapHoldsAcrossCancelledDrafts() {
		startWriting("ภาพชุดแรก");
		for (int i = 0; i < 3; i++) {
			assertThat(photo(TestJpegs.plain(16, 16))).isInstanceOf(ComplaintStep.Collecting.class);
		}
		assertThat(service.handle(USER, new Cancel())).isInstanceOf(ComplaintStep.Cancelled.class);
		assertThat(storedPhotos()).as("the cancelled draft's photos are gone").isZero();

		startWriting("ภาพชุดที่สอง");
		assertThat(photo(TestJpegs.plain(16, 16))).isInstanceOf(ComplaintStep.Collecting.class);
		assertThat(photo(TestJpegs.plain(16, 16))).isInstanceOf(ComplaintStep.Collecting.class);
		ComplaintStep sixth = photo(TestJpegs.plain(16, 16));
		assertThat(sixth).isInstanceOfSatisfying(ComplaintStep.Hint.class, h -> {
			assertThat(h.reason()).isEqualTo(Reason.PHOTO_DAILY_LIMIT);
			assertThat(h.prompt()).isInstanceOf(ComplaintStep.Collecting.class);
		});
		assertThat(storedPhotos()).isEqualTo(2);
		assertThat(quota.used(USER)).isEqualTo(PhotoQuota.PER_DAY);

		clock.advance(Duration.ofDays(1));
		service.handle(USER, new Text("วันใหม่")); // the draft is kept alive
		assertThat(photo(TestJpegs.plain(16, 16))).isInstanceOf(ComplaintStep.Collecting.class);
	}

	@Test
	void concurrentUploadsCannotPassTheCap() throws Exception {
		int people = 20;
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(people);
		try {
			List<Future<Boolean>> takes = new ArrayList<>();
			for (int i = 0; i < people; i++) {
				takes.add(pool.submit(() -> {
					go.await();
					return quota.tryTake(USER);
				}));
			}
			go.countDown();
			int taken = 0;
			for (Future<Boolean> take : takes) {
				taken += take.get(30, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(taken).isEqualTo(PhotoQuota.PER_DAY);
			assertThat(quota.used(USER)).isEqualTo(PhotoQuota.PER_DAY);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(quota.used("Usomeoneelse")).isZero();
		assertThat(quota.tryTake("Usomeoneelse")).isTrue();
	}

	@Test
	void refusedPhotosCostNothingAndTheDraftKeepsItsText() {
		startWriting("รายละเอียดที่ต้องไม่หาย");
		for (byte[] bomb : List.of(TestJpegs.tiffBomb(4096), TestJpegs.pngBomb(100_000), TestJpegs.progressiveBomb(45_000),
				TestJpegs.heic(), "not a photo".getBytes())) {
			assertThat(photo(bomb)).isInstanceOfSatisfying(ComplaintStep.Hint.class,
					h -> assertThat(h.prompt()).isInstanceOf(ComplaintStep.Collecting.class));
		}
		assertThat(((ComplaintStep.Hint) photo(TestJpegs.pngBomb(100_000))).reason()).isEqualTo(Reason.PHOTO_DIMENSIONS);
		assertThat(((ComplaintStep.Hint) photo(TestJpegs.tiffBomb(4096))).reason()).isEqualTo(Reason.PHOTO_FORMAT);
		assertThat(((ComplaintStep.Hint) photo(TestJpegs.heic())).reason()).isEqualTo(Reason.PHOTO_HEIC);
		assertThat(storedPhotos()).isZero();
		assertThat(quota.used(USER)).as("given back").isZero();
		ComplaintDraft draft = mongo.findOne(new Query(), ComplaintDraft.class);
		assertThat(draft.getParts()).containsExactly("รายละเอียดที่ต้องไม่หาย");
		assertThat(draft.getPhotoIds()).isEmpty();
		assertThat(photo(TestJpegs.plain(16, 16))).isInstanceOf(ComplaintStep.Collecting.class);
		assertThat(quota.used(USER)).isEqualTo(1);
	}

	@Test
	void theCounterHoldsNoUserIdAndExpiresWithTheOtherLimits() {
		startWriting("ภาพ");
		photo(TestJpegs.plain(16, 16));
		// in the day's buckets, all created at once (not a document made at this person's first photo)
		var counters = mongo.getCollection(RateLimiter.COLLECTION).find().into(new ArrayList<>());
		assertThat(counters).hasSize(RateLimiter.BUCKETS);
		assertThat(counters).allSatisfy(c -> assertThat(c.toJson()).doesNotContain(USER));
		assertThat(counters.stream().mapToInt(c -> c.getList("entries", org.bson.Document.class).size()).sum()).isEqualTo(1);
		clock.advance(Duration.ofDays(3));
		assertThat(new RateLimiter(mongo, pseudonyms, clock).sweep()).isEqualTo(RateLimiter.BUCKETS);
	}
}
