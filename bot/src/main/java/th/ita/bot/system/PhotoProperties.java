package th.ita.bot.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import th.ita.survey.complaint.PhotoLimits;

/**
 * How many evidence photos are decoded at once and for how long ({@link PhotoLimits}; unset keeps
 * its defaults). The size caps people are told about (10 MB, 12,000 px a side, 60 megapixels) are
 * not settings: the chat's messages name them.
 *
 * @param threads photos decoded at once (default 2)
 * @param inFlight photos downloaded, waiting or decoding at once (default 4)
 * @param decodePixels pixels one photo is decoded into at most, by subsampling (default 4,000,000)
 * @param decodeTime time one photo may take to decode (default 5 s)
 * @param queueWait time a photo may wait for its turn before "busy" (default 30 s)
 */
@ConfigurationProperties("ita.photos")
record PhotoProperties(Integer threads, Integer inFlight, Long decodePixels, Duration decodeTime, Duration queueWait) {

	PhotoLimits limits() {
		PhotoLimits d = PhotoLimits.DEFAULTS;
		return new PhotoLimits(d.maxBytes(), d.maxSide(), d.maxPixels(), d.maxProgressivePixels(),
				decodePixels == null ? d.decodePixels() : decodePixels, threads == null ? d.threads() : threads,
				inFlight == null ? d.inFlight() : inFlight, decodeTime == null ? d.decodeTime() : decodeTime,
				queueWait == null ? d.queueWait() : queueWait);
	}
}
