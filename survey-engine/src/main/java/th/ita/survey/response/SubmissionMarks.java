package th.ita.survey.response;

import java.util.List;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * "This person already submitted this form for this agency this fiscal year": a keyed hash of
 * userId + agency + form + year (see Pseudonyms), kept where its position says nothing. The marks
 * of a year live in {@value #PREFIXES} bucket documents created all at once, one per first
 * character of the hash, each an array kept sorted by value: a mark sits where its hash puts it,
 * not where its arrival did, so it cannot be paired with the n-th answer sheet.
 */
public class SubmissionMarks {

	static final String COLLECTION = "submission_marks";

	/** The base64url alphabet: the first character of a mark picks its bucket. */
	static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

	static final int PREFIXES = ALPHABET.length();

	private final MongoTemplate mongo;

	public SubmissionMarks(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public void createIndexes() {
		mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("_id", Sort.Direction.ASC).on("v", Sort.Direction.ASC).unique().named("id_version"));
	}

	static String bucketId(int fiscalYear, String mark) {
		return fiscalYear + ":" + mark.charAt(0);
	}

	/**
	 * Looked up by id, not with a query on the array: the embedded server uses an index only when
	 * the query's keys equal the index's, and otherwise scans the collection.
	 */
	public boolean marked(String mark, int fiscalYear) {
		Document bucket = mongo.findById(bucketId(fiscalYear, mark), Document.class, COLLECTION);
		return bucket != null && holds(bucket, mark);
	}

	/** Adds the mark once; safe to repeat. */
	public void mark(String mark, int fiscalYear) {
		String id = bucketId(fiscalYear, mark);
		for (int attempt = 0;; attempt++) {
			Document bucket = mongo.findById(id, Document.class, COLLECTION);
			if (bucket == null) {
				create(fiscalYear);
				continue;
			}
			if (holds(bucket, mark)) {
				return;
			}
			Query sameVersion = Query.query(Criteria.where("_id").is(id).and("v").is(bucket.get("v")));
			Update add = new Update().inc("v", 1);
			add.push("keys").sort(Sort.Direction.ASC).each(mark);
			if (mongo.updateFirst(sameVersion, add, COLLECTION).getModifiedCount() == 1) {
				return;
			}
			if (attempt > 100) {
				throw new IllegalStateException("mark bucket " + id + " kept changing");
			}
		}
	}

	/** Marks stored for a year (the database check compares them with the answer sheets). */
	public long count(int fiscalYear) {
		long n = 0;
		for (Document bucket : mongo.find(Query.query(Criteria.where("fiscalYear").is(fiscalYear)), Document.class,
				COLLECTION)) {
			List<?> keys = bucket.get("keys", List.class);
			n += keys == null ? 0 : keys.size();
		}
		return n;
	}

	private static boolean holds(Document bucket, String mark) {
		List<?> keys = bucket.get("keys", List.class);
		return keys != null && keys.contains(mark);
	}

	private void create(int fiscalYear) {
		for (char c : ALPHABET.toCharArray()) {
			Update init = new Update().setOnInsert("fiscalYear", fiscalYear).setOnInsert("v", 0).setOnInsert("keys", List.of());
			try {
				mongo.upsert(Query.query(Criteria.where("_id").is(fiscalYear + ":" + c)), init, COLLECTION);
			}
			catch (DuplicateKeyException raced) {
				// created by another instance a moment ago
			}
		}
	}
}
