package th.ita.survey.complaint;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.survey.complaint.PhotoSanitizer.Cleaned;
import th.ita.survey.complaint.PhotoSanitizer.UnreadablePhoto;
import th.ita.survey.complaint.PhotoSanitizer.UnreadablePhoto.Why;

/**
 * Where photos are downloaded and cleaned, with bounded memory and time, away from the chat
 * workers: at most {@code inFlight} photos are held at once (the rest wait for a place, then are
 * refused as busy), {@code threads} of them decode in a pool of their own, each within
 * {@code decodeTime}. Whatever goes wrong in a decoder, OutOfMemoryError included, comes back as a
 * refusal: the chat worker that asked gets an answer to give, never the error.
 */
public final class PhotoIntake implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PhotoIntake.class);

	/** After the limit, the time a decoder has to notice it (its progress callbacks come every 5%). */
	private static final long GRACE_MILLIS = 1_000;

	private static final AtomicInteger POOLS = new AtomicInteger();

	private final PhotoLimits limits;

	private final Semaphore places;

	private final ThreadPoolExecutor decoders;

	private final Decoder decoder;

	/** What the pool does with a photo's bytes: {@link PhotoSanitizer} (tests put failing ones in). */
	@FunctionalInterface
	interface Decoder {

		Cleaned clean(byte[] bytes, PhotoLimits limits, Deadline deadline) throws UnreadablePhoto;
	}

	public PhotoIntake(PhotoLimits limits) {
		this(limits, PhotoSanitizer::clean);
	}

	PhotoIntake(PhotoLimits limits, Decoder decoder) {
		this.limits = limits;
		this.decoder = decoder;
		this.places = new Semaphore(limits.inFlight(), true);
		int pool = POOLS.incrementAndGet();
		AtomicInteger threads = new AtomicInteger();
		this.decoders = new ThreadPoolExecutor(limits.threads(), limits.threads(), 30, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(limits.inFlight()), task -> {
					Thread t = new Thread(task, "photo-" + pool + "-" + threads.incrementAndGet());
					t.setDaemon(true);
					return t;
				});
		this.decoders.allowCoreThreadTimeOut(true); // idle: no threads kept
	}

	/** Downloads the photo and returns it cleaned, or says why not. */
	public Cleaned clean(PhotoSource source) throws PhotoSource.Unavailable, UnreadablePhoto {
		try {
			if (!places.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
				throw new UnreadablePhoto(Why.BUSY, "no place free within " + limits.queueWait());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UnreadablePhoto(Why.BUSY, "interrupted while waiting");
		}
		try {
			return decode(fetch(source));
		}
		finally {
			places.release();
		}
	}

	private byte[] fetch(PhotoSource source) throws PhotoSource.Unavailable {
		try {
			return source.fetch(limits.maxBytes());
		}
		catch (RuntimeException | Error ex) {
			throw new PhotoSource.Unavailable("download failed: " + ex.getClass().getSimpleName(), false);
		}
	}

	private Cleaned decode(byte[] bytes) throws UnreadablePhoto {
		Deadline deadline = new Deadline(limits.decodeTime());
		CountDownLatch started = new CountDownLatch(1);
		Future<Cleaned> result;
		try {
			result = decoders.submit(() -> {
				deadline.start();
				started.countDown();
				return cleanSafely(bytes, deadline);
			});
		}
		catch (RejectedExecutionException ex) {
			throw new UnreadablePhoto(Why.BUSY, "decoder queue full");
		}
		try {
			if (!started.await(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
				deadline.cancel();
				result.cancel(false);
				if (result instanceof Runnable queued) {
					decoders.remove(queued); // drops its bytes now, not when a decoder comes by
				}
				throw new UnreadablePhoto(Why.BUSY, "no decoder free within " + limits.queueWait());
			}
			return result.get(limits.decodeTime().toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			// the decoder did not stop by itself (native code between callbacks): it keeps its thread
			// until it returns, but nobody waits for it
			deadline.cancel();
			result.cancel(true);
			log.warn("A photo decoder overran its {} limit", limits.decodeTime());
			throw new UnreadablePhoto(Why.TIMEOUT, "no result within " + limits.decodeTime());
		}
		catch (InterruptedException ex) {
			deadline.cancel();
			result.cancel(true);
			Thread.currentThread().interrupt();
			throw new UnreadablePhoto(Why.TIMEOUT, "interrupted while decoding");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof UnreadablePhoto refused) {
				throw refused;
			}
			throw new UnreadablePhoto("decoder failed: " + ex.getCause().getClass().getSimpleName());
		}
		catch (CancellationException ex) {
			throw new UnreadablePhoto(Why.TIMEOUT, "cancelled");
		}
	}

	private Cleaned cleanSafely(byte[] bytes, Deadline deadline) throws UnreadablePhoto {
		try {
			return decoder.clean(bytes, limits, deadline);
		}
		catch (UnreadablePhoto ex) {
			throw ex;
		}
		catch (Throwable ex) { // OutOfMemoryError included: this photo is refused, the thread lives on
			deadline.check();
			throw new UnreadablePhoto("decoder failed: " + ex.getClass().getSimpleName());
		}
	}

	@Override
	public void close() {
		decoders.shutdownNow();
	}
}
