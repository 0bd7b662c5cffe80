package th.ita.survey.complaint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import th.ita.survey.complaint.PhotoSanitizer.Cleaned;
import th.ita.survey.complaint.PhotoSanitizer.UnreadablePhoto;
import th.ita.survey.complaint.PhotoSanitizer.UnreadablePhoto.Why;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bounded intake: many phone photos at once all get through with at most {@code inFlight} held
 * and {@code threads} decoding; crafted files, stuck or failing decoders and a full intake come back
 * as refusals, quickly.
 */
class PhotoIntakeTests {

	final List<AutoCloseable> opened = new ArrayList<>();

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable c : opened) {
			c.close();
		}
	}

	PhotoIntake intake(PhotoLimits limits, PhotoIntake.Decoder decoder) {
		PhotoIntake intake = new PhotoIntake(limits, decoder);
		opened.add(intake);
		return intake;
	}

	static PhotoLimits limits(int threads, int inFlight, Duration decodeTime, Duration queueWait) {
		PhotoLimits d = PhotoLimits.DEFAULTS;
		return new PhotoLimits(d.maxBytes(), d.maxSide(), d.maxPixels(), d.maxProgressivePixels(), d.decodePixels(), threads,
				inFlight, decodeTime, queueWait);
	}

	@Test
	void eightTwelveMegapixelPhotosAtOnceAreAllAcceptedWithinTheBounds() throws Exception {
		List<byte[]> photos = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			photos.add(TestJpegs.phonePhoto(4000, 3000, i));
		}
		photos.forEach(p -> assertThat(p.length).as("a realistic phone photo").isBetween(2_500_000, 6_000_000));
		AtomicInteger decoding = new AtomicInteger();
		AtomicInteger mostDecoding = new AtomicInteger();
		AtomicInteger held = new AtomicInteger();
		AtomicInteger mostHeld = new AtomicInteger();
		PhotoIntake intake = intake(PhotoLimits.DEFAULTS, (bytes, limits, deadline) -> {
			mostDecoding.accumulateAndGet(decoding.incrementAndGet(), Math::max);
			try {
				return PhotoSanitizer.clean(bytes, limits, deadline);
			}
			finally {
				decoding.decrementAndGet();
				held.decrementAndGet(); // before the intake lets the next one in
			}
		});
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService people = Executors.newFixedThreadPool(8);
		try {
			List<Future<Cleaned>> results = new ArrayList<>();
			for (byte[] photo : photos) {
				results.add(people.submit(() -> {
					go.await();
					return intake.clean(max -> {
						mostHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
						return photo;
					});
				}));
			}
			go.countDown();
			for (Future<Cleaned> result : results) {
				Cleaned cleaned = result.get(60, TimeUnit.SECONDS);
				// decoded at every second pixel (3 megapixels), kept at that size
				assertThat(cleaned.width()).isEqualTo(2000);
				assertThat(cleaned.height()).isEqualTo(1500);
				assertThat(PhotoSanitizerTests.read(cleaned.jpeg()).getWidth()).isEqualTo(2000);
			}
		}
		finally {
			people.shutdownNow();
		}
		assertThat(mostDecoding.get()).isBetween(1, PhotoLimits.DEFAULTS.threads());
		assertThat(mostHeld.get()).isBetween(1, PhotoLimits.DEFAULTS.inFlight());
	}

	@Test
	void craftedBombsAreRefusedWithinASecondEach() {
		PhotoIntake intake = intake(PhotoLimits.DEFAULTS, PhotoSanitizer::clean);
		assertRefusedFast(intake, TestJpegs.tiffBomb(4096), Why.FORMAT);
		assertRefusedFast(intake, TestJpegs.pngBomb(100_000), Why.DIMENSIONS);
		assertRefusedFast(intake, TestJpegs.progressiveBomb(45_000), Why.DIMENSIONS);
		assertRefusedFast(intake, TestJpegs.heic(), Why.HEIC);
	}

	@Test
	void aDecodePastItsTimeIsAbortedAndRefused() {
		byte[] photo = TestJpegs.phonePhoto(4000, 3000, 42);
		PhotoIntake intake = intake(limits(1, 1, Duration.ofMillis(1), Duration.ofSeconds(5)), PhotoSanitizer::clean);
		assertThatThrownBy(() -> intake.clean(max -> photo)).isInstanceOfSatisfying(UnreadablePhoto.class,
				ex -> assertThat(ex.why()).isEqualTo(Why.TIMEOUT));
	}

	@Test
	void aDecoderThatIgnoresItsTimeDoesNotHoldTheCaller() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		PhotoIntake intake = intake(limits(1, 1, Duration.ofMillis(200), Duration.ofSeconds(5)), (bytes, limits, deadline) -> {
			boolean done = false;
			while (!done) {
				try {
					done = release.await(10, TimeUnit.SECONDS); // deaf to interrupts, like native code
				}
				catch (InterruptedException ignored) {
					// keeps going
				}
			}
			return null;
		});
		long start = System.nanoTime();
		try {
			assertThatThrownBy(() -> intake.clean(max -> TestJpegs.plain(8, 8))).isInstanceOfSatisfying(UnreadablePhoto.class,
					ex -> assertThat(ex.why()).isEqualTo(Why.TIMEOUT));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void anOutOfMemoryErrorIsARefusalAndThePoolLivesOn() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		PhotoIntake intake = intake(limits(1, 1, Duration.ofSeconds(5), Duration.ofSeconds(5)), (bytes, limits, deadline) -> {
			if (calls.incrementAndGet() == 1) {
				throw new OutOfMemoryError("Java heap space");
			}
			return PhotoSanitizer.clean(bytes, limits, deadline);
		});
		assertThatThrownBy(() -> intake.clean(max -> TestJpegs.plain(8, 8))).isInstanceOfSatisfying(UnreadablePhoto.class,
				ex -> assertThat(ex.why()).isEqualTo(Why.UNREADABLE));
		assertThatThrownBy(() -> intake.clean(max -> {
			throw new OutOfMemoryError("Java heap space");
		})).isInstanceOf(PhotoSource.Unavailable.class);
		assertThat(intake.clean(max -> TestJpegs.plain(8, 8)).width()).isEqualTo(8);
	}

	@Test
	void aFullIntakeRefusesAsBusyAfterItsWait() throws Exception {
		PhotoIntake intake = intake(limits(1, 1, Duration.ofSeconds(5), Duration.ofMillis(100)), PhotoSanitizer::clean);
		CountDownLatch fetching = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService first = Executors.newSingleThreadExecutor();
		try {
			Future<Cleaned> slow = first.submit(() -> intake.clean(max -> {
				fetching.countDown();
				try {
					release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return TestJpegs.plain(8, 8);
			}));
			assertThat(fetching.await(5, TimeUnit.SECONDS)).isTrue();
			assertThatThrownBy(() -> intake.clean(max -> TestJpegs.plain(8, 8))).isInstanceOfSatisfying(UnreadablePhoto.class,
					ex -> assertThat(ex.why()).isEqualTo(Why.BUSY));
			release.countDown();
			assertThat(slow.get(10, TimeUnit.SECONDS).width()).isEqualTo(8);
			assertThat(intake.clean(max -> TestJpegs.plain(8, 8)).width()).as("the place is free again").isEqualTo(8);
		}
		finally {
			release.countDown();
			first.shutdownNow();
		}
	}

	@Test
	void aPhotoWaitingBehindABusyDecoderIsRefusedAsBusyAfterItsWait() throws Exception {
		CountDownLatch decoding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		PhotoIntake intake = intake(limits(1, 2, Duration.ofSeconds(5), Duration.ofMillis(200)), (bytes, limits, deadline) -> {
			decoding.countDown();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return PhotoSanitizer.clean(bytes, limits, deadline);
		});
		ExecutorService first = Executors.newSingleThreadExecutor();
		try {
			Future<Cleaned> slow = first.submit(() -> intake.clean(max -> TestJpegs.plain(8, 8)));
			assertThat(decoding.await(5, TimeUnit.SECONDS)).isTrue();
			long start = System.nanoTime();
			assertThatThrownBy(() -> intake.clean(max -> TestJpegs.plain(8, 8))).isInstanceOfSatisfying(UnreadablePhoto.class,
					ex -> assertThat(ex.why()).isEqualTo(Why.BUSY));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
			release.countDown();
			assertThat(slow.get(10, TimeUnit.SECONDS).width()).isEqualTo(8);
		}
		finally {
			release.countDown();
			first.shutdownNow();
		}
	}

	static void assertRefusedFast(PhotoIntake intake, byte[] photo, Why why) {
		long start = System.nanoTime();
		assertThatThrownBy(() -> intake.clean(max -> photo)).isInstanceOfSatisfying(UnreadablePhoto.class,
				ex -> assertThat(ex.why()).isEqualTo(why));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
	}
}
