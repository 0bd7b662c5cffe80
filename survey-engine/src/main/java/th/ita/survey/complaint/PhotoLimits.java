package th.ita.survey.complaint;

import java.time.Duration;

/**
 * What one photo may cost, whatever its file declares. Memory: at most {@code inFlight} downloads of
 * {@code maxBytes} wait or decode at once, {@code threads} of them decode, each into at most
 * {@code decodePixels} pixels (the reader subsamples to stay under it). CPU: refused before decoding
 * above {@code maxPixels} or {@code maxSide}, and aborted after {@code decodeTime}.
 *
 * @param maxBytes bytes downloaded per photo at most
 * @param maxSide longest side a header may declare, in pixels
 * @param maxPixels pixels a header may declare (width × height)
 * @param maxProgressivePixels the same for progressive JPEGs, which libjpeg buffers whole (6 bytes a
 * pixel, outside the heap)
 * @param decodePixels pixels decoded at most (after subsampling)
 * @param threads photos decoded at once
 * @param inFlight photos downloaded, queued or decoding at once
 * @param decodeTime time one photo may take to decode and re-encode
 * @param queueWait time a photo may wait for its turn before it is refused as "busy"
 */
public record PhotoLimits(int maxBytes, int maxSide, long maxPixels, long maxProgressivePixels, long decodePixels,
		int threads, int inFlight, Duration decodeTime, Duration queueWait) {

	public static final PhotoLimits DEFAULTS = new PhotoLimits(ComplaintService.MAX_PHOTO_BYTES, 12_000, 60_000_000L, 16_000_000L,
			4_000_000L, 2, 4, Duration.ofSeconds(5), Duration.ofSeconds(30));

	public PhotoLimits {
		if (maxBytes < 1 || maxSide < 1 || maxPixels < 1 || maxProgressivePixels < 1 || decodePixels < 1 || threads < 1
				|| inFlight < threads || decodeTime.isNegative() || decodeTime.isZero() || queueWait.isNegative()) {
			throw new IllegalArgumentException("photo limits out of range");
		}
	}
}
