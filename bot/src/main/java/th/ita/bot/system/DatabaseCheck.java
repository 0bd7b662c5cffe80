package th.ita.bot.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.scoring.Form;
import th.ita.scoring.Item;
import th.ita.scoring.Instruments;
import th.ita.scoring.Tally;
import th.ita.scoring.Tool;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.response.TallyStore;

/**
 * Checks what the bot stored against itself: every response well formed, the live counters equal
 * to a recount from the raw responses, optionally equal to what a load generator says it answered,
 * and no document anywhere holding a forbidden string (the benchmark's LINE userIds). Used by the
 * benchmark after each run ({@code db-check}), readable by anyone who suspects the counters.
 */
public class DatabaseCheck {

	/** Documents per reply: a whole collection in one reply can pass the driver's 48 MB limit. */
	private static final int BATCH = 1000;

	/** A bucket of answer sheets (see ResponseBuckets) and one sheet in it. */
	static final Set<String> BUCKET_FIELDS = Set.of("_id", "tool", "agency", "fiscalYear", "v", "n", "counts", "days",
			"sheets");

	static final Set<String> RESPONSE_FIELDS = Set.of("k", "on", "answers");

	static final Set<String> ANSWER_FIELDS = Set.of("item", "value");

	private final MongoTemplate mongo;

	private final Instruments instruments;

	private final TallyStore tallies;

	private final AgencyDirectory agencies;

	/** Each sheet is checked against the instrument of its bucket's fiscal year. */
	public DatabaseCheck(MongoTemplate mongo, TallyStore tallies, AgencyDirectory agencies) {
		this.mongo = mongo;
		this.instruments = tallies.instruments();
		this.tallies = tallies;
		this.agencies = agencies;
	}

	/** Counts of one form of one agency: stored responses, the counter's n and the recount's n. */
	public record FormCounts(String agency, Tool tool, long stored, long counted, long counterN, long recountN,
			boolean countsEqual) {
	}

