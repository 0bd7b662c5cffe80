package th.ita.survey.response;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The figures everyone reads: a snapshot of a form's counters, one document per agency, form and
 * year, moved on only when at least {@code step} new respondents came in since the last snapshot.
 * Two published states therefore differ by {@code step} or more people, and nobody can subtract one
 * from the next to read one person's sheet. The snapshot also keeps the per-day respondents, so
 * that chart moves in the same steps.
 * <p>
 * {@code seen} is a cheap hint, raised after each stored sheet, that tells a reader when the exact
 * (and dearer) sum over the buckets is worth doing; a crash between the sheet and the hint only
 * delays publishing until the startup sweep.
 */
class PublishedTallies {

	static final String COLLECTION = "published_tallies";

	private final MongoTemplate mongo;

	private final ResponseBuckets buckets;

	private final int step;

	PublishedTallies(MongoTemplate mongo, ResponseBuckets buckets, int step) {
		if (step < 1) {
			throw new IllegalArgumentException("ita.scores.publish-step must be at least 1");
		}
		this.mongo = mongo;
		this.buckets = buckets;
		this.step = step;
	}

	int step() {
		return step;
	}

	void seen(FormKey form) {
		mongo.upsert(Query.query(Criteria.where("_id").is(form.toString())), new Update().inc("seen", 1)
			.setOnInsert("agency", form.agency())
			.setOnInsert("fiscalYear", form.fiscalYear())
			.setOnInsert("tool", form.tool().name()), COLLECTION);
	}

	/** The published counts of a form, moved on first if enough new respondents are waiting. */
	ResponseBuckets.Counts read(FormKey form) {
		Document doc = mongo.findById(form.toString(), Document.class, COLLECTION);
		if (doc != null && number(doc, "seen") - number(doc, "n") >= step) {
			doc = publish(form, doc);
		}
		long published = number(doc, "n");
		if (doc == null || doc.get("counts") == null) {
			return new ResponseBuckets.Counts(published, new Document(), new Document());
		}
		return new ResponseBuckets.Counts(published, doc.get("counts", Document.class), doc.get("days", Document.class));
	}

	/**
	 * Publishes the exact sum if it is {@code step} or more above the published state (or below it:
	 * sheets removed by hand); the update is conditional on the state read, so two readers cannot
	 * both publish.
	 */
	Document publish(FormKey form, Document doc) {
		ResponseBuckets.Counts live = buckets.counters(form);
		long published = number(doc, "n");
		Query unchanged = Query.query(Criteria.where("_id").is(form.toString()).and("n").is(doc == null ? null : doc.get("n")));
		// the hint is set to the exact count either way, so that readers stop summing the buckets
		// until enough new sheets have come in (a submit between the sum and this write leaves it one
		// short at worst: published one respondent later, or at the next sweep)
		Update update = new Update().set("seen", live.n());
		if (live.n() - published >= step || live.n() < published) {
			update.set("n", live.n()).set("counts", live.counts()).set("days", live.days());
		}
		update.setOnInsert("agency", form.agency()).setOnInsert("fiscalYear", form.fiscalYear())
			.setOnInsert("tool", form.tool().name());
		try {
			mongo.upsert(unchanged, update, COLLECTION);
		}
		catch (DuplicateKeyException raced) {
			// another reader published this very moment
		}
		return mongo.findById(form.toString(), Document.class, COLLECTION);
	}

	/** Published respondents per day (ISO date → n). */
	Map<LocalDate, Long> days(FormKey form) {
		Map<LocalDate, Long> out = new TreeMap<>();
		read(form).days().forEach((day, n) -> out.put(LocalDate.parse(day), ((Number) n).longValue()));
		return out;
	}

	private static long number(Document doc, String field) {
		Object v = doc == null ? null : doc.get(field);
		return v instanceof Number n ? n.longValue() : 0;
	}
}
