package th.ita.bot.report;

import java.math.BigDecimal;

import th.ita.scoring.Form;
import th.ita.scoring.Indicator;
import th.ita.scoring.Tool;

import static th.ita.bot.report.HtmlReport.esc;
import static th.ita.bot.report.HtmlReport.failClass;

/** The total and level, then the seed's first table (แบบ, น้ำหนัก, ตัวชี้วัด, คะแนน) with the change since last year. */
final class HtmlSummarySection {

	private HtmlSummarySection() {
	}

	static void append(StringBuilder out, Report report) {
		out.append("<section><h2>สรุปผลการประเมิน</h2>");
		out.append("<p>คะแนนรวม <span class=\"big\" id=\"total\">").append(ReportText.figure(report.total()))
			.append("</span> ระดับ <span class=\"big\" id=\"level\">")
			.append(esc(ReportText.level(report)))
			.append("</span></p>");
		String incomplete = ReportText.incomplete(report);
		if (!incomplete.isEmpty()) {
			out.append("<p class=\"todo\" id=\"incomplete\">").append(esc(incomplete)).append("</p>");
		}
		boolean compare = report.previous() != null;
		if (compare) {
			out.append("<p id=\"previous\">").append(esc(ReportText.previousNote(report))).append("</p>");
		}
		out.append("<table><thead><tr><th>แบบ</th><th>น้ำหนัก</th><th>ตัวชี้วัด</th><th>คะแนน</th>")
			.append(compare ? "<th>เปลี่ยนจากปี " + report.previous().fiscalYear() + "</th>" : "")
			.append("</tr></thead><tbody>");
		for (Tool tool : Tool.values()) {
			Form form = report.scheme().forms().get(tool);
			if (form != null) {
				toolRows(out, report, tool, form, compare);
			}
		}
		String extra = compare ? "<td></td>" : "";
		out.append("<tr class=\"total\"><td colspan=\"3\">คะแนนรวม</td><td class=\"n\">")
			.append(ReportText.figure(report.total())).append("</td>").append(extra).append("</tr>");
		out.append("<tr class=\"total\"><td colspan=\"3\">ระดับผลการประเมิน</td><td class=\"n\">")
			.append(esc(ReportText.level(report))).append("</td>").append(extra).append("</tr>");
		out.append("</tbody></table></section>");
	}

	/** A row per indicator; the tool's name, average and weight span them all. */
	private static void toolRows(StringBuilder out, Report report, Tool tool, Form form, boolean compare) {
		int rows = form.indicators().size();
		boolean first = true;
		for (Indicator indicator : form.indicators()) {
			out.append("<tr>");
			if (first) {
				out.append("<td rowspan=\"").append(rows).append("\"><b>").append(tool).append("</b><br>คะแนนเฉลี่ย ")
					.append(ReportText.figure(report.toolScore(tool)));
				if (!report.shows(tool)) {
					out.append("<br><span class=\"note\">").append(esc(ReportText.hiddenNote(report, tool))).append("</span>");
				}
				out.append("</td><td rowspan=\"").append(rows).append("\" class=\"n\">")
					.append(ReportText.weight(report.scheme(), tool)).append("</td>");
			}
			BigDecimal score = report.indicatorScore(indicator.id(), tool);
			out.append("<td>").append(esc(indicator.id() + ". " + indicator.name())).append("</td>");
			out.append("<td class=\"n").append(failClass(report, score)).append("\">").append(ReportText.figure(score)).append("</td>");
			if (compare) {
				BigDecimal change = report.change(indicator.id(), tool);
				out.append("<td class=\"n").append(change == null ? "" : change.signum() > 0 ? " up" : change.signum() < 0 ? " down" : "")
					.append("\" id=\"change-").append(indicator.id()).append("\">").append(ReportText.change(change)).append("</td>");
			}
			out.append("</tr>");
			first = false;
		}
	}
}
