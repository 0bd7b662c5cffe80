package th.ita.survey.complaint;

import org.bson.Document;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Draws case numbers from one counter document per agency and fiscal year ({@code $inc}, atomic on
 * its own, so every instance draws distinct numbers). A number drawn for a filing that then fails
 * is skipped: there can be gaps, never duplicates.
 */
public class CaseNumbers {

	static final String COLLECTION = "complaint_counters";

	private final MongoTemplate mongo;

	public CaseNumbers(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public CaseNumber next(String agency, int fiscalYear) {
		Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(agency + ":" + fiscalYear)),
				new Update().inc("seq", 1).setOnInsert("agency", agency).setOnInsert("fiscalYear", fiscalYear),
				FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
		return new CaseNumber(fiscalYear, ((Number) counter.get("seq")).intValue());
	}
}
