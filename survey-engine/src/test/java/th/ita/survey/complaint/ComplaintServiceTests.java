package th.ita.survey.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

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
import th.ita.survey.opinion.Opinions;
import th.ita.survey.opinion.Topic;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conversation against the embedded database with a clock the test moves: what a crash, a pause
 * or the next day does.
 */
class ComplaintServiceTests {

	static final String USER = "Uaaaabbbbccccddddeeeeffff00001111";

	MongoServer server;

	MongoClient client;

	MongoTemplate mongo;

	MovableClock clock = new MovableClock(Instant.parse("2026-11-24T03:00:00Z"), ZoneId.of("Asia/Bangkok"));

	ComplaintService service;

	ReceiptCodes receipts = new ReceiptCodes("test-receipt-secret-0123456789");

	EvidencePhotos photos;

	@BeforeEach
	void start() {
		server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		client = MongoClients.create(server.getConnectionString());
		mongo = new MongoTemplate(client, "test");
		AgencyDirectory agencies = new AgencyDirectory(repository());
		agencies.save(new Agency("PKT", "สำนักงานจังหวัดภูเก็ต", null, null, null));
		Pseudonyms pseudonyms = new Pseudonyms("test-anonymity-secret-0123456789");
		photos = new EvidencePhotos(mongo, clock);
		service = new ComplaintService(mongo, agencies, pseudonyms, receipts, new CaseNumbers(mongo), photos,
				new RateLimiter(mongo, pseudonyms, clock), new Opinions(mongo, clock), Topic.of(Scheme.load(2563)), clock);
		service.createIndexes();
	}

	@AfterEach
	void stop() {
		client.close();
		server.shutdownNow();
	}

	/** The agency repository over the same template (the engine's only repository use). */
	AgencyRepository repository() {
		return new org.springframework.data.mongodb.repository.support.MongoRepositoryFactory(mongo)
			.getRepository(AgencyRepository.class);
	}

	/** Filed documents, not the empty storage slots around them (SlotPool). */
	static final Document FILLED = new Document("slot", "filled");

	static Query filed() {
		return new org.springframework.data.mongodb.core.query.BasicQuery(FILLED);
	}

	ComplaintStep writeComplaint(String text) {
		service.handle(USER, new StartComplaint("PKT"));
		service.handle(USER, new PickCategory(Category.OTHER));
		service.handle(USER, new Text(text));
		return service.handle(USER, new Done());
	}

	@Test
	void anInterruptedFilingIsFinishedOnTheNextMessageWithANewCodeAndFiledOnce() {
		writeComplaint("ไฟฟ้าส่องทางดับทั้งซอย");
		// a crash after the complaint was stored but before the reply: the draft is left SUBMITTING
		ComplaintStep filed = service.handle(USER, new Confirm());
		ReceiptCode lost = ((ComplaintStep.Filed) filed).code();
		String key = new Pseudonyms("test-anonymity-secret-0123456789").of(Pseudonyms.Purpose.CONVERSATION, USER);
		ComplaintDraft stuck = new ComplaintDraft(key, ComplaintDraft.Kind.COMPLAINT, ComplaintDraft.Step.SUBMITTING,
				clock.instant());
		stuck.setAgency("PKT");
		stuck.setCategory(Category.OTHER);
		stuck.getParts().add("ไฟฟ้าส่องทางดับทั้งซอย");
		stuck.setComplaintId(mongo.findOne(filed(), Complaint.class).id());
		mongo.save(stuck);

		ComplaintStep meanwhile = service.handle(USER, new Text("ข้อความระหว่างบันทึก"));
		assertThat(meanwhile).isEqualTo(new ComplaintStep.Hint(ComplaintStep.Reason.FILING_IN_PROGRESS, null));

		clock.advance(Duration.ofMinutes(2));
		ComplaintStep next = service.handle(USER, new Text("สวัสดี"));
		assertThat(next).isInstanceOf(ComplaintStep.Filed.class);
		ComplaintStep.Filed again = (ComplaintStep.Filed) next;
		assertThat(again.reissued()).isTrue();
		assertThat(mongo.count(filed(), Complaint.class)).isEqualTo(1);
		Complaint c = mongo.findOne(filed(), Complaint.class);
		assertThat(c.receiptKey()).isEqualTo(receipts.lookupKey(again.code())).isNotEqualTo(receipts.lookupKey(lost));
		assertThat(mongo.count(new Query(), ComplaintDraft.class)).isZero();
	}

	@Test
	void aDoubleTapOnConfirmFilesOnce() {
		writeComplaint("ขอใบเสร็จไม่ได้");
		assertThat(service.handle(USER, new Confirm())).isInstanceOf(ComplaintStep.Filed.class);
		assertThat(service.handle(USER, new Confirm())).isInstanceOf(ComplaintStep.NoDraft.class);
		assertThat(mongo.count(filed(), Complaint.class)).isEqualTo(1);
	}

