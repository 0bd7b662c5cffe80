package th.ita.survey.complaint;

import java.time.Clock;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.survey.anonymity.Pseudonyms;

/**
 * Photos accepted per person per day, counted apart from any draft: cancelling a draft deletes its
 * photos, not the count. Kept with the other daily limits ({@link RateLimiter}: same keyed hash, in
 * buckets created all at once and sorted by key, same expiry and sweep); a counter of its own
 * document would be stored in the order of each person's first photo of the day. Taking a photo is
 * one update guarded by the bucket's version, so concurrent uploads cannot pass the cap.
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
