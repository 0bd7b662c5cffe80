package th.ita.bot.report;

import java.math.BigDecimal;

import th.ita.bot.plan.ScoreReading;
import th.ita.scoring.Form;
import th.ita.scoring.Indicator;
import th.ita.scoring.Item;
import th.ita.scoring.Question;
import th.ita.scoring.Scale;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;

import static th.ita.bot.report.HtmlReport.esc;
import static th.ita.bot.report.HtmlReport.failClass;

/**
 * One perception form (IIT or EIT): per indicator a table of its items with the answer shares,
 * coloured by what each option means for the score; a new table wherever the answer scale changes.
 */
final class HtmlToolSection {

	private HtmlToolSection() {
	}

	static void append(StringBuilder out, Report report, Tool tool) {
		Form form = report.scheme().form(tool);
		out.append("<section class=\"tool\" id=\"").append(tool).append("\"><h2>")
			.append(esc(ReportText.toolName(tool))).append(" คะแนนเฉลี่ยร้อยละ ")
			.append(ReportText.figure(report.toolScore(tool))).append("</h2>");
		if (!report.shows(tool)) {
			out.append("<p class=\"note\">").append(esc(ReportText.hiddenNote(report, tool))).append("</p></section>");
			return;
		}
		for (Indicator indicator : form.indicators()) {
			out.append("<h3>ตัวชี้วัดที่ ").append(esc(indicator.id() + " " + indicator.name())).append(" คะแนนร้อยละ ")
				.append(ReportText.figure(report.indicatorScore(indicator.id(), tool))).append("</h3>");
			Scale shown = null;
			for (Question q : indicator.questions()) {
				Scale scale = q.items().get(0).scale();
				if (!scale.equals(shown)) {
					if (shown != null) {
						out.append("</tbody></table>");
					}
					out.append("<table><thead><tr><th>ข้อ</th><th>หัวข้อการประเมิน</th>");
					scale.options().forEach(o -> out.append("<th>").append(esc(o.label())).append("</th>"));
					out.append("<th>คะแนน</th><th>ผู้ตอบ</th></tr></thead><tbody>");
					shown = scale;
				}
				if (ReportText.hasSubItems(q)) {
					out.append("<tr class=\"q\"><td>").append(esc(q.id())).append("</td><td colspan=\"")
						.append(scale.options().size() + 3).append("\">").append(esc(q.text())).append("</td></tr>");
					for (Item item : q.items()) {
						itemRow(out, report, item, report.card().item(item.id()), "– " + item.text());
					}
				}
				else {
					itemRow(out, report, q.items().get(0), report.card().item(q.items().get(0).id()), q.text());
				}
			}
			if (shown != null) {
				out.append("</tbody></table>");
			}
		}
		out.append("</section>");
	}

	private static void itemRow(StringBuilder out, Report report, Item item, ScoreCard.ItemScore s, String wording) {
		out.append("<tr id=\"item-").append(esc(s.id())).append("\"><td>").append(esc(s.id())).append("</td><td>")
			.append(esc(wording)).append("</td>");
		for (int i = 0; i < s.percents().size(); i++) {
			BigDecimal p = s.percents().get(i);
			out.append("<td class=\"n ").append(meaningClass(item, i)).append("\">").append(p == null ? "-" : ReportText.figure(p) + "%")
				.append("</td>");
		}
		out.append("<td class=\"n").append(failClass(report, s.score())).append("\"><b>").append(ReportText.figure(s.score()))
			.append("</b></td><td class=\"n\">").append(s.n()).append("</td></tr>");
	}

	private static String meaningClass(Item item, int option) {
		return switch (ScoreReading.colour(item, option)) {
			case ScoreReading.BEST -> "o-best";
			case ScoreReading.GOOD -> "o-good";
			case ScoreReading.POOR -> "o-poor";
			default -> "o-worst";
		};
	}
}
