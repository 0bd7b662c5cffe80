package th.ita.survey.response;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import th.ita.scoring.Form;
import th.ita.scoring.Instruments;
import th.ita.scoring.Item;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tally;
import th.ita.scoring.Tool;
import th.ita.survey.conversation.Answer;

/**
 * Answer sheets, stored so that nothing in the database orders them. Each agency's form and year
 * has {@value #BUCKETS} bucket documents, all created at once; a sheet goes into the bucket its
 * random key points to, and each bucket keeps its sheets sorted by that key ({@code $push} with
 * {@code $sort}). Natural order, ids and positions therefore follow random keys, not arrival. A
 * sheet keeps the day only.
 * <p>
 * The bucket also holds the per-option counters of its sheets, changed in the same single-document
 * update that adds the sheet: stored and counted happen together or not at all, so no "counted"
 * flag and no list of recently applied ids is needed. The update is guarded by the bucket's version
 * ({@code v}), read together with the check that the key is not there yet: a retried submit finds
 * its key and changes nothing.
 */
public class ResponseBuckets {

	static final String COLLECTION = "responses";

	/** Buckets per agency, form and year; a bucket of 16 MB holds several thousand IIT sheets. */
	static final int BUCKETS = 64;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MongoTemplate mongo;

	private final Instruments instruments;

	/** Each sheet is counted on the instrument of its fiscal year. */
	public ResponseBuckets(MongoTemplate mongo, Instruments instruments) {
		this.mongo = mongo;
		this.instruments = instruments;
	}

