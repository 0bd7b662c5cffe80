package th.ita.survey.opinion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import th.ita.survey.conversation.FiscalYear;

/** Stores opinions (one insert each) and lists them for an agency's staff, newest first. */
public class Opinions {

	private final MongoTemplate mongo;

	private final Clock clock;

	public Opinions(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public Opinion submit(String agency, String topic, String text) {
		LocalDate today = LocalDate.now(clock);
		return mongo.insert(new Opinion(UUID.randomUUID().toString(), agency, topic, text, today, FiscalYear.of(today)));
	}

	/** The latest opinions of one agency, or of all when {@code agency} is null. */
	public List<Opinion> latest(String agency, int limit) {
		Query q = agency == null ? new Query() : Query.query(Criteria.where("agency").is(agency));
		// only the day is kept, so order within a day is not known (nor meant to be)
		q.with(Sort.by(Sort.Direction.DESC, "submittedOn")).limit(limit);
		return mongo.find(q, Opinion.class);
	}
}
