package th.ita.survey.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.anonymity.Pseudonyms.Purpose;

/**
 * Daily abuse limits, one small counter per person, action and day. The key is the RATE_LIMIT
 * pseudonym of userId, action and date: yesterday's counter cannot be joined to today's.
 * <p>
 * The counters of a day live in {@value #BUCKETS} bucket documents created all at once, one per
 * first character of the key, each an array kept sorted by key. A document per counter would be
 * stored in the order of first use, and the COMPLAINT counter is first used at the moment of filing:
 * whoever holds the secret could pair the n-th counter of the day with the n-th complaint. Each
 * change is one update guarded by the bucket's version, so concurrent requests cannot take more
 * than the limit between them. Buckets expire two days on (TTL index on MongoDB; swept here).
 */
public class RateLimiter {

	static final String COLLECTION = "rate_limits";

	static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

	static final int BUCKETS = ALPHABET.length();

	public enum Action {
		COMPLAINT, OPINION, ADDITION, WRONG_CODE, PHOTO
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
		String key = key(userId, action);
		Document bucket = mongo.findById(bucketId(key), Document.class, COLLECTION);
		return bucket == null ? 0 : count(bucket, key);
	}

	/** Counts one use if the limit allows it (atomically: concurrent requests cannot pass it together). */
	public boolean tryAcquire(String userId, Action action, int limit) {
		return change(key(userId, action), 1, limit);
	}

	/** Gives back one use taken by {@link #tryAcquire} (an attempt that turned out not to count). */
	public void release(String userId, Action action) {
		change(key(userId, action), -1, Integer.MAX_VALUE);
	}

	public void record(String userId, Action action) {
		change(key(userId, action), 1, Integer.MAX_VALUE);
	}

	public long sweep() {
		return mongo.remove(Query.query(Criteria.where("expiresAt").lt(Date.from(clock.instant()))), COLLECTION)
			.getDeletedCount();
	}

	/** Adds {@code delta} to the key's count unless that passes {@code limit}; false when it would. */
	private boolean change(String key, int delta, int limit) {
		String id = bucketId(key);
		for (int attempt = 0;; attempt++) {
			Document bucket = mongo.findById(id, Document.class, COLLECTION);
			if (bucket == null) {
				create();
				continue;
			}
			int now = count(bucket, key);
			if (delta > 0 && now + delta > limit || delta < 0 && now == 0) {
				return false;
			}
			List<Document> entries = new ArrayList<>();
			boolean found = false;
			for (Document e : entries(bucket)) {
				if (key.equals(e.getString("k"))) {
					found = true;
					entries.add(new Document("k", key).append("n", now + delta));
				}
				else {
					entries.add(e);
				}
			}
			if (!found) {
				entries.add(new Document("k", key).append("n", delta));
				entries.sort((a, b) -> a.getString("k").compareTo(b.getString("k")));
			}
			Query sameVersion = Query.query(Criteria.where("_id").is(id).and("v").is(bucket.get("v")));
			if (mongo.updateFirst(sameVersion, new Update().set("entries", entries).inc("v", 1), COLLECTION)
				.getModifiedCount() == 1) {
				return true;
			}
			if (attempt > 200) {
				throw new IllegalStateException("rate-limit bucket " + id + " kept changing");
			}
		}
	}

	private static int count(Document bucket, String key) {
		for (Document e : entries(bucket)) {
			if (key.equals(e.getString("k"))) {
				return ((Number) e.get("n")).intValue();
			}
		}
		return 0;
	}

	private static List<Document> entries(Document bucket) {
		List<Document> entries = bucket.getList("entries", Document.class);
		return entries == null ? List.of() : entries;
	}

	/** Today's buckets, all at once; safe to repeat and to race. */
	private void create() {
		LocalDate today = today();
		for (char c : ALPHABET.toCharArray()) {
			Update init = new Update().setOnInsert("v", 0)
				.setOnInsert("entries", List.of())
				.setOnInsert("expiresAt", Date.from(expiry()));
			try {
				mongo.upsert(Query.query(Criteria.where("_id").is(today + ":" + c)), init, COLLECTION);
			}
			catch (DuplicateKeyException raced) {
				// created by another instance a moment ago
			}
		}
	}

	private String bucketId(String key) {
		return today() + ":" + key.charAt(0);
	}

	private String key(String userId, Action action) {
		return pseudonyms.of(Purpose.RATE_LIMIT, userId, action.name(), today().toString());
	}

	private Instant expiry() {
		return today().plusDays(2).atStartOfDay(clock.getZone()).toInstant();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
