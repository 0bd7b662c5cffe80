package th.ita.survey.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import th.ita.survey.anonymity.AttemptLimits;
import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.anonymity.Pseudonyms.Purpose;

/**
 * Daily abuse limits, one small counter per person, action and day in a collection of its own. The
 * key is the RATE_LIMIT pseudonym of userId, action and date: it cannot be joined to any other
 * record, and yesterday's counter cannot be joined to today's. Counters expire after two days (TTL
 * index on MongoDB; here checked on read and swept).
 */
public class RateLimiter {

	static final String COLLECTION = "rate_limits";

	public enum Action {
		COMPLAINT, OPINION, ADDITION, WRONG_CODE
	}

	private final MongoTemplate mongo;

	private final Pseudonyms pseudonyms;

	private final Clock clock;

	public RateLimiter(MongoTemplate mongo, Pseudonyms pseudonyms, Clock clock) {
		this.mongo = mongo;
		this.pseudonyms = pseudonyms;
		this.clock = clock;
	}

	/** Whether the person has used fewer than {@code limit} of this action today. */
	public boolean allowed(String userId, Action action, int limit) {
		return used(userId, action) < limit;
	}

	public int used(String userId, Action action) {
		Document d = mongo.findById(key(userId, action), Document.class, COLLECTION);
		if (d == null || expired(d)) {
			return 0;
		}
		return ((Number) d.get("count")).intValue();
	}

	/**
	 * Counts one use if the limit allows it, in one guarded upsert (see {@link AttemptLimits}):
	 * concurrent requests cannot take more than the limit between them.
	 */
	public boolean tryAcquire(String userId, Action action, int limit) {
		return AttemptLimits.take(mongo, COLLECTION, key(userId, action), "count", limit, Date.from(expiry()));
	}

	/** Gives back one use taken by {@link #tryAcquire} (an attempt that turned out not to count). */
	public void release(String userId, Action action) {
		AttemptLimits.giveBack(mongo, COLLECTION, key(userId, action), "count");
	}

	public void record(String userId, Action action) {
		mongo.upsert(Query.query(Criteria.where("_id").is(key(userId, action))),
				new Update().inc("count", 1).setOnInsert("expiresAt", Date.from(expiry())), COLLECTION);
	}

	public long sweep() {
		return mongo.remove(Query.query(Criteria.where("expiresAt").lt(Date.from(clock.instant()))), COLLECTION)
			.getDeletedCount();
	}

	private String key(String userId, Action action) {
		return pseudonyms.of(Purpose.RATE_LIMIT, userId, action.name(), today().toString());
	}

	private boolean expired(Document d) {
		Date at = d.getDate("expiresAt");
		return at != null && at.toInstant().isBefore(clock.instant());
	}

	private Instant expiry() {
		return today().plusDays(2).atStartOfDay(clock.getZone()).toInstant();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
