package th.ita.bot.report;

import java.util.List;

import th.ita.bot.plan.ScoreReading;
import th.ita.scoring.Item;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;
import th.ita.scoring.Weakness;

import static th.ita.bot.report.HtmlReport.esc;

/** The seed's analysis, weakest first: what to fix urgently (with the items to fix first), what to improve, what to judge. */
final class HtmlAnalysisSection {

	private HtmlAnalysisSection() {
	}

	static void append(StringBuilder out, Report report) {
		Weakness weakness = report.weakness(3);
		String passMark = report.scheme().passMark().stripTrailingZeros().toPlainString();
		out.append("<section class=\"tool\" id=\"analysis\"><h2>การวิเคราะห์ผลการประเมิน (เรียงจากคะแนนน้อยที่สุด)</h2>");
		out.append("<h3>1. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน (ต่ำกว่าร้อยละ ").append(passMark)
			.append(")</h3>");
		list(out, report, weakness.urgent(), weakness.levers());
		out.append("<h3>2. ประเด็นที่จะต้องพัฒนาให้ดีขึ้น</h3>");
		list(out, report, weakness.toImprove(), List.of());
		List<Item> open = ScoreReading.unjudgedItems(report.card());
		if (!open.isEmpty()) {
			out.append("<h3>3. รายการที่ต้องทำ: OIT ที่ยังไม่ได้ตรวจ ").append(open.size()).append(" ข้อ (ยังไม่นับเป็นจุดอ่อน)</h3><p class=\"todo\" id=\"todo\">");
			StringBuilder ids = new StringBuilder();
			open.forEach(i -> ids.append(ids.length() == 0 ? "" : ", ").append(i.id()));
			out.append(esc(ids.toString())).append("</p>");
		}
		for (Tool tool : report.hidden()) {
			out.append("<p class=\"note\">").append(esc(ReportText.hiddenNote(report, tool))).append("</p>");
		}
		out.append("</section>");
	}

	private static void list(StringBuilder out, Report report, List<ScoreCard.IndicatorScore> indicators,
			List<Weakness.Lever> levers) {
		if (indicators.isEmpty()) {
			out.append("<p>ไม่มี</p>");
			return;
		}
		out.append("<ol class=\"analysis\">");
		for (ScoreCard.IndicatorScore ind : indicators) {
			out.append("<li>").append(esc(ind.name() + " (" + ind.tool() + ")")).append(" คะแนนร้อยละ <b>")
				.append(ReportText.figure(ind.score())).append("</b>");
			String guidance = ScoreReading.guidance(report.scheme(), ind.id());
			if (!guidance.isEmpty()) {
				out.append("<div class=\"guidance\">ประเด็นที่ต้องแก้ไข/ปรับปรุง: ").append(esc(guidance)).append("</div>");
			}
			List<Weakness.Lever> mine = levers.stream().filter(l -> l.indicatorId().equals(ind.id())).toList();
			if (!mine.isEmpty()) {
				out.append("<ul>");
				for (Weakness.Lever lever : mine) {
					out.append("<li>ควรแก้ไขก่อน: ").append(esc(lever.itemId() + " "
							+ ReportText.shortWording(report.scheme(), lever.itemId())))
						.append(" คะแนน ").append(ReportText.figure(lever.score())).append(" — หากได้ 100 คะแนนรวมเพิ่มขึ้น ")
						.append(ReportText.figure(lever.gain())).append("</li>");
				}
				out.append("</ul>");
			}
			out.append("</li>");
		}
		out.append("</ol>");
	}
}
