package th.ita.bot.report;

import th.ita.scoring.Form;
import th.ita.scoring.Indicator;
import th.ita.scoring.Item;
import th.ita.scoring.Question;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;

import static th.ita.bot.report.HtmlReport.esc;

/** OIT: a table per sub-indicator, each item passed, failed or still to judge, with its evidence link. */
final class HtmlOitSection {

	private HtmlOitSection() {
	}

	static void append(StringBuilder out, Report report) {
		Form form = report.scheme().form(Tool.OIT);
		out.append("<section class=\"tool\" id=\"OIT\"><h2>").append(esc(ReportText.toolName(Tool.OIT)))
			.append(" คะแนนเฉลี่ยร้อยละ ").append(ReportText.figure(report.toolScore(Tool.OIT))).append("</h2>");
		for (Indicator indicator : form.indicators()) {
			out.append("<h3>ตัวชี้วัดที่ ").append(esc(indicator.id() + " " + indicator.name())).append(" คะแนนร้อยละ ")
				.append(ReportText.figure(report.indicatorScore(indicator.id(), Tool.OIT))).append("</h3>");
			for (Indicator.SubIndicator sub : indicator.subindicators()) {
				out.append("<table><thead><tr><th colspan=\"5\">ตัวชี้วัดย่อยที่ ").append(esc(sub.id() + " " + sub.name()))
					.append(" คะแนนร้อยละ ").append(ReportText.figure(report.card().subindicators().get(sub.id())))
					.append("</th></tr><tr><th>ข้อ</th><th>ข้อมูล</th><th>ผลการตรวจ</th><th>คะแนน</th><th>หลักฐาน</th></tr></thead><tbody>");
				for (Question q : sub.questions()) {
					for (Item item : q.items()) {
						itemRow(out, report, q, item);
					}
				}
				out.append("</tbody></table>");
			}
		}
		out.append("</section>");
	}

	private static void itemRow(StringBuilder out, Report report, Question q, Item item) {
		ScoreCard.ItemScore s = report.card().item(item.id());
		String url = ReportText.evidence(report.judgements().get(item.id()));
		out.append("<tr><td>").append(esc(item.id())).append("</td><td>").append(esc(q.text()))
			.append("</td><td class=\"").append(!ReportText.judged(s) ? "todo" : ReportText.passed(s) ? "pass" : "fail")
			.append("\">")
			.append(esc(ReportText.verdict(item, s))).append("</td><td class=\"n\">")
			.append(ReportText.figure(s == null ? null : s.score())).append("</td><td>");
		if (url.startsWith("http://") || url.startsWith("https://")) {
			out.append("<a href=\"").append(esc(url)).append("\" rel=\"noopener noreferrer\">").append(esc(url))
				.append("</a>");
		}
		else {
			out.append(esc(url));
		}
		out.append("</td></tr>");
	}
}
