package th.ita.bot.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import th.ita.scoring.Form;
import th.ita.scoring.Indicator;
import th.ita.scoring.Item;
import th.ita.scoring.Question;
import th.ita.scoring.Scale;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.response.TallyStore;

/**
 * What the dashboard draws, as JSON-ready records: the report's figures (with the same small-cell
 * suppression), respondents per day as last published (they move in the same steps as the figures), and
 * complaint counts read defensively from a {@code complaints} collection if there is one.
 */
@Component
class DashboardData {

	/** Thai names of the complaint feature's categories and statuses; unknown values show as stored. */
	private static final Map<String, String> COMPLAINT_LABELS = Map.of("BRIBERY", "เรียกรับสินบน/ผลประโยชน์", "PROCUREMENT",
			"จัดซื้อจัดจ้าง", "STATE_PROPERTY", "ใช้ทรัพย์สินราชการ", "ABUSE_OF_POWER", "ใช้อำนาจโดยมิชอบ", "OTHER", "อื่น ๆ",
			"RECEIVED", "รับเรื่องแล้ว", "INVESTIGATING", "กำลังตรวจสอบ", "REFERRED", "ส่งต่อหน่วยงาน", "CLOSED", "ยุติเรื่อง");

	private final Reports reports;

	private final AgencyDirectory agencies;

	private final MongoTemplate mongo;

	private final TallyStore tallies;

	DashboardData(Reports reports, AgencyDirectory agencies, MongoTemplate mongo, TallyStore tallies) {
		this.tallies = tallies;
		this.reports = reports;
		this.agencies = agencies;
		this.mongo = mongo;
	}

	/**
	 * {@code level} is null while OIT items are unjudged ({@code incomplete} then says how many and
	 * the range the total can still take); {@code previousYear} is null when there is nothing to
	 * compare with; {@code plan} is the improvement plan in the seed's columns.
	 */
	record Dashboard(String agency, String name, int fiscalYear, String asOf, BigDecimal passMark, int minRespondents,
			BigDecimal total, String level, Incomplete incomplete, List<ToolView> tools, List<IndicatorView> indicators,
			List<Distribution> distributions, Respondents respondents, Complaints complaints, List<AgencyRow> agencies,
			Integer previousYear, List<th.ita.bot.plan.PlanRows.Row> plan) {
	}

	/** OIT items still to judge and the total when all of them fail ({@code low}) or all pass ({@code high}). */
	record Incomplete(int unjudged, int items, BigDecimal low, String lowLevel, BigDecimal high, String highLevel) {
	}

	record ToolView(String tool, String name, BigDecimal weight, BigDecimal score, long respondents, boolean hidden) {
	}

	/** An indicator, the seed's guidance for it when it is under the pass mark, and its change since last year. */
	record IndicatorView(String id, String name, String tool, BigDecimal score, String guidance, BigDecimal previous,
			BigDecimal change) {
	}

	/**
	 * Items of one tool sharing one answer scale and direction: a stacked bar per item, a dataset per
	 * option, options ordered best for the score first and coloured by what they mean for it (so on
	 * a negatively worded item "ไม่มี" is the good colour).
	 */
	record Distribution(String tool, String scale, boolean reverse, List<OptionView> options, List<ItemView> items) {
	}

	record OptionView(String label, BigDecimal score, String colour) {
	}

	/** {@code percents} in the order of the distribution's options; {@code shortText} names the item next to its code. */
	record ItemView(String id, String shortText, String text, List<BigDecimal> percents, BigDecimal score, long n) {
	}

	/** Cumulative respondents per form on each day someone answered. */
	record Respondents(List<String> days, Map<String, List<Long>> cumulative, int minimum) {
	}

	record Complaints(boolean collectionExists, long total, Map<String, Long> byCategory, Map<String, Long> byStatus) {
	}

	/** One line of a province admin's overview. */
	record AgencyRow(String code, String name, BigDecimal total, String level, long iit, long eit) {
	}

	Dashboard of(Report r, boolean withAgencyList) {
		List<ToolView> tools = new ArrayList<>();
		for (Tool tool : Tool.values()) {
			tools.add(new ToolView(tool.name(), ReportText.toolName(tool), r.scheme().weights().get(tool),
					r.toolScore(tool), tool == Tool.OIT ? 0 : r.respondents(tool), !r.shows(tool)));
		}
		List<IndicatorView> indicators = new ArrayList<>();
		List<Distribution> distributions = new ArrayList<>();
		for (Tool tool : Tool.values()) {
			Form form = r.scheme().form(tool);
			for (Indicator indicator : form.indicators()) {
				BigDecimal score = r.indicatorScore(indicator.id(), tool);
				boolean weak = score != null && score.compareTo(r.scheme().passMark()) < 0;
				indicators.add(new IndicatorView(indicator.id(), indicator.name(), tool.name(), score,
						weak ? th.ita.bot.plan.ScoreReading.guidance(r.scheme(), indicator.id()) : "",
						r.previous() == null ? null : r.previous().indicators().get(indicator.id()),
						r.change(indicator.id(), tool)));
			}
			if (tool != Tool.OIT && r.shows(tool)) {
				distributions.addAll(distributions(r, form));
			}
		}
		List<AgencyRow> rows = withAgencyList ? overview() : List.of();
		th.ita.bot.plan.ScoreReading.Completion c = th.ita.bot.plan.ScoreReading.completion(r.card());
		Incomplete incomplete = c.complete() ? null
				: new Incomplete(c.unjudged(), c.items(), r.total() == null ? null : c.low(), r.total() == null ? null : c.lowLevel(),
						r.total() == null ? null : c.high(), r.total() == null ? null : c.highLevel());
		return new Dashboard(r.agency().code(), r.agency().name(), r.fiscalYear(), ReportText.STAMP.format(r.asOf()),
				r.scheme().passMark(), r.minRespondents(), r.total(), c.complete() ? r.level() : null, incomplete, tools,
				indicators, distributions, respondents(r), complaints(r.agency().code()), rows,
				r.previous() == null ? null : r.previous().fiscalYear(), th.ita.bot.plan.PlanRows.of(r.scheme(), r.plan()));
	}

