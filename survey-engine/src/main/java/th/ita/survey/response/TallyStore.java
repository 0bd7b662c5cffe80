package th.ita.survey.response;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import th.ita.scoring.Instruments;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tally;
import th.ita.scoring.Tool;

/**
 * Answer sheets and their counters ({@link ResponseBuckets}) and the published figures
 * ({@link PublishedTallies}). Everything that shows figures reads {@link #tally}: the published
 * snapshot, never the live counters, so figures move only in steps of {@code publishStep}
 * respondents. {@link #counters} and {@link #recount} are the live sums, for the consistency check.
 */
public class TallyStore {

	/** The default publishing step: the default minimum of respondents before a form is shown. */
	public static final int DEFAULT_STEP = 5;

	private final MongoTemplate mongo;

	private final Instruments instruments;

	private final ResponseBuckets buckets;

	private final PublishedTallies published;

	/** One instrument for every year (tests). */
	public TallyStore(MongoTemplate mongo, Scheme scheme) {
		this(mongo, Instruments.of(scheme), DEFAULT_STEP);
	}

	/** One instrument for every year (tests). */
	public TallyStore(MongoTemplate mongo, Scheme scheme, int publishStep) {
		this(mongo, Instruments.of(scheme), publishStep);
	}

	/** Sheets, counters and published figures of each fiscal year follow that year's instrument. */
	public TallyStore(MongoTemplate mongo, Instruments instruments, int publishStep) {
		this.mongo = mongo;
		this.instruments = instruments;
		this.buckets = new ResponseBuckets(mongo, instruments);
		this.published = new PublishedTallies(mongo, buckets, publishStep);
	}

	public Instruments instruments() {
		return instruments;
	}

	public int publishStep() {
		return published.step();
	}

	/** Stores a response's sheet and counts it, once; false when it had been stored before. */
	public boolean apply(SurveyResponse response) {
		if (response.tool() == Tool.OIT) {
			throw new IllegalArgumentException("OIT is judged by staff, not answered");
		}
		boolean added = buckets.store(response);
		if (added) {
			published.seen(new FormKey(response.agency(), response.fiscalYear(), response.tool()));
		}
		return added;
	}

	/** The published tally of an agency's IIT and EIT for a fiscal year: what every figure shows. */
	public Tally tally(String agency, int fiscalYear) {
		Tally tally = new Tally();
		for (Tool tool : List.of(Tool.IIT, Tool.EIT)) {
			published.read(new FormKey(agency, fiscalYear, tool)).addTo(tally, instruments.forYear(fiscalYear), tool);
		}
		return tally;
	}

	/** Published respondents of an agency's form. */
	public long respondents(String agency, int fiscalYear, Tool tool) {
		return published.read(new FormKey(agency, fiscalYear, tool)).n();
	}

	/** Published respondents per day of an agency's form (moves in the same steps as the figures). */
	public Map<LocalDate, Long> days(String agency, int fiscalYear, Tool tool) {
		return published.days(new FormKey(agency, fiscalYear, tool));
	}

	/** The live counters summed over the buckets (not for display: they move with every respondent). */
	public Tally counters(String agency, int fiscalYear) {
		Tally tally = new Tally();
		for (Tool tool : List.of(Tool.IIT, Tool.EIT)) {
			buckets.counters(new FormKey(agency, fiscalYear, tool)).addTo(tally, instruments.forYear(fiscalYear), tool);
		}
		return tally;
	}

	/** Recomputes the live counters from the stored sheets: the consistency check of {@link #counters}. */
	public Tally recount(String agency, int fiscalYear) {
		Tally tally = new Tally();
		for (Tool tool : List.of(Tool.IIT, Tool.EIT)) {
			buckets.sheets(new FormKey(agency, fiscalYear, tool), r -> {
				tally.addRespondents(tool, 1);
				var form = instruments.forYear(fiscalYear).form(tool);
				// a malformed answer (not written by the chat) is left out here; the bot's db-check reports it
				r.answers().forEach(a -> form.item(a.item())
					.filter(item -> item.scale().indexOf(a.value()) >= 0)
					.ifPresent(item -> tally.add(item, item.scale().indexOf(a.value()), 1)));
			});
		}
		return tally;
	}

	/** Every stored sheet of a form (the database check reads them). */
	public void sheets(String agency, int fiscalYear, Tool tool, java.util.function.Consumer<SurveyResponse> each) {
		buckets.sheets(new FormKey(agency, fiscalYear, tool), each);
	}

	/**
	 * Startup work: indexes, the old one-document-per-response layout converted, and every published
	 * state checked against the exact counts (a crash can leave the "seen" hint one short).
	 */
	public int prepare() {
		buckets.createIndexes();
		new SubmissionMarks(mongo).createIndexes();
		int converted = new LegacyLayout(mongo, this).convert();
		for (Document doc : mongo.find(new Query(), Document.class, PublishedTallies.COLLECTION)) {
			FormKey form = new FormKey(doc.getString("agency"), doc.getInteger("fiscalYear"), Tool.valueOf(doc.getString("tool")));
			published.publish(form, doc);
		}
		return converted;
	}
}
