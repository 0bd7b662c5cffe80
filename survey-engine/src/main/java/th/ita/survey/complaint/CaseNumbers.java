package th.ita.survey.complaint;

import java.security.SecureRandom;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Draws case numbers at random ({@code C2570-483920}), not in sequence: a sequence orders the
 * complaints of a day among themselves, which is finer than the day the complaint keeps. A number
 * already used by the agency that year is drawn again; two filings drawing the same number at the
 * same moment (about one in a million) are stopped by the unique index, and the interrupted filing
 * is finished with a new draw.
 */
public class CaseNumbers {

	static final int LOWEST = 100_000;

	static final int SPAN = 900_000;

	private final SecureRandom random = new SecureRandom();

	private final MongoTemplate mongo;

	public CaseNumbers(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public CaseNumber next(String agency, int fiscalYear) {
		for (int attempt = 0; attempt < 100; attempt++) {
			CaseNumber number = new CaseNumber(fiscalYear, LOWEST + random.nextInt(SPAN));
			// by agency and case number: the keys of the unique index, so the embedded server uses it
			Query used = Query.query(Criteria.where("agency").is(agency).and("caseNumber").is(number.toString()));
			if (mongo.findOne(used, org.bson.Document.class, "complaints") == null) {
				return number;
			}
		}
		throw new IllegalStateException("no free case number for " + agency + " " + fiscalYear);
	}
}