	/** A new sheet key: 128 random bits, nothing taken from the clock. */
	public static String newKey() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/** Lets the embedded server find a bucket by {_id, v} through an index instead of a scan. */
	public void createIndexes() {
		mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("_id", Sort.Direction.ASC).on("v", Sort.Direction.ASC).unique().named("id_version"));
		mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("agency", Sort.Direction.ASC).on("fiscalYear", Sort.Direction.ASC)
				.on("tool", Sort.Direction.ASC).named("agency_year_tool"));
		// only documents of the old layout have it (LegacyLayout finds them by it)
		mongo.indexOps(COLLECTION).createIndex(new Index("counted", Sort.Direction.ASC).named("counted"));
	}

	static String bucketId(FormKey form, String key) {
		int b = Math.floorMod(key.hashCode(), BUCKETS);
		return form + ":" + String.format("%02d", b);
	}

	/** Stores the sheet and adds it to its bucket's counters, once; false when it was there already. */
	public boolean store(SurveyResponse r) {
		FormKey form = new FormKey(r.agency(), r.fiscalYear(), r.tool());
		Update update = counting(r);
		update.push("sheets")
			.sort(Sort.by("k"))
			.each(new Document("k", r.id()).append("on", r.submittedOn().toString()).append("answers", answers(r)));
		update.inc("v", 1);
		String id = bucketId(form, r.id());
		for (int attempt = 0;; attempt++) {
			Document bucket = mongo.findById(id, Document.class, COLLECTION);
			if (bucket == null) {
				create(form);
				continue;
			}
			if (holds(bucket, r.id())) {
				return false;
			}
			Query sameVersion = Query.query(Criteria.where("_id").is(id).and("v").is(bucket.get("v")));
			if (mongo.updateFirst(sameVersion, update, COLLECTION).getModifiedCount() == 1) {
				return true;
			}
			if (attempt > 100) {
				throw new IllegalStateException("bucket " + id + " kept changing");
			}
		}
	}

	private Update counting(SurveyResponse r) {
		Form form = instruments.forYear(r.fiscalYear()).form(r.tool());
		Update update = new Update().inc("n", 1).inc("days." + r.submittedOn(), 1);
		for (Answer a : r.answers()) {
			Item item = form.item(a.item()).orElseThrow(() -> new IllegalArgumentException("unknown item " + a.item()));
			int option = item.scale().indexOf(a.value());
			if (option < 0) {
				throw new IllegalArgumentException("answer out of range for " + a.item());
			}
			update.inc("counts." + field(item.id()) + ".o" + option, 1);
		}
		return update;
	}

	private static List<Document> answers(SurveyResponse r) {
		List<Document> out = new ArrayList<>();
		for (Answer a : r.answers()) {
			out.add(new Document("item", a.item()).append("value", a.value()));
		}
		return out;
	}

	private static boolean holds(Document bucket, String key) {
		List<?> sheets = bucket.get("sheets", List.class);
		return sheets != null && sheets.stream().anyMatch(s -> key.equals(((Document) s).getString("k")));
	}

	/** All buckets of a form at once, so their order tells nothing; safe to repeat and to race. */
	void create(FormKey form) {
		for (int b = 0; b < BUCKETS; b++) {
			Update init = new Update().setOnInsert("agency", form.agency())
				.setOnInsert("fiscalYear", form.fiscalYear())
				.setOnInsert("tool", form.tool().name())
				.setOnInsert("v", 0)
				.setOnInsert("n", 0)
				.setOnInsert("sheets", List.of());
			try {
				mongo.upsert(Query.query(Criteria.where("_id").is(form + ":" + String.format("%02d", b))), init, COLLECTION);
			}
			catch (DuplicateKeyException raced) {
				// another instance created it a moment ago
			}
		}
	}

	/** Mongo field names may not hold dots: i3.2 is stored as i3_2. */
	static String field(String itemId) {
		return itemId.replace('.', '_');
	}

	/** The form's counters summed over its buckets (sheets left on the server). */
	public Counts counters(FormKey form) {
		Query q = byForm(form);
		q.fields().exclude("sheets");
		Counts total = new Counts(0, new Document(), new Document());
		for (Document bucket : mongo.find(q, Document.class, COLLECTION)) {
			total = total.plus(bucket);
		}
		return total;
	}

	/** Every stored sheet of a form, bucket by bucket. */
	public void sheets(FormKey form, Consumer<SurveyResponse> each) {
		Query q = byForm(form);
		q.cursorBatchSize(4); // buckets are large: a few per reply
		try (var stream = mongo.stream(q, Document.class, COLLECTION)) {
			stream.forEach(bucket -> {
				List<?> stored = bucket.get("sheets", List.class);
				for (Object o : stored == null ? List.of() : stored) {
					Document s = (Document) o;
					List<Answer> answers = new ArrayList<>();
					for (Object a : s.get("answers", List.class)) {
						answers.add(new Answer(((Document) a).getString("item"), ((Document) a).getString("value")));
					}
					each.accept(new SurveyResponse(s.getString("k"), form.tool(), form.agency(), form.fiscalYear(), answers,
							LocalDate.parse(s.getString("on")), true));
				}
			});
		}
	}

	private static Query byForm(FormKey form) {
		return Query.query(Criteria.where("agency").is(form.agency()).and("fiscalYear").is(form.fiscalYear())
			.and("tool").is(form.tool().name()));
	}

	/** Respondents, per-option counts ({@code counts.item.oN}) and respondents per day of a form. */
	public record Counts(long n, Document counts, Document days) {

		Counts plus(Document bucket) {
			Document c = new Document(counts);
			Document bc = bucket.get("counts", Document.class);
			if (bc != null) {
				for (Map.Entry<String, Object> item : bc.entrySet()) {
					Document sum = new Document(c.get(item.getKey(), new Document()));
					for (Map.Entry<String, Object> o : ((Document) item.getValue()).entrySet()) {
						sum.put(o.getKey(), ((Number) sum.getOrDefault(o.getKey(), 0L)).longValue()
								+ ((Number) o.getValue()).longValue());
					}
					c.put(item.getKey(), sum);
				}
			}
			Document d = new Document(days);
			Document bd = bucket.get("days", Document.class);
			if (bd != null) {
				bd.forEach((day, k) -> d.put(day, ((Number) d.getOrDefault(day, 0L)).longValue() + ((Number) k).longValue()));
			}
			Number bn = bucket.get("n", Number.class);
			return new Counts(n + (bn == null ? 0 : bn.longValue()), c, d);
		}

		/** Adds these counts to a tally for {@code tool}. */
		void addTo(Tally tally, Scheme scheme, Tool tool) {
			tally.addRespondents(tool, n);
			for (Item item : scheme.form(tool).items()) {
				Document c = counts.get(field(item.id()), Document.class);
				if (c == null) {
					continue;
				}
				for (Map.Entry<String, Object> e : c.entrySet()) {
					tally.add(item, Integer.parseInt(e.getKey().substring(1)), ((Number) e.getValue()).longValue());
				}
			}
		}
	}
}
