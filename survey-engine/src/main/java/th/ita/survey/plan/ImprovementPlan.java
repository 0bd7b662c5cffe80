package th.ita.survey.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Agencies' improvement plans: measures numbered per agency and year (an atomic counter, so two
 * staff adding at once get different numbers), progress appended with {@code $push}, and the
 * reminder claim ({@link #claimReminder}) one conditional update, so two bot instances never both
 * remind for the same follow-up.
 */
public class ImprovementPlan {

	static final String COUNTERS = "plan_counters";

	/** Longest text kept in one field: a LINE message is at most 5,000 characters. */
	public static final int MAX_TEXT = 1000;

	private final MongoTemplate mongo;

	private final Clock clock;

	public ImprovementPlan(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public void createIndexes() {
		mongo.indexOps(Measure.class)
			.createIndex(new Index().on("agency", Sort.Direction.ASC).on("fiscalYear", Sort.Direction.ASC).named("agency_year"));
	}

	/** What a staff member asks to add; validated before it is shown back for confirmation. */
	public record Draft(String indicatorId, String measure, String method, String responsible, String period) {

		public Draft {
			if (blank(measure) || blank(method) || blank(responsible)) {
				throw new IllegalArgumentException("measure, method and responsible are required");
			}
			measure = cut(measure);
			method = cut(method);
			responsible = cut(responsible);
			period = blank(period) ? null : cut(period);
		}
	}

	public Measure add(String agency, int fiscalYear, Draft d, String ownerKey) {
		Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(agency + ":" + fiscalYear)),
				new Update().inc("n", 1), FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class,
				COUNTERS);
		int number = ((Number) counter.get("n")).intValue();
		Measure m = new Measure(Measure.id(agency, fiscalYear, number), agency, fiscalYear, number, d.indicatorId(),
				d.measure(), d.method(), d.responsible(), d.period(), ownerKey, today(), List.of(), List.of());
		return mongo.insert(m);
	}

	public List<Measure> of(String agency, int fiscalYear) {
		return mongo.find(Query.query(Criteria.where("agency").is(agency).and("fiscalYear").is(fiscalYear))
			.with(Sort.by("number")), Measure.class);
	}

	public Optional<Measure> find(String agency, int fiscalYear, int number) {
		return Optional.ofNullable(mongo.findById(Measure.id(agency, fiscalYear, number), Measure.class));
	}

	/** Appends a progress report, counted for the follow-up due next (or the last one, when late). */
	public Optional<Measure> report(String agency, int fiscalYear, int number, String text) {
		LocalDate today = today();
		Measure.Progress p = new Measure.Progress(FollowUps.dueFor(fiscalYear, today), today, cut(text));
		mongo.updateFirst(Query.query(Criteria.where("_id").is(Measure.id(agency, fiscalYear, number))),
				new Update().push("progress", p), Measure.class);
		return find(agency, fiscalYear, number);
	}

	public boolean delete(String agency, int fiscalYear, int number) {
		return mongo.remove(Query.query(Criteria.where("_id").is(Measure.id(agency, fiscalYear, number))), Measure.class)
			.getDeletedCount() == 1;
	}

	/** A follow-up of a measure that falls due within the notice period and has no progress yet. */
	public record Due(Measure measure, LocalDate date) {
	}

	public List<Due> dueWithin(Period notice) {
		LocalDate today = today();
		LocalDate horizon = today.plus(notice);
		int year = th.ita.survey.conversation.FiscalYear.of(today);
		List<Due> due = new ArrayList<>();
		for (Measure m : mongo.find(Query.query(Criteria.where("fiscalYear").in(year - 1, year, year + 1)), Measure.class)) {
			for (LocalDate d : FollowUps.of(m.fiscalYear())) {
				if (!d.isBefore(today) && !d.isAfter(horizon) && !m.reportedFor(d) && !m.reminded().contains(d)) {
					due.add(new Due(m, d));
				}
			}
		}
		return due;
	}

	/** Marks the reminder for a follow-up as sent; false when someone else already did. */
	public boolean claimReminder(Due due) {
		return mongo.updateFirst(Query.query(Criteria.where("_id").is(due.measure().id()).and("reminded").ne(due.date())),
				new Update().addToSet("reminded", due.date()), Measure.class).getModifiedCount() == 1;
	}

	/** Keeps a change waiting for the staff member's confirmation (replacing any earlier one). */
	public void hold(PendingChange change) {
		mongo.save(change);
	}

	/** The change waiting for this staff member, removed; empty when there is none or it expired. */
	public Optional<PendingChange> takePending(String staffKey) {
		PendingChange p = mongo.findAndRemove(Query.query(Criteria.where("_id").is(staffKey)), PendingChange.class);
		return p == null || p.expiresAt().isBefore(clock.instant()) ? Optional.empty() : Optional.of(p);
	}

	public boolean dropPending(String staffKey) {
		return mongo.remove(Query.query(Criteria.where("_id").is(staffKey)), PendingChange.class).getDeletedCount() > 0;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Bangkok")));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String cut(String s) {
		String t = s.strip();
		return t.length() <= MAX_TEXT ? t : t.substring(0, MAX_TEXT);
	}
}