	private static List<Distribution> distributions(Report r, Form form) {
		Map<String, Distribution> byScale = new LinkedHashMap<>();
		for (Item item : form.items()) {
			Scale scale = item.scale();
			List<Integer> order = th.ita.bot.plan.ScoreReading.bestFirst(item);
			Distribution d = byScale.computeIfAbsent(scale.id() + (item.reverse() ? "-reverse" : ""),
					id -> new Distribution(form.tool().name(), scale.id(), item.reverse(), order.stream()
						.map(o -> new OptionView(scale.options().get(o).label(), item.optionScores()[o],
								th.ita.bot.plan.ScoreReading.colour(item, o)))
						.toList(), new ArrayList<>()));
			ScoreCard.ItemScore s = r.card().item(item.id());
			Question q = form.questionOf(item);
			String text = item.isSubItem() ? q.text() + " — " + item.text() : q.text();
			List<BigDecimal> percents = order.stream().map(o -> s.percents().get(o)).toList();
			d.items().add(new ItemView(item.id(), th.ita.bot.plan.ScoreReading.shortText(r.scheme(), item, 40), text,
					percents, s.score(), s.n()));
		}
		return List.copyOf(byScale.values());
	}

	private Respondents respondents(Report r) {
		// the published per-day counts: they move in the same steps as the figures (TallyStore)
		Map<LocalDate, long[]> days = new TreeMap<>();
		int slot = 0;
		for (Tool tool : List.of(Tool.IIT, Tool.EIT)) {
			int at = slot++;
			tallies.days(r.agency().code(), r.fiscalYear(), tool)
				.forEach((date, n) -> days.computeIfAbsent(date, x -> new long[2])[at] += n);
		}
		List<String> labels = new ArrayList<>();
		List<Long> iit = new ArrayList<>();
		List<Long> eit = new ArrayList<>();
		long sumIit = 0;
		long sumEit = 0;
		for (Map.Entry<LocalDate, long[]> e : days.entrySet()) {
			labels.add(th.ita.bot.line.ThaiDates.numeric(e.getKey()));
			iit.add(sumIit += e.getValue()[0]);
			eit.add(sumEit += e.getValue()[1]);
		}
		Map<String, List<Long>> cumulative = new LinkedHashMap<>();
		cumulative.put(Tool.IIT.name(), iit);
		cumulative.put(Tool.EIT.name(), eit);
		return new Respondents(labels, cumulative, r.minRespondents());
	}

	/** Counts by category and status; zeros when the complaints feature has stored nothing yet. */
	private Complaints complaints(String agency) {
		if (!mongo.collectionExists("complaints")) {
			return new Complaints(false, 0, Map.of(), Map.of());
		}
		Map<String, Long> byCategory = countBy(agency, "category");
		Map<String, Long> byStatus = countBy(agency, "status");
		long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
		return new Complaints(true, total, byCategory, byStatus);
	}

	private Map<String, Long> countBy(String agency, String field) {
		Aggregation count = Aggregation.newAggregation(Aggregation.match(Criteria.where("agency").is(agency)),
				Aggregation.group(field).count().as("n"), Aggregation.sort(org.springframework.data.domain.Sort.Direction.ASC,
						"_id"));
		Map<String, Long> out = new LinkedHashMap<>();
		for (Document d : mongo.aggregate(count, "complaints", Document.class).getMappedResults()) {
			Object key = d.get("_id");
			String name = key == null ? "ไม่ระบุ" : key.toString();
			out.merge(COMPLAINT_LABELS.getOrDefault(name, name), ((Number) d.get("n")).longValue(), Long::sum);
		}
		return out;
	}

	private List<AgencyRow> overview() {
		List<AgencyRow> rows = new ArrayList<>();
		for (Agency a : agencies.all()) {
			reports.current(a.code())
				.ifPresent(r -> rows.add(new AgencyRow(a.code(), a.name(), r.total(),
						"-".equals(ReportText.level(r)) ? null : ReportText.level(r), r.respondents(Tool.IIT),
						r.respondents(Tool.EIT))));
		}
		return rows;
	}
}
