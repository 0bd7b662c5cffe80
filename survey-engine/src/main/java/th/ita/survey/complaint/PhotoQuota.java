package th.ita.survey.complaint;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.survey.anonymity.Pseudonyms;

import java.time.Clock;

/**
 * Photos accepted per person per day, counted apart from any draft: cancelling a draft deletes its
 * photos, not the count. Kept by {@link RateLimiter} beside the other daily limits, so the counter
 * lives in the day's sorted buckets (a document of its own per person would be stored in the order
 * of first use, which a complaint filed right after could be paired with) and taking one is a single
 * version-guarded update: concurrent uploads cannot pass the cap.
 */
public class PhotoQuota {

	public static final int PER_DAY = 5;

	private final RateLimiter limits;

	public PhotoQuota(MongoTemplate mongo, Pseudonyms pseudonyms, Clock clock) {
		this.limits = new RateLimiter(mongo, pseudonyms, clock);
	}

	/** Takes one of today's photos; false when all are taken. */
	public boolean tryTake(String userId) {
		return limits.tryAcquire(userId, RateLimiter.Action.PHOTO, PER_DAY);
	}

	/** Gives a taken photo back: it was refused or could not be attached. */
	public void giveBack(String userId) {
		limits.release(userId, RateLimiter.Action.PHOTO);
	}

	public int used(String userId) {
		return limits.used(userId, RateLimiter.Action.PHOTO);
	}
}
