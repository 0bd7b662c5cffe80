package th.ita.survey.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.anonymity.Pseudonyms.Purpose;

/**
 * Photos accepted per person per day, counted apart from any draft: cancelling a draft deletes its
 * photos, not the count. One counter document per person and day beside the other daily limits
 * ({@link RateLimiter#COLLECTION}, same keyed hash, same expiry and sweep). Taking a photo is one
 * atomic update whose filter holds the cap ({@code count < cap}), so concurrent uploads cannot pass
 * it: at the cap the filter matches nothing, and the upsert's insert then collides with the existing
 * counter.
 */
public class PhotoQuota {

	public static final int PER_DAY = 5;

	private static final String ACTION = "PHOTO";

	private final MongoTemplate mongo;

	private final Pseudonyms pseudonyms;

	private final Clock clock;

	public PhotoQuota(MongoTemplate mongo, Pseudonyms pseudonyms, Clock clock) {
		this.mongo = mongo;
		this.pseudonyms = pseudonyms;
		this.clock = clock;
	}

	/** Takes one of today's photos; false when all are taken. */
	public boolean tryTake(String userId) {
		LocalDate today = LocalDate.now(clock);
		Date expires = Date.from(today.plusDays(2).atStartOfDay(clock.getZone()).toInstant());
		if (used(userId) >= PER_DAY) {
			return false; // the usual case at the cap, without a failing write (which the embedded server logs)
		}
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				Document d = mongo.findAndModify(
						Query.query(Criteria.where("_id").is(key(userId, today)).and("count").lt(PER_DAY)),
						new Update().inc("count", 1).setOnInsert("expiresAt", expires),
						FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, RateLimiter.COLLECTION);
				return d != null;
			}
			catch (DuplicateKeyException ex) {
				// at the cap, or two first photos raced to create the counter: only the first is final
				if (used(userId) >= PER_DAY) {
					return false;
				}
			}
		}
		return false;
	}

	/** Gives a taken photo back: it was refused or could not be attached. */
	public void giveBack(String userId) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(key(userId, LocalDate.now(clock))).and("count").gt(0)),
				new Update().inc("count", -1), RateLimiter.COLLECTION);
	}

	public int used(String userId) {
		Document d = mongo.findById(key(userId, LocalDate.now(clock)), Document.class, RateLimiter.COLLECTION);
		return d == null ? 0 : ((Number) d.get("count")).intValue();
	}

	private String key(String userId, LocalDate day) {
		return pseudonyms.of(Purpose.RATE_LIMIT, userId, ACTION, day.toString());
	}
}
