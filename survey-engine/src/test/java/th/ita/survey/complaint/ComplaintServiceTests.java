package th.ita.survey.complaint;

import java.time.Duration;
import java.time.ZoneId;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Query;

import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.complaint.ComplaintCommand.*;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conversation against the embedded database with a clock the test moves: what a crash, a pause
 * or the next day does.
 */
class ComplaintServiceTests {

	static final String USER = "Uaaaabbbbccccddddeeeeffff00001111";

	final ComplaintRig rig = new ComplaintRig();

	@AfterEach
	void stop() {
		rig.close();
	}

	/** Filed documents, not the empty storage slots around them (SlotPool). */
	static final Document FILLED = new Document("slot", "filled");

	static Query filed() {
		return new org.springframework.data.mongodb.core.query.BasicQuery(FILLED);
	}

	ComplaintStep writeComplaint(String text) {
		rig.service.handle(USER, new StartComplaint("PKT"));
		rig.service.handle(USER, new PickCategory(Category.OTHER));
		rig.service.handle(USER, new Text(text));
		return rig.service.handle(USER, new Done());
	}

	@Test
	void anInterruptedFilingIsFinishedOnTheNextMessageWithANewCodeAndFiledOnce() {
		writeComplaint("ไฟฟ้าส่องทางดับทั้งซอย");
		// a crash after the complaint was stored but before the reply: the draft is left SUBMITTING
		ComplaintStep filed = rig.service.handle(USER, new Confirm());
		ReceiptCode lost = ((ComplaintStep.Filed) filed).code();
		String key = new Pseudonyms("test-anonymity-secret-0123456789").of(Pseudonyms.Purpose.CONVERSATION, USER);
		ComplaintDraft stuck = new ComplaintDraft(key, ComplaintDraft.Kind.COMPLAINT, ComplaintDraft.Step.SUBMITTING,
				rig.clock.instant());
		stuck.setAgency("PKT");
		stuck.setCategory(Category.OTHER);
		stuck.getParts().add("ไฟฟ้าส่องทางดับทั้งซอย");
		stuck.setComplaintId(rig.mongo.findOne(filed(), Complaint.class).id());
		rig.mongo.save(stuck);

		ComplaintStep meanwhile = rig.service.handle(USER, new Text("ข้อความระหว่างบันทึก"));
		assertThat(meanwhile).isEqualTo(new ComplaintStep.Hint(ComplaintStep.Reason.FILING_IN_PROGRESS, null));

		rig.clock.advance(Duration.ofMinutes(2));
		ComplaintStep next = rig.service.handle(USER, new Text("สวัสดี"));
		assertThat(next).isInstanceOf(ComplaintStep.Filed.class);
		ComplaintStep.Filed again = (ComplaintStep.Filed) next;
		assertThat(again.reissued()).isTrue();
		assertThat(rig.mongo.count(filed(), Complaint.class)).isEqualTo(1);
		Complaint c = rig.mongo.findOne(filed(), Complaint.class);
		assertThat(c.receiptKey()).isEqualTo(rig.receipts.lookupKey(again.code())).isNotEqualTo(rig.receipts.lookupKey(lost));
		assertThat(rig.mongo.count(new Query(), ComplaintDraft.class)).isZero();
	}

	@Test
	void aDoubleTapOnConfirmFilesOnce() {
		writeComplaint("ขอใบเสร็จไม่ได้");
		assertThat(rig.service.handle(USER, new Confirm())).isInstanceOf(ComplaintStep.Filed.class);
		assertThat(rig.service.handle(USER, new Confirm())).isInstanceOf(ComplaintStep.NoDraft.class);
		assertThat(rig.mongo.count(filed(), Complaint.class)).isEqualTo(1);
	}

	@Test
	void anIdleDraftExpiresWithItsPhotosOnReadAndInTheSweep() throws Exception {
		rig.service.handle(USER, new StartComplaint("PKT"));
		rig.service.handle(USER, new PickCategory(Category.OTHER));
		rig.service.handle(USER, new Photo(max -> TestJpegs.plain(32, 32)));
		assertThat(rig.mongo.getCollection(EvidencePhotos.FILES).countDocuments(FILLED)).isEqualTo(1);

		rig.clock.advance(Duration.ofHours(25));
		assertThat(rig.service.hasDraft(USER)).isFalse();
		assertThat(rig.mongo.getCollection(EvidencePhotos.FILES).countDocuments(FILLED)).isZero();
		assertThat(rig.mongo.getCollection(EvidencePhotos.CHUNKS).countDocuments(FILLED)).isZero();

		rig.service.handle(USER, new StartComplaint("PKT"));
		rig.clock.advance(Duration.ofHours(25));
		assertThat(rig.service.sweep().draftsExpired()).isEqualTo(1);
		assertThat(rig.mongo.count(new Query(), ComplaintDraft.class)).isZero();
	}

	@Test
	void theSweepRemovesUnattachedPhotosNoDraftHoldsButKeepsFiledOnes() {
		String orphan = rig.photos.store(TestJpegs.plain(16, 16)); // a crash between storing and attaching
		writeComplaint("มีภาพประกอบ");
		rig.service.handle(USER, new Photo(max -> TestJpegs.plain(16, 16)));
		rig.service.handle(USER, new Done());
		rig.service.handle(USER, new Confirm());
		rig.clock.advance(Duration.ofDays(3));
		assertThat(rig.service.sweep().photosRemoved()).isEqualTo(1);
		assertThat(rig.photos.read(orphan)).isEmpty();
		Complaint c = rig.mongo.findOne(filed(), Complaint.class);
		assertThat(rig.photos.read(c.photoIds().get(0))).isPresent();
	}

	@Test
	void theDailyLimitStartsAgainTheNextDayAndOldCountersAreSwept() {
		for (int i = 0; i < ComplaintService.COMPLAINTS_PER_DAY; i++) {
			writeComplaint("เรื่อง " + i);
			assertThat(rig.service.handle(USER, new Confirm())).isInstanceOf(ComplaintStep.Filed.class);
		}
		assertThat(rig.service.handle(USER, new StartComplaint(null)))
			.isEqualTo(new ComplaintStep.Hint(ComplaintStep.Reason.COMPLAINT_LIMIT, null));
		rig.clock.advance(Duration.ofDays(1));
		assertThat(rig.service.handle(USER, new StartComplaint(null))).isInstanceOf(ComplaintStep.ChooseAgency.class);
		rig.clock.advance(Duration.ofDays(2));
		// the first day's counters go: its 64 buckets (see RateLimiter), created together
		assertThat(rig.service.sweep().rateLimitsRemoved()).isEqualTo(64);
	}

	@Test
	void aPhotoThatCannotBeAttachedIsDeletedAgain() {
		writeComplaint("ภาพมาหลังยกเลิก");
		// the draft disappears while the photo downloads (cancelled from another device)
		ComplaintStep step = rig.service.handle(USER, new Photo(max -> {
			rig.mongo.remove(new Query(), ComplaintDraft.class);
			return TestJpegs.plain(16, 16);
		}));
		assertThat(step).isInstanceOf(ComplaintStep.NoDraft.class);
		assertThat(rig.mongo.getCollection(EvidencePhotos.FILES).countDocuments(FILLED)).isZero();
	}

	@Test
	void caseNumbersAreDrawnAtRandomSoTheyDoNotOrderTheComplaints() {
		CaseNumbers numbers = new CaseNumbers(rig.mongo);
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
		rig.service.handle(USER, new Confirm());
		Document d = rig.mongo.getCollection("complaints").find(FILLED).first();
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
}
