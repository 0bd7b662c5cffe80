package th.ita.survey.complaint;

import java.time.Clock;
import java.util.List;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;

import th.ita.survey.anonymity.SlotLayoutConversion;
import th.ita.survey.anonymity.SlotPool;

/**
 * Where filed complaints are written: each into a random free {@link SlotPool} slot of
 * {@value #COLLECTION}, so that neither natural order nor ids follow the filing order. A filing
 * claims its slot first and keeps the slot's id in its draft, so a filing interrupted after the
 * write finds its complaint there and is not filed twice, and two filings can never fill one slot.
 */
class ComplaintStore {

	static final String COLLECTION = "complaints";

	/** Unique indexes that must skip the empty slots (which have neither field). */
	static final List<String> SPARSE_UNIQUE = List.of("receipt", "agency_case");

	private final MongoTemplate mongo;

	private final SlotPool slots;

	ComplaintStore(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.slots = new SlotPool(mongo, COLLECTION, clock);
	}

	/**
	 * Before the indexes are created: the unique indexes made before slots were not sparse, and a
	 * second empty slot would collide with the first on their missing fields; they are dropped here and
	 * created again sparse. Then complaints stored one insert each are put in a random order.
	 */
	void prepareIndexes() {
		IndexOperations ops = mongo.indexOps(COLLECTION);
		for (IndexInfo index : ops.getIndexInfo()) {
			if (SPARSE_UNIQUE.contains(index.getName()) && !index.isSparse()) {
				ops.dropIndex(index.getName());
			}
		}
	}

	void convert() {
		slots.createIndex();
		new SlotLayoutConversion(mongo).convert(COLLECTION);
	}

	/** A free slot for a filing about to be written; give it back with {@link #release} if unused. */
	String claim() {
		return slots.claim();
	}

	void release(String id) {
		slots.release(id);
	}

	/** Whether a complaint is stored under this id (else: a claimed, free or missing slot). */
	boolean filed(String id) {
		return SlotPool.FILLED.equals(slots.state(id));
	}

	boolean claimed(String id) {
		return SlotPool.CLAIMED.equals(slots.state(id));
	}

	/** Writes the complaint into its claimed slot; false if the slot is not claimed (any more). */
	boolean fill(Complaint complaint) {
		Document content = new Document();
		mongo.getConverter().write(complaint, content);
		return slots.fillClaimed(complaint.id(), content);
	}
}