	@Test
	void anIdleDraftExpiresWithItsPhotosOnReadAndInTheSweep() throws Exception {
		service.handle(USER, new StartComplaint("PKT"));
		service.handle(USER, new PickCategory(Category.OTHER));
		service.handle(USER, new Photo(max -> TestJpegs.plain(32, 32)));
		assertThat(mongo.getCollection(EvidencePhotos.FILES).countDocuments(FILLED)).isEqualTo(1);

		clock.advance(Duration.ofHours(25));
		assertThat(service.hasDraft(USER)).isFalse();
		assertThat(mongo.getCollection(EvidencePhotos.FILES).countDocuments(FILLED)).isZero();
		assertThat(mongo.getCollection(EvidencePhotos.CHUNKS).countDocuments(FILLED)).isZero();

		service.handle(USER, new StartComplaint("PKT"));
		clock.advance(Duration.ofHours(25));
		assertThat(service.sweep().draftsExpired()).isEqualTo(1);
		assertThat(mongo.count(new Query(), ComplaintDraft.class)).isZero();
	}

	@Test
	void theSweepRemovesUnattachedPhotosNoDraftHoldsButKeepsFiledOnes() {
		String orphan = photos.store(TestJpegs.plain(16, 16)); // a crash between storing and attaching
		writeComplaint("มีภาพประกอบ");
		service.handle(USER, new Photo(max -> TestJpegs.plain(16, 16)));
		service.handle(USER, new Done());
		service.handle(USER, new Confirm());
		clock.advance(Duration.ofDays(3));
		assertThat(service.sweep().photosRemoved()).isEqualTo(1);
		assertThat(photos.read(orphan)).isEmpty();
		Complaint c = mongo.findOne(filed(), Complaint.class);
		assertThat(photos.read(c.photoIds().get(0))).isPresent();
	}

	@Test
	void theDailyLimitStartsAgainTheNextDayAndOldCountersAreSwept() {
		for (int i = 0; i < ComplaintService.COMPLAINTS_PER_DAY; i++) {
			writeComplaint("เรื่อง " + i);
			assertThat(service.handle(USER, new Confirm())).isInstanceOf(ComplaintStep.Filed.class);
		}
		assertThat(service.handle(USER, new StartComplaint(null)))
			.isEqualTo(new ComplaintStep.Hint(ComplaintStep.Reason.COMPLAINT_LIMIT, null));
		clock.advance(Duration.ofDays(1));
		assertThat(service.handle(USER, new StartComplaint(null))).isInstanceOf(ComplaintStep.ChooseAgency.class);
		clock.advance(Duration.ofDays(2));
		// the first day's counters go: its 64 buckets (see RateLimiter), created together
		assertThat(service.sweep().rateLimitsRemoved()).isEqualTo(64);
	}

	@Test
	void aPhotoThatCannotBeAttachedIsDeletedAgain() {
		writeComplaint("ภาพมาหลังยกเลิก");
		// the draft disappears while the photo downloads (cancelled from another device)
		ComplaintStep step = service.handle(USER, new Photo(max -> {
			mongo.remove(new Query(), ComplaintDraft.class);
			return TestJpegs.plain(16, 16);
		}));
		assertThat(step).isInstanceOf(ComplaintStep.NoDraft.class);
		assertThat(mongo.getCollection(EvidencePhotos.FILES).countDocuments(FILLED)).isZero();
	}

	@Test
	void caseNumbersAreDrawnAtRandomSoTheyDoNotOrderTheComplaints() {
		CaseNumbers numbers = new CaseNumbers(mongo);
		java.util.List<Integer> drawn = new java.util.ArrayList<>();
		for (int i = 0; i < 20; i++) {
			CaseNumber n = numbers.next("PKT", 2569);
			assertThat(n.toString()).matches("C2569-\\d{6}");
			assertThat(CaseNumber.parse(n.toString())).contains(n);
			drawn.add(n.sequence());
		}
		// in sequence, each would be one more than the last; 20 random draws are not even sorted
		assertThat(drawn).isNotEqualTo(drawn.stream().sorted().toList());
	}

	@Test
	void theComplaintDocumentHoldsTheDayOnlyAndNoTraceOfTheSender() {
		writeComplaint("ทดสอบเอกสาร");
		service.handle(USER, new Confirm());
		Document d = mongo.getCollection("complaints").find(FILLED).first();
		assertThat(d.toJson()).doesNotContain(USER);
		Pseudonyms p = new Pseudonyms("test-anonymity-secret-0123456789");
		for (Pseudonyms.Purpose purpose : Pseudonyms.Purpose.values()) {
			assertThat(d.toJson()).doesNotContain(p.of(purpose, USER));
		}
		// a LocalDate: stored as a midnight, no time of day
		assertThat(d.getDate("filedOn").toInstant().atZone(ZoneId.systemDefault()).toLocalTime())
			.isEqualTo(java.time.LocalTime.MIDNIGHT);
		assertThat(d.get("_id")).isInstanceOf(String.class);
	}

	/** A clock the test moves forward. */
	static final class MovableClock extends Clock {

		private Instant now;

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
