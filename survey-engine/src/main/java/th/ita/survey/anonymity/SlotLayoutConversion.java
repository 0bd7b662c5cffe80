package th.ita.survey.anonymity;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Converts documents stored one insert each, before {@link SlotPool}s (they have no
 * {@value SlotPool#FIELD} field and lie in the order they came in): each is copied to a staging
 * collection, deleted, and all are put back in a random order with their ids unchanged (drafts,
 * complaints and photo links keep pointing at them) and marked {@value SlotPool#FILLED}. The copy is
 * made before anything is deleted and dropped only when all are back, so a crash half way is
 * finished by the next start; repeating it changes nothing. Their new order says only that they came
 * before the upgrade, which their day says anyway.
 * <p>
 * The storage engine may keep the deleted versions on disk until it rewrites them (see
 * docs/ANONYMITY.md): compact or copy the database after the upgrade.
 */
public final class SlotLayoutConversion {

	private static final Logger log = LoggerFactory.getLogger(SlotLayoutConversion.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MongoTemplate mongo;

	public SlotLayoutConversion(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Converts one collection; returns how many documents were put in a random order. */
	public int convert(String collection) {
		String staging = collection + ".reordering";
		// ids first, then one document at a time: photo chunks are large
		List<Object> old = ids(Query.query(Criteria.where(SlotPool.FIELD).exists(false)), collection);
		if (old.isEmpty() && !mongo.collectionExists(staging)) {
			return 0;
		}
		for (Object id : old) {
			Document doc = mongo.findById(id, Document.class, collection);
			if (doc != null && !doc.containsKey(SlotPool.FIELD)) {
				mongo.execute(staging, c -> c.replaceOne(new Document("_id", id), doc, new ReplaceOptions().upsert(true)));
				mongo.remove(Query.query(Criteria.where("_id").is(id).and(SlotPool.FIELD).exists(false)), collection);
			}
		}
		List<Object> staged = ids(new Query(), staging);
		Collections.shuffle(staged, RANDOM);
		for (Object id : staged) {
			Document doc = mongo.findById(id, Document.class, staging);
			doc.put(SlotPool.FIELD, SlotPool.FILLED);
			try {
				mongo.insert(doc, collection);
			}
			catch (DuplicateKeyException alreadyBack) {
				// put back by an earlier, interrupted run
			}
		}
		mongo.dropCollection(staging);
		if (!staged.isEmpty()) {
			log.info("Put {} documents of {} in a random order (storage slots)", staged.size(), collection);
		}
		return staged.size();
	}

	private List<Object> ids(Query query, String collection) {
		query.fields().include("_id");
		List<Object> ids = new ArrayList<>();
		for (Document d : mongo.find(query, Document.class, collection)) {
			ids.add(d.get("_id"));
		}
		return ids;
	}
}
