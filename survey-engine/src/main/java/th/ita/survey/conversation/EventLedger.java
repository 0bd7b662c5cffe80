package th.ita.survey.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Webhook event ids already handled, in MongoDB so that every bot instance sees them: LINE
 * redelivers events and the SDK does not de-duplicate. Kept for a week (TTL index on MongoDB, a
 * sweep on the embedded server).
 */
public class EventLedger {

	static final String COLLECTION = "handled_events";

	static final Duration KEEP = Duration.ofDays(7);

	private final MongoTemplate mongo;

	private final Clock clock;

	public EventLedger(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	record HandledEvent(String id, Instant at) {
	}

	public void createIndexes() {
		mongo.indexOps(COLLECTION).createIndex(new Index("at", Sort.Direction.ASC).named("ttl").expire(KEEP));
	}

	/**
	 * By id, not with {@code exists}: that runs a count (an aggregation), which the embedded server
	 * answers by scanning every handled event instead of using the _id index.
	 */
	public boolean seen(String eventId) {
		return eventId != null && mongo.findById(eventId, Document.class, COLLECTION) != null;
	}

	/** Records an event as handled; false when another instance recorded it first. */
	public boolean record(String eventId) {
		if (eventId == null) {
			return true;
		}
		try {
			mongo.insert(new HandledEvent(eventId, clock.instant()), COLLECTION);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	public long forgetOld() {
		Instant before = clock.instant().minus(KEEP);
		return mongo.remove(Query.query(Criteria.where("at").lt(before)), COLLECTION).getDeletedCount();
	}
}
