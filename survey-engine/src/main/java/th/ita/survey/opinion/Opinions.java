package th.ita.survey.opinion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import th.ita.survey.anonymity.SlotLayoutConversion;
import th.ita.survey.anonymity.SlotPool;
import th.ita.survey.conversation.FiscalYear;

/**
 * Stores opinions, each in a random free {@link SlotPool} slot (so neither their natural order nor
 * their ids follow the order they came in), and lists them for an agency's staff, newest day first.
 */
public class Opinions {

	public static final String COLLECTION = "opinions";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final SlotPool slots;

	public Opinions(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
		this.slots = new SlotPool(mongo, COLLECTION, clock);
	}

	/** The slot index; opinions stored one insert each before slots are put in a random order. */
	public void prepareStorage() {
		slots.createIndex();
		new SlotLayoutConversion(mongo).convert(COLLECTION);
	}

	public Opinion submit(String agency, String topic, String text) {
		LocalDate today = LocalDate.now(clock);
		Opinion unplaced = new Opinion(null, agency, topic, text, today, FiscalYear.of(today));
		Document content = new Document();
		mongo.getConverter().write(unplaced, content);
		String id = slots.fill(content);
		return new Opinion(id, agency, topic, text, today, unplaced.fiscalYear());
	}

	/** The latest opinions of one agency, or of all when {@code agency} is null. */
	public List<Opinion> latest(String agency, int limit) {
		// by agency, or any agency: free slots have none
		Query q = Query.query(agency == null ? Criteria.where("agency").exists(true) : Criteria.where("agency").is(agency));
		// only the day is kept; within a day by the random id, which orders nothing
		q.with(Sort.by(Sort.Direction.DESC, "submittedOn").and(Sort.by("_id"))).limit(limit);
		return mongo.find(q, Opinion.class);
	}
}
