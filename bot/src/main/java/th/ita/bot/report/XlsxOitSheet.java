package th.ita.bot.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import th.ita.scoring.Form;
import th.ita.scoring.Indicator;
import th.ita.scoring.Item;
import th.ita.scoring.Question;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;

/** OIT: each checklist item, passed or not, with the evidence link staff gave. */
final class XlsxOitSheet {

	private XlsxOitSheet() {
	}

	static void add(Report report, XlsxCells x) {
		Form form = report.scheme().form(Tool.OIT);
		Sheet sheet = x.sheet(Tool.OIT.name(), report);
		int r = 3;
		x.cell(sheet.createRow(r++), 0,
				ReportText.toolName(Tool.OIT) + " คะแนนเฉลี่ยร้อยละ " + ReportText.figure(report.toolScore(Tool.OIT)), x.bold);
		for (Indicator indicator : form.indicators()) {
			r++;
			x.cell(sheet.createRow(r++), 0, "ตัวชี้วัดที่ " + indicator.id() + " " + indicator.name() + " คะแนนร้อยละ "
					+ ReportText.figure(report.indicatorScore(indicator.id(), Tool.OIT)), x.bold);
			for (Indicator.SubIndicator sub : indicator.subindicators()) {
				x.cell(sheet.createRow(r++), 0, "ตัวชี้วัดย่อยที่ " + sub.id() + " " + sub.name() + " คะแนนร้อยละ "
						+ ReportText.figure(report.card().subindicators().get(sub.id())), x.bold);
				x.cells(sheet.createRow(r++), x.header, "ข้อ", "ข้อมูล", "ผลการตรวจ", "คะแนน", "หลักฐาน (ลิงก์)");
				for (Question q : sub.questions()) {
					for (Item item : q.items()) {
						ScoreCard.ItemScore s = report.card().item(item.id());
						Row row = sheet.createRow(r++);
						x.cell(row, 0, item.id(), x.text);
						x.cell(row, 1, q.text(), x.wrap);
						x.cell(row, 2, ReportText.verdict(item, s),
								!ReportText.judged(s) ? x.greyText : ReportText.passed(s) ? x.text : x.bold);
						x.figure(row, 3, s == null ? null : s.score(), x.number);
						x.evidence(row, 4, ReportText.evidence(report.judgements().get(item.id())));
					}
				}
			}
		}
		XlsxCells.widths(sheet, 8, 60, 16, 10, 45);
	}
}
