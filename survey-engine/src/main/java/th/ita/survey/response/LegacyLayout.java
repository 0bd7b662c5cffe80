package th.ita.survey.response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import th.ita.scoring.Tool;
import th.ita.survey.conversation.Answer;

/**
 * Converts the layout before anonymity buckets: one document per response (in arrival order, with
 * a "counted" flag), one document per "already answered" mark, and a counter document holding a
 * list of recent response ids. Each old document is moved into its bucket (idempotent) and then
 * deleted, so a crash half way is finished by the next start; the old counters are dropped once no
 * old response is left, since the buckets count their sheets themselves.
 */
class LegacyLayout {

	private static final Logger log = LoggerFactory.getLogger(LegacyLayout.class);

	private static final int BATCH = 500;

	private final MongoTemplate mongo;

	private final TallyStore tallies;

	LegacyLayout(MongoTemplate mongo, TallyStore tallies) {
		this.mongo = mongo;
		this.tallies = tallies;
	}

	int convert() {
		int moved = 0;
		int left = 0;
		// old responses carry a "counted" flag, buckets do not: looked up by that indexed field (an
		// equality, which the embedded server answers from the index) rather than by scanning every
		// bucket at each start; in batches, each converted document being deleted
		for (boolean counted : new boolean[] { true, false }) {
			Query old = Query.query(Criteria.where("counted").is(counted)).limit(BATCH);
			for (int skip = 0;; ) {
				List<Document> batch = mongo.find(old.skip(skip), Document.class, ResponseBuckets.COLLECTION);
				if (batch.isEmpty()) {
					break;
				}
				for (Document doc : batch) {
					try {
						tallies.apply(response(doc));
					}
					catch (RuntimeException malformed) {
						log.warn("An old-layout response could not be converted and was left in place: {}",
								malformed.getMessage());
						skip++;
						left++;
						continue;
					}
					mongo.remove(Query.query(Criteria.where("_id").is(doc.get("_id"))), ResponseBuckets.COLLECTION);
					moved++;
				}
			}
		}
		if (mongo.collectionExists("tallies") && left == 0) {
			mongo.dropCollection("tallies");
		}
		SubmissionMarks marks = new SubmissionMarks(mongo);
		Query oldMarks = Query.query(Criteria.where("keys").exists(false));
		for (Document doc : mongo.find(oldMarks, Document.class, SubmissionMarks.COLLECTION)) {
			marks.mark(doc.getString("_id"), doc.getInteger("fiscalYear"));
			mongo.remove(Query.query(Criteria.where("_id").is(doc.get("_id"))), SubmissionMarks.COLLECTION);
		}
		if (moved > 0) {
			log.info("Converted {} responses to the anonymity buckets", moved);
		}
		return moved;
	}

	private SurveyResponse response(Document doc) {
		List<Answer> answers = new ArrayList<>();
		for (Object o : doc.get("answers", List.class)) {
			Document a = (Document) o;
			answers.add(new Answer(a.getString("item"), a.getString("value")));
		}
		Object day = doc.get("submittedOn");
		LocalDate on = day == null ? null : mongo.getConverter().getConversionService().convert(day, LocalDate.class);
		return new SurveyResponse(String.valueOf(doc.get("_id")), Tool.valueOf(doc.getString("tool")), doc.getString("agency"),
				doc.getInteger("fiscalYear"), answers, on, true);
	}
}
