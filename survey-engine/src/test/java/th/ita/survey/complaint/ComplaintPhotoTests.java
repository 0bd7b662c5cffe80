package th.ita.survey.complaint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Query;

import th.ita.survey.complaint.ComplaintCommand.*;
import th.ita.survey.complaint.ComplaintStep.Reason;

import static org.assertj.core.api.Assertions.assertThat;

/** Photos in the conversation: the daily cap per person, and refused photos that cost nothing. */
class ComplaintPhotoTests {

	static final String USER = "Uphotophotophotophotophoto000001";

	final ComplaintRig rig = new ComplaintRig();

	final PhotoQuota quota = new PhotoQuota(rig.mongo, rig.pseudonyms, rig.clock);

	@AfterEach
	void stop() {
		rig.close();
	}

	void startWriting(String text) {
		rig.service.handle(USER, new StartComplaint("PKT"));
		rig.service.handle(USER, new PickCategory(Category.OTHER));
		rig.service.handle(USER, new Text(text));
	}

	ComplaintStep photo(byte[] bytes) {
		return rig.service.handle(USER, new Photo(max -> bytes));
	}

	long storedPhotos() {
		// the empty storage slots (SlotPool) do not count
		return rig.mongo.getCollection(EvidencePhotos.FILES).countDocuments(new Document("slot", "filled"));
	}

	@Test
	void theDailyPhotoCapHoldsAcrossCancelledDrafts() {
		startWriting("ภาพชุดแรก");
		for (int i = 0; i < 3; i++) {
			assertThat(photo(TestJpegs.plain(16, 16))).isInstanceOf(ComplaintStep.Collecting.class);
		}
		assertThat(rig.service.handle(USER, new Cancel())).isInstanceOf(ComplaintStep.Cancelled.class);
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

		rig.clock.advance(Duration.ofDays(1));
		rig.service.handle(USER, new Text("วันใหม่")); // the draft is kept alive
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
		ComplaintDraft draft = rig.mongo.findOne(new Query(), ComplaintDraft.class);
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
		var counters = rig.mongo.getCollection(RateLimiter.COLLECTION).find().into(new ArrayList<>());
		assertThat(counters).hasSize(RateLimiter.BUCKETS);
		assertThat(counters).allSatisfy(c -> assertThat(c.toJson()).doesNotContain(USER));
		assertThat(counters.stream().mapToInt(c -> c.getList("entries", org.bson.Document.class).size()).sum()).isEqualTo(1);
		rig.clock.advance(Duration.ofDays(3));
		assertThat(new RateLimiter(rig.mongo, rig.pseudonyms, rig.clock).sweep()).isEqualTo(RateLimiter.BUCKETS);
	}
}
