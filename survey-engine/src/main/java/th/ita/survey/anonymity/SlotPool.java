package th.ita.survey.anonymity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Storage slots for documents that must not be ordered by their arrival: complaints, opinions,
 * evidence photos. MongoDB returns documents in natural order (the order of insertion) and a dump
 * keeps it, so one insert per filing orders the filings of a day. Here empty documents with random
 * ids are created ahead, in batches, and a filing fills a randomly chosen free one with one guarded
 * replacement. An update keeps a document where it is: on WiredTiger it keeps its RecordId, on the
 * embedded server's memory backend its list position, on its H2 backend its key (the H2 backend
 * orders by {@code _id} anyway, which is random). So a document's position says which batch of empty
 * slots it was put in, not when.
 * <p>
 * Batches: at the first filing of a day (a day stored in {@value #POOLS}) the pool is topped up to
 * {@code reserve} free slots, so every filing of an ordinary day picks among slots that all existed
 * before the day's first filing. Only a day with more than {@code reserve - lowWater} filings adds a
 * batch during the day; a slot of that batch can only hold a filing made after it was created.
 * <p>
 * The field {@value #FIELD} says what a document is: {@value #FREE}, {@value #CLAIMED} (taken by a
 * filing under way, see {@link #claim}) or {@value #FILLED}. Free and claimed slots hold nothing else,
 * so every query of the stored things must filter on a field they have (agency, day), as they do.
 */
public final class SlotPool {

	public static final String FIELD = "slot";

	public static final String FREE = "free";

	public static final String CLAIMED = "claimed";

	public static final String FILLED = "filled";

	static final String POOLS = "slot_pools";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MongoTemplate mongo;

	private final String collection;

	private final Clock clock;

	private final int reserve;

	private final int lowWater;

	private final int batch;

	public SlotPool(MongoTemplate mongo, String collection, Clock clock) {
		this(mongo, collection, clock, 128, 32, 64);
	}

	public SlotPool(MongoTemplate mongo, String collection, Clock clock, int reserve, int lowWater, int batch) {
		this.mongo = mongo;
		this.collection = collection;
		this.clock = clock;
		this.reserve = reserve;
		this.lowWater = lowWater;
		this.batch = batch;
	}

	public String collection() {
		return collection;
	}

	public void createIndex() {
		mongo.indexOps(collection).createIndex(new Index(FIELD, Sort.Direction.ASC).named("slot"));
	}

	/**
	 * Puts {@code content} into a random free slot and returns the slot's id (which becomes the
	 * document's {@code _id}; an {@code _id} in the content is replaced).
	 */
	public String fill(Document content) {
		for (int attempt = 0; attempt < 100; attempt++) {
			String id = pick();
			if (replace(id, FREE, content)) {
				return id;
			}
		}
		throw new IllegalStateException("no free slot could be taken in " + collection);
	}

	/**
	 * Takes a random free slot for a filing that must be finished idempotently: the caller keeps the
	 * id, and only it fills the slot ({@link #fillClaimed}); a repeated filing finds its document there.
	 */
	public String claim() {
		for (int attempt = 0; attempt < 100; attempt++) {
			String id = pick();
			if (mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and(FIELD).is(FREE)),
					Update.update(FIELD, CLAIMED), collection).getModifiedCount() == 1) {
				return id;
			}
		}
		throw new IllegalStateException("no free slot could be claimed in " + collection);
	}

	/** Fills a slot taken by {@link #claim}; false when it is not (or no longer) claimed. */
	public boolean fillClaimed(String id, Document content) {
		return replace(id, CLAIMED, content);
	}

	/** Gives a claimed slot back unfilled. */
	public void release(String id) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and(FIELD).is(CLAIMED)), Update.update(FIELD, FREE),
				collection);
	}

	/** What the document of this id is: {@link #FREE}, {@link #CLAIMED}, {@link #FILLED}, or null if none. */
	public String state(String id) {
		Query q = Query.query(Criteria.where("_id").is(id));
		q.fields().include(FIELD);
		Document d = mongo.findOne(q, Document.class, collection);
		return d == null ? null : d.getString(FIELD) == null ? FILLED : d.getString(FIELD);
	}

	public long free() {
		return mongo.count(Query.query(Criteria.where(FIELD).is(FREE)), collection);
	}

	private boolean replace(String id, String expected, Document content) {
		Document doc = new Document(content);
		doc.put("_id", id);
		doc.put(FIELD, FILLED);
		Document filter = new Document("_id", id).append(FIELD, expected);
		// a replacement is an update: the document keeps its place (see the class comment)
		return mongo.execute(collection, c -> c.replaceOne(filter, doc)).getModifiedCount() == 1;
	}

	private String pick() {
		topUp();
		Query q = Query.query(Criteria.where(FIELD).is(FREE));
		q.fields().include("_id");
		List<Document> free = mongo.find(q, Document.class, collection);
		if (free.isEmpty()) {
			add(batch);
			return pick();
		}
		return free.get(RANDOM.nextInt(free.size())).getString("_id");
	}

	private void topUp() {
		String today = LocalDate.now(clock).toString();
		Document pool = mongo.findById(collection, Document.class, POOLS);
		boolean firstToday = pool == null || !today.equals(pool.getString("day"));
		long free = free();
		if (firstToday) {
			if (free < reserve) {
				add((int) (reserve - free));
			}
			mongo.upsert(Query.query(Criteria.where("_id").is(collection)), Update.update("day", today), POOLS);
		}
		else if (free < lowWater) {
			add(batch);
		}
	}

	private void add(int count) {
		List<Document> slots = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			slots.add(new Document("_id", UUID.randomUUID().toString()).append(FIELD, FREE));
		}
		mongo.getCollection(collection).insertMany(slots);
	}
}
