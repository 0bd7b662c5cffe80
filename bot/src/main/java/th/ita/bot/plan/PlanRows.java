package th.ita.bot.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;

import th.ita.bot.line.ThaiDates;
import th.ita.scoring.Indicator;
import th.ita.scoring.Scheme;
import th.ita.survey.plan.FollowUps;
import th.ita.survey.plan.Measure;

/**
 * The plan as the seed prints it: one row per measure, columns มาตรการ/แนวทาง · วิธีดำเนินการ ·
 * ผู้รับผิดชอบ · ระยะเวลาดำเนินการ · การติดตามผล, with the indicator it answers. Shared by the
 * chat, the XLSX sheet, the printable report and the public plan page, so all say the same.
 */
public final class PlanRows {

	public static final List<String> HEADERS = List.of("ที่", "ตัวชี้วัด", "มาตรการ/แนวทาง", "วิธีดำเนินการ", "ผู้รับผิดชอบ",
			"ระยะเวลาดำเนินการ", "การติดตามผล");

	private PlanRows() {
	}

	public record Row(int number, String indicator, String measure, String method, String responsible, String period,
			String followUp) {

		public List<String> cells() {
			return List.of(String.valueOf(number), indicator, measure, method, responsible, period, followUp);
		}
	}

	public static List<Row> of(Scheme scheme, List<Measure> plan) {
		return plan.stream().map(m -> row(scheme, m)).toList();
	}

	public static Row row(Scheme scheme, Measure m) {
		return new Row(m.number(), indicator(scheme, m.indicatorId()), m.measure(), m.method(), m.responsible(),
				period(m), followUp(m));
	}

	public static String indicator(Scheme scheme, String id) {
		return scheme.forms()
			.values()
			.stream()
			.flatMap(f -> f.indicators().stream())
			.filter(i -> i.id().equals(id))
			.findFirst()
			.map(Indicator::name)
			.map(name -> id + ". " + name)
			.orElse(id);
	}

	/** The measure's own period, else the whole fiscal year. */
	public static String period(Measure m) {
		return m.period() != null ? m.period()
				: ThaiDates.format(FollowUps.start(m.fiscalYear())) + " – " + ThaiDates.format(FollowUps.end(m.fiscalYear()));
	}

	/** "รายงานผล 2 ครั้ง ภายใน 1 เม.ย. 2570 และ 1 ต.ค. 2570" and what was reported for each. */
	public static String followUp(Measure m) {
		List<LocalDate> dates = FollowUps.of(m.fiscalYear());
		StringJoiner due = new StringJoiner(" และ ");
		dates.forEach(d -> due.add(ThaiDates.format(d)));
		StringBuilder sb = new StringBuilder("รายงานผล " + dates.size() + " ครั้ง ภายใน " + due);
		for (int i = 0; i < dates.size(); i++) {
			LocalDate d = dates.get(i);
			sb.append("\nครั้งที่ ").append(i + 1).append(" (ภายใน ").append(ThaiDates.format(d)).append("): ");
			List<Measure.Progress> reports = m.progress().stream().filter(p -> p.due().equals(d)).toList();
			if (reports.isEmpty()) {
				sb.append("ยังไม่รายงาน");
			}
			else {
				StringJoiner j = new StringJoiner(" / ");
				reports.forEach(p -> j.add(p.text() + " (รายงาน " + ThaiDates.format(p.reportedOn()) + ")"));
				sb.append(j);
			}
		}
		return sb.toString();
	}
}