	/** The outcome: figures to print and the problems found (none means the database is consistent). */
	public record Report(int fiscalYear, List<FormCounts> forms, long responses, long submissionMarks,
			Map<String, Long> sessionsByPhase, long handledEvents, List<String> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}
	}

	/**
	 * @param expected per "TOOL item option-index" the number of answers a generator gave, and per
	 * "TOOL n" the respondents; empty to skip that comparison
	 */
	public Report check(List<String> agencyCodes, int fiscalYear, Map<String, Long> expected, List<String> forbidden) {
		List<String> problems = new ArrayList<>();
		Set<String> knownAgencies = new HashSet<>();
		agencies.all().forEach(a -> knownAgencies.add(a.code()));
		long responses = 0;
		Map<String, Long> storedByForm = new HashMap<>();
		for (Document bucket : mongo.getCollection("responses").find().batchSize(BATCH)) {
			String bad = bucketViolation(bucket, knownAgencies);
			if (bad != null) {
				problems.add("response bucket " + bucket.get("_id") + ": " + bad);
				continue;
			}
			Tool tool = Tool.parse(bucket.getString("tool"));
			for (Object o : bucket.getList("sheets", Object.class)) {
				responses++;
				storedByForm.merge(bucket.get("agency") + ":" + bucket.get("fiscalYear") + ":" + tool, 1L, Long::sum);
				String why = o instanceof Document sheet ? schemaViolation(sheet, tool, bucket.getInteger("fiscalYear"))
						: "sheet is not a document";
				if (why != null && problems.size() < 50) {
					problems.add("response " + (o instanceof Document sheet ? sheet.get("k") : o) + ": " + why);
				}
			}
		}
		List<FormCounts> forms = new ArrayList<>();
		Map<String, Long> actual = new TreeMap<>();
		for (String agency : agencyCodes) {
			Tally live = tallies.counters(agency, fiscalYear);
			Tally recount = tallies.recount(agency, fiscalYear);
			for (Tool tool : List.of(Tool.EIT, Tool.IIT)) {
				// a sheet is counted in the update that stores it: stored and counted are one figure now
				long stored = storedByForm.getOrDefault(agency + ":" + fiscalYear + ":" + tool, 0L);
				long counted = stored;
				boolean equal = live.respondents(tool) == recount.respondents(tool);
				for (Item item : instruments.forYear(fiscalYear).form(tool).items()) {
					long[] l = live.counts(item);
					long[] r = recount.counts(item);
					equal &= Arrays.equals(l, r);
					for (int o = 0; o < l.length; o++) {
						actual.merge(tool + " " + item.id() + " " + o, l[o], Long::sum);
					}
				}
				actual.merge(tool + " n", live.respondents(tool), Long::sum);
				forms.add(new FormCounts(agency, tool, stored, counted, live.respondents(tool), recount.respondents(tool), equal));
				if (!equal) {
					problems.add(agency + " " + tool + ": counters differ from the recount of the responses");
				}
				if (stored != live.respondents(tool)) {
					problems.add(agency + " " + tool + ": " + stored + " stored responses but counter n = " + live.respondents(tool));
				}
			}
		}
		if (!expected.isEmpty()) {
			Set<String> keys = new HashSet<>(expected.keySet());
			keys.addAll(actual.keySet());
			int differences = 0;
			for (String key : keys.stream().sorted().toList()) {
				long want = expected.getOrDefault(key, 0L);
				long got = actual.getOrDefault(key, 0L);
				if (want != got && differences++ < 20) {
					problems.add("expected " + key + " = " + want + ", counters hold " + got);
				}
			}
		}
		for (String text : forbidden) {
			for (String collection : mongo.getCollectionNames()) {
				for (Document doc : mongo.getCollection(collection).find().batchSize(BATCH)) {
					if (doc.toJson().contains(text)) {
						problems.add("collection " + collection + " holds \"" + text + "\"");
						break;
					}
				}
			}
		}
		Map<String, Long> phases = new TreeMap<>();
		for (Document s : mongo.getCollection("survey_sessions").find().batchSize(BATCH)) {
			phases.merge(String.valueOf(s.get("phase")), 1L, Long::sum);
		}
		long marks = 0;
		for (Document bucket : mongo.getCollection("submission_marks").find().batchSize(BATCH)) {
			List<?> keys = bucket.getList("keys", Object.class);
			marks += keys == null ? 1 : keys.size(); // a mark of the old layout is a document of its own
		}
		if (marks != responses) {
			problems.add(marks + " \"already answered\" marks but " + responses + " responses");
		}
		// handled webhook events keep their id only: nothing about the person after handling
		long personal = mongo.getCollection("inbox")
			.countDocuments(new Document("state", new Document("$in", List.of("DONE", "SET_ASIDE")))
				.append("$or", List.of(new Document("userId", new Document("$exists", true)),
						new Document("text", new Document("$exists", true)))));
		if (personal > 0) {
			problems.add(personal + " handled inbox entries still hold a userId or text");
		}
		return new Report(fiscalYear, forms, responses, marks, phases,
				mongo.getCollection("inbox").countDocuments(new Document("state", "DONE")), problems);
	}

	/** Why a bucket of answer sheets is not one the bot could have written, or null when it is fine. */
	String bucketViolation(Document doc, Set<String> knownAgencies) {
		Set<String> extra = new HashSet<>(doc.keySet());
		extra.removeAll(BUCKET_FIELDS);
		if (!extra.isEmpty()) {
			return "unexpected fields " + extra;
		}
		try {
			if (Tool.parse(String.valueOf(doc.get("tool"))) == Tool.OIT) {
				return "OIT is not a survey";
			}
		}
		catch (IllegalArgumentException ex) {
			return "unknown form " + doc.get("tool");
		}
		if (!knownAgencies.contains(String.valueOf(doc.get("agency")))) {
			return "unknown agency " + doc.get("agency");
		}
		if (!(doc.get("fiscalYear") instanceof Integer year) || year < 2500 || year > 2700) {
			return "fiscal year " + doc.get("fiscalYear");
		}
		if (!(doc.get("sheets") instanceof List<?>)) {
			return "no sheets";
		}
		return null;
	}

	/** Why a stored answer sheet is not one the bot could have written, or null when it is fine. */
	String schemaViolation(Document doc, Tool tool, int fiscalYear) {
		Set<String> extra = new HashSet<>(doc.keySet());
		extra.removeAll(RESPONSE_FIELDS);
		if (!extra.isEmpty()) {
			return "unexpected fields " + extra;
		}
		if (!(doc.get("k") instanceof String id) || !id.matches("[0-9a-f]{32}|[0-9a-f-]{36}")) {
			return "key is not a random string";
		}
		if (!(doc.get("on") instanceof String day) || !day.matches("\\d{4}-\\d{2}-\\d{2}")) {
			return "no submission date";
		}
		if (!(doc.get("answers") instanceof List<?> answers)) {
			return "no answers";
		}
		Form form = instruments.forYear(fiscalYear).form(tool);
		Set<String> seen = new HashSet<>();
		for (Object o : answers) {
			if (!(o instanceof Document a) || !ANSWER_FIELDS.equals(a.keySet())) {
				return "answer not {item, value}: " + o;
			}
			Item item = form.item(String.valueOf(a.get("item"))).orElse(null);
			if (item == null) {
				return "item " + a.get("item") + " is not in the " + tool;
			}
			if (!(a.get("value") instanceof String value) || item.scale().indexOf(value) < 0) {
				return "value " + a.get("value") + " is not an option of " + item.id();
			}
			if (!seen.add(item.id())) {
				return "item " + item.id() + " answered twice";
			}
		}
		if (seen.size() != form.items().size()) {
			// the chat asks every item before the summary: a partial response did not come from it
			return "answers " + seen.size() + " of " + form.items().size() + " items";
		}
		return null;
	}

	/** Reads an expected-answers file: lines "TOOL item option-index count" and "TOOL n count". */
	public static Map<String, Long> readExpected(Path file) {
		Map<String, Long> expected = new LinkedHashMap<>();
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String[] p = line.trim().split("\\s+");
				if (p.length < 3 || line.startsWith("#")) {
					continue;
				}
				String key = String.join(" ", Arrays.copyOf(p, p.length - 1));
				expected.merge(key, Long.parseLong(p[p.length - 1]), Long::sum);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return expected;
	}
}
