package th.ita.bot.report;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import th.ita.scoring.Form;
import th.ita.scoring.Indicator;
import th.ita.scoring.Item;
import th.ita.scoring.Question;
import th.ita.scoring.Scale;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;

/**
 * One perception form (IIT or EIT): question rows, then sub-item rows with the answer shares and
 * the score; a header row again wherever the answer scale changes.
 */
final class XlsxToolSheet {

	private XlsxToolSheet() {
	}

	static void add(Report report, XlsxCells x, Tool tool) {
		Form form = report.scheme().form(tool);
		Sheet sheet = x.sheet(tool.name(), report);
		int r = 3;
		x.cell(sheet.createRow(r++), 0,
				ReportText.toolName(tool) + " คะแนนเฉลี่ยร้อยละ " + ReportText.figure(report.toolScore(tool)), x.bold);
		if (!report.shows(tool)) {
			x.cell(sheet.createRow(r), 0, ReportText.hiddenNote(report, tool), x.text);
			XlsxCells.widths(sheet, 10, 70);
			return;
		}
		for (Indicator indicator : form.indicators()) {
			r++;
			x.cell(sheet.createRow(r++), 0, "ตัวชี้วัดที่ " + indicator.id() + " " + indicator.name() + " คะแนนร้อยละ "
					+ ReportText.figure(report.indicatorScore(indicator.id(), tool)), x.bold);
			Scale shown = null;
			for (Question q : indicator.questions()) {
				Scale scale = q.items().get(0).scale();
				if (!scale.equals(shown)) {
					header(sheet.createRow(r++), x, scale);
					shown = scale;
				}
				if (ReportText.hasSubItems(q)) {
					Row qr = sheet.createRow(r++);
					x.cell(qr, 0, q.id(), x.bold);
					x.cell(qr, 1, q.text(), x.wrap);
					for (Item item : q.items()) {
						itemRow(sheet.createRow(r++), x, item, report.card().item(item.id()), "- " + item.text());
					}
				}
				else {
					itemRow(sheet.createRow(r++), x, q.items().get(0), report.card().item(q.items().get(0).id()), q.text());
				}
			}
		}
		XlsxCells.widths(sheet, 8, 70, 14, 10, 10, 12, 10, 8);
	}

	private static void header(Row h, XlsxCells x, Scale scale) {
		x.cell(h, 0, "ข้อ", x.header);
		x.cell(h, 1, "หัวข้อการประเมิน", x.header);
		for (int i = 0; i < scale.options().size(); i++) {
			x.cell(h, 2 + i, scale.options().get(i).label() + " (%)", x.header);
		}
		x.cell(h, 2 + scale.options().size(), "คะแนน", x.header);
		x.cell(h, 3 + scale.options().size(), "ผู้ตอบ", x.header);
	}

	private static void itemRow(Row row, XlsxCells x, Item item, ScoreCard.ItemScore s, String wording) {
		x.cell(row, 0, s.id(), x.text);
		x.cell(row, 1, wording, x.wrap);
		List<BigDecimal> percents = s.percents();
		for (int i = 0; i < percents.size(); i++) {
			x.share(row, 2 + i, percents.get(i), item, i);
		}
		x.figure(row, 2 + percents.size(), s.score(), x.boldNumber);
		row.createCell(3 + percents.size()).setCellValue(s.n());
	}
}
