package th.ita.survey.complaint;

import java.time.Duration;

import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;

import th.ita.survey.complaint.PhotoSanitizer.UnreadablePhoto;

/**
 * The time one photo may take to decode, counted from {@link #start()}. ImageIO readers refuse
 * {@code abort()} from any thread but the reading one (the JPEG reader throws), so the reader is
 * aborted from inside, by its own progress callback (every few percent of the rows), once the time
 * is up or the waiting side has {@link #cancel() given up}.
 */
final class Deadline {

	static final Deadline NONE = new Deadline(null);

	private final Duration limit;

	private volatile long endNanos;

	private volatile boolean started;

	private volatile boolean cancelled;

	Deadline(Duration limit) {
		this.limit = limit;
	}

	void start() {
		if (limit != null) {
			endNanos = System.nanoTime() + limit.toNanos();
			started = true;
		}
	}

	/** From the waiting thread: stop as soon as the decoder looks up. */
	void cancel() {
		cancelled = true;
	}

	boolean passed() {
		return cancelled || (started && System.nanoTime() - endNanos > 0);
	}

	/** Throws the refusal once the time is up. */
	void check() throws UnreadablePhoto {
		if (passed()) {
			throw new UnreadablePhoto(UnreadablePhoto.Why.TIMEOUT, "decoding took longer than " + limit);
		}
	}

	void watch(ImageReader reader) {
		if (limit == null) {
			return;
		}
		reader.addIIOReadProgressListener(new IIOReadProgressListener() {

			@Override
			public void imageProgress(ImageReader source, float percentageDone) {
				if (passed() || Thread.currentThread().isInterrupted()) {
					cancelled = true;
					source.abort();
				}
			}

			@Override
			public void sequenceStarted(ImageReader source, int minIndex) {
			}

			@Override
			public void sequenceComplete(ImageReader source) {
			}

			@Override
			public void imageStarted(ImageReader source, int imageIndex) {
			}

			@Override
			public void imageComplete(ImageReader source) {
			}

			@Override
			public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
			}

			@Override
			public void thumbnailProgress(ImageReader source, float percentageDone) {
			}

			@Override
			public void thumbnailComplete(ImageReader source) {
			}

			@Override
			public void readAborted(ImageReader source) {
			}
		});
	}
}
