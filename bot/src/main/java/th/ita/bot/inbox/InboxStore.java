package th.ita.bot.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.bot.system.Durability;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

/**
 * The inbox collection: one document per webhook event, {@code _id} = LINE's webhookEventId, so a
 * replay of an event (flagged as redelivery or not, in one body or two) is taken once. An entry is
 * stored CLAIMED by the instance that received it (first attempt counted, a lease), goes back to
 * PENDING after a failed attempt and is claimed again atomically (attempt counted), and ends DONE:
 * reduced to its id and a day-granular expiry, nothing about the person or what they said. An entry
 * that keeps failing is SET_ASIDE, kept with its kind and the error class only.
 * <p>
 * On the embedded store the DONE marks are written in one batch just before each commit, so a
 * handled event's mark reaches the disk in the same commit as the state it changed.
 */
class InboxStore {

	static final String COLLECTION = "inbox";

	static final String PENDING = "PENDING";

	static final String CLAIMED = "CLAIMED";

	static final String DONE = "DONE";

	static final String SET_ASIDE = "SET_ASIDE";

	private static final int DUPLICATE_KEY = 11000;

	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private final MongoTemplate mongo;

	private final Clock clock;

	private final InboxSettings settings;

	private final String owner;

	/** One process has the database to itself (the embedded file is locked): entries claimed before are its own. */
	private final boolean exclusive;

	private final Instant startedAt;

	/** Handled ids waiting for the next commit's batch (embedded store only). */
	private final Queue<String> handled = new ConcurrentLinkedQueue<>();

	private final boolean batched;

	private final InboxDocuments documents;

	InboxStore(MongoTemplate mongo, Clock clock, InboxSettings settings, String owner, boolean exclusive,
			Durability durability, InboxDocuments documents) {
		this.mongo = mongo;
		this.documents = documents;
		this.clock = clock;
		this.settings = settings;
		this.owner = owner;
		this.exclusive = exclusive;
		this.startedAt = clock.instant();
		this.batched = durability.beforeEachCommit(this::writeHandled);
	}

	private static Document byId(String id) {
		return new Document("_id", id);
	}

	/** Whether this process has the database to itself (the embedded file). */
	boolean exclusive() {
		return exclusive;
	}

	private MongoCollection<Document> inbox() {
		return mongo.getCollection(COLLECTION);
	}

	void createIndexes() {
		inbox().createIndex(Indexes.ascending("state", "at"), new IndexOptions().name("state_at"));
		// on MongoDB the TTL index deletes handled ids; the embedded server needs sweep()
		inbox().createIndex(Indexes.ascending("expiresAt"), new IndexOptions().name("ttl").expireAfter(0L,
				java.util.concurrent.TimeUnit.SECONDS));
	}

