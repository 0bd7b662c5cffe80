package th.ita.survey.response;

import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import th.ita.scoring.Form;
import th.ita.scoring.Item;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tally;
import th.ita.scoring.Tool;
import th.ita.survey.conversation.Answer;

/**
 * Live per-option answer counters: one document per agency, fiscal year and tool, updated with one
 * atomic {@code $inc} per submitted response, so live scores read one small document whatever the
 * number of respondents. The last response ids applied are kept ({@code recent}, bounded) and the
 * update only matches when the id is not among them, so applying a response twice (a retried
 * submit, the startup sweep after a crash) changes nothing.
 */
public class TallyStore {

	static final String COLLECTION = "tallies";

	/** How many applied response ids each counter remembers; far above the submits in flight at a crash. */
	static final int RECENT = 1000;

	private final MongoTemplate mongo;

	private final Scheme scheme;

	public TallyStore(MongoTemplate mongo, Scheme scheme) {
		this.mongo = mongo;
		this.scheme = scheme;
	}

	static String id(String agency, int fiscalYear, Tool tool) {
		return agency + ":" + fiscalYear + ":" + tool;
	}

	/** Mongo field names may not hold dots: i3.2 is stored as i3_2. */
	static String field(String itemId) {
		return itemId.replace('.', '_');
	}

	/** Adds a response to its counters once; returns false when it had been applied before. */
	public boolean apply(SurveyResponse response) {
		Form form = scheme.form(response.tool());
		Update update = new Update().inc("n", 1)
			.setOnInsert("agency", response.agency())
			.setOnInsert("fiscalYear", response.fiscalYear())
			.setOnInsert("tool", response.tool().name());
		for (Answer a : response.answers()) {
			Item item = form.item(a.item()).orElseThrow(() -> new IllegalArgumentException("unknown item " + a.item()));
			int option = item.scale().indexOf(a.value());
			if (option < 0) {
				throw new IllegalArgumentException("answer out of range for " + a.item());
			}
			update.inc("counts." + field(item.id()) + ".o" + option, 1);
		}
		update.push("recent").slice(-RECENT).each(response.id());
		Query query = Query.query(Criteria.where("_id")
			.is(id(response.agency(), response.fiscalYear(), response.tool()))
			.and("recent")
			.ne(response.id()));
		try {
			var result = mongo.upsert(query, update, COLLECTION);
			return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
		}
		catch (DuplicateKeyException alreadyApplied) {
			return false;
		}
	}

	/** The live tally of an agency's IIT and EIT counters for a fiscal year. */
	public Tally tally(String agency, int fiscalYear) {
		Tally tally = new Tally();
		for (Tool tool : List.of(Tool.IIT, Tool.EIT)) {
			Document doc = mongo.findById(id(agency, fiscalYear, tool), Document.class, COLLECTION);
			if (doc == null) {
				continue;
			}
			tally.addRespondents(tool, ((Number) doc.get("n")).longValue());
			Document counts = doc.get("counts", Document.class);
			if (counts == null) {
				continue;
			}
			for (Item item : scheme.form(tool).items()) {
				Document c = counts.get(field(item.id()), Document.class);
				if (c == null) {
					continue;
				}
				for (Map.Entry<String, Object> e : c.entrySet()) {
					int option = Integer.parseInt(e.getKey().substring(1));
					tally.add(item, option, ((Number) e.getValue()).longValue());
				}
			}
		}
		return tally;
	}

	/** Respondents counted so far for an agency's form. */
	public long respondents(String agency, int fiscalYear, Tool tool) {
		Document doc = mongo.findById(id(agency, fiscalYear, tool), Document.class, COLLECTION);
		return doc == null ? 0 : ((Number) doc.get("n")).longValue();
	}

	/** Recomputes the same tally from the raw responses: the consistency check of the counters. */
	public Tally recount(String agency, int fiscalYear) {
		Tally tally = new Tally();
		Query q = Query.query(Criteria.where("agency").is(agency).and("fiscalYear").is(fiscalYear).and("counted").is(true));
		// in batches: without a batch size the embedded server answers with one reply holding every
		// match, which fails past the driver's 48 MB message limit (about 35,000 responses)
		q.cursorBatchSize(1000);
		try (var stream = mongo.stream(q, SurveyResponse.class)) {
			stream.forEach(r -> {
				if (r.tool() == Tool.OIT) {
					return;
				}
				tally.addRespondents(r.tool(), 1);
				Form form = scheme.form(r.tool());
				for (Answer a : r.answers()) {
					// a malformed answer (not written by the chat) is left out here; the bot's db-check reports it
					form.item(a.item())
						.filter(item -> item.scale().indexOf(a.value()) >= 0)
						.ifPresent(item -> tally.add(item, item.scale().indexOf(a.value()), 1));
				}
			});
		}
		return tally;
	}
}
