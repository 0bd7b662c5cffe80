package th.ita.survey.anonymity;

import java.util.Date;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Daily attempt counters that hold under concurrent requests: one upsert that increments only while
 * the count is below the limit. When the limit is reached the filter no longer matches, the upsert
 * tries to insert a second document with the same id and the unique {@code _id} refuses it, so 30
 * guesses sent at once still get at most {@code limit} tries. Reading the count first and writing it
 * after the check (as before) let every request in flight pass the check.
 */
public final class AttemptLimits {

	private AttemptLimits() {
	}

	/** Takes one attempt under {@code key}; false when {@code limit} attempts were taken already. */
	public static boolean take(MongoTemplate mongo, String collection, String key, String field, int limit,
			Date expiresAt) {
		Query belowLimit = Query.query(Criteria.where("_id").is(key).and(field).lt(limit));
		try {
			mongo.upsert(belowLimit, new Update().inc(field, 1).setOnInsert("expiresAt", expiresAt), collection);
			return true;
		}
		catch (DuplicateKeyException atLimit) {
			return false;
		}
	}

	/** Gives an attempt back (a right code is not a wrong guess). */
	public static void giveBack(MongoTemplate mongo, String collection, String key, String field) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(key).and(field).gt(0)), new Update().inc(field, -1),
				collection);
	}

	/** Attempts taken under {@code key}. */
	public static int taken(MongoTemplate mongo, String collection, String key, String field) {
		Document d = mongo.findById(key, Document.class, collection);
		return d == null || d.get(field) == null ? 0 : ((Number) d.get(field)).intValue();
	}
}