	/** Stores new entries; returns those not in the inbox before (duplicates ignored). */
	List<InboxEntry> accept(List<InboxEntry> entries) {
		Map<String, InboxEntry> unique = new LinkedHashMap<>();
		entries.forEach(e -> unique.putIfAbsent(e.id(), e));
		List<InboxEntry> list = new ArrayList<>(unique.values());
		if (list.isEmpty()) {
			return list;
		}
		// taken by this instance as it is stored: the first attempt is counted with the delivery
		Instant now = clock.instant();
		List<Document> docs = list.stream().map(e -> claimed(documents.toDocument(e), now)).toList();
		try {
			inbox().insertMany(docs, new InsertManyOptions().ordered(false));
			return list;
		}
		catch (MongoBulkWriteException ex) {
			Set<Integer> refused = new HashSet<>();
			for (BulkWriteError error : ex.getWriteErrors()) {
				if (error.getCode() != DUPLICATE_KEY) {
					throw ex;
				}
				refused.add(error.getIndex());
			}
			List<InboxEntry> fresh = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				if (!refused.contains(i)) {
					// not refused: inserted by this call, unless the server stopped at the first error
					// (unordered is a hint some servers ignore): then insert it now
					try {
						inbox().insertOne(docs.get(i));
					}
					catch (com.mongodb.MongoWriteException dup) {
						if (dup.getError().getCode() != DUPLICATE_KEY) {
							throw dup;
						}
					}
					fresh.add(list.get(i));
				}
			}
			return fresh;
		}
	}

	/**
	 * Takes an entry for handling, counting the attempt in the same atomic update; empty when it is
	 * handled, set aside or another instance's (lease not run out). Taken again by its own owner
	 * without counting (a retry after the database was briefly unreachable).
	 */
	Optional<InboxEntry> claim(String id) {
		Instant now = clock.instant();
		// another owner's claim may be taken once its lease ran out; on the embedded file, which one
		// process holds, any claim made before this process started is a dead process's
		Instant expiredBefore = exclusive ? startedAt.plus(settings.lease()) : now;
		// _id at the top level of every filter: then the embedded server looks the entry up by its id
		// (IdPinnedCollection) instead of scanning the whole inbox, whose handled ids grow all day
		Document free = byId(id).append("$or", List.of(new Document("state", PENDING),
				new Document("state", CLAIMED).append("owner", new Document("$ne", owner))
					.append("leaseUntil", new Document("$lt", Date.from(expiredBefore)))));
		Document lease = new Document("state", CLAIMED).append("owner", owner)
			.append("leaseUntil", Date.from(now.plus(settings.lease())));
		FindOneAndUpdateOptions after = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);
		Document taken = inbox().findOneAndUpdate(free,
				new Document("$set", lease).append("$inc", new Document("attempts", 1)), after);
		if (taken == null) {
			taken = inbox().findOneAndUpdate(byId(id).append("state", CLAIMED).append("owner", owner),
					new Document("$set", lease), after);
		}
		return Optional.ofNullable(taken).map(documents::fromDocument);
	}

	private Document claimed(Document d, Instant now) {
		return d.append("state", CLAIMED).append("owner", owner)
			.append("leaseUntil", Date.from(now.plus(settings.lease())))
			.append("attempts", 1);
	}

	/**
	 * Handled: only the id stays (a redelivery is recognised) until a day-granular expiry. On the
	 * embedded store the mark is written with the next commit (callers wait for it anyway).
	 */
	void done(String id) {
		if (batched) {
			handled.add(id);
		}
		else {
			markDone(List.of(id));
		}
	}

	private void writeHandled() {
		List<String> ids = new ArrayList<>();
		for (String id = handled.poll(); id != null; id = handled.poll()) {
			ids.add(id);
		}
		try {
			for (int from = 0; from < ids.size(); from += 500) {
				markDone(ids.subList(from, Math.min(ids.size(), from + 500)));
			}
		}
		catch (RuntimeException ex) {
			handled.addAll(ids); // with the next commit
			throw ex;
		}
	}

	private void markDone(List<String> ids) {
		Bson filter = ids.size() == 1 ? eq("_id", ids.get(0)) : in("_id", ids);
		inbox().updateMany(filter, new Document("$set", new Document("state", DONE).append("expiresAt", expiry(settings.keepHandled())))
			.append("$unset", InboxDocuments.personal().append("at", "").append("attempts", "").append("kind", "").append("error", "")));
	}

	/** A failed attempt: back to PENDING for the next try, with the error's class (no message: it may quote input). */
	void failed(String id, Throwable error) {
		inbox().updateOne(byId(id).append("owner", owner),
				new Document("$set", new Document("state", PENDING).append("error", error.getClass().getName())));
	}

	/** Given up: kind and error class kept for the admins, nothing about the person or the content. */
	void setAside(InboxEntry entry, String error) {
		inbox().updateOne(eq("_id", entry.id()),
				new Document("$set", new Document("state", SET_ASIDE).append("error", error == null ? "unknown" : error)
					.append("expiresAt", expiry(settings.keepSetAside())))
					.append("$unset", InboxDocuments.personal().append("at", "").append("attempts", "")));
	}

	/** Start of a Bangkok day: nothing finer than the day is kept after handling. */
	private Date expiry(Duration keep) {
		return Date.from(clock.instant().atZone(BANGKOK).truncatedTo(ChronoUnit.DAYS).plus(keep).toInstant());
	}

	/** Entries not handled yet, oldest first (start-up recovery and the stuck-entry sweep). */
	List<InboxEntry> unhandled(int limit) {
		List<InboxEntry> list = new ArrayList<>();
		inbox().find(in("state", PENDING, CLAIMED))
			.sort(new Document("at", 1).append("_id", 1))
			.limit(limit)
			.forEach(d -> list.add(documents.fromDocument(d)));
		return list;
	}

	Optional<Instant> oldestUnhandled() {
		Document d = inbox().find(in("state", PENDING, CLAIMED)).sort(new Document("at", 1)).limit(1).first();
		return d == null ? Optional.empty() : Optional.of(d.getDate("at").toInstant());
	}

	long count(String state) {
		return inbox().countDocuments(eq("state", state));
	}

	/** What the TTL index does on MongoDB: the embedded server keeps expired documents. */
	long sweep() {
		return inbox().deleteMany(lt("expiresAt", Date.from(clock.instant()))).getDeletedCount();
	}
}
