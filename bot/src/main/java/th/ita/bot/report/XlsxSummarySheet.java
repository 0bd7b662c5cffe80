package th.ita.bot.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import th.ita.scoring.Form;
import th.ita.scoring.Indicator;
import th.ita.scoring.Tool;

/** The seed's first table: แบบ, น้ำหนัก, ตัวชี้วัด, คะแนน; then the total and the level. */
final class XlsxSummarySheet {

	private XlsxSummarySheet() {
	}

	static void add(Report report, XlsxCells x) {
		Sheet sheet = x.sheet(XlsxReport.SUMMARY, report);
		int r = 3;
		Row head = sheet.createRow(r++);
		x.cells(head, x.header, "แบบ", "น้ำหนัก", "ตัวชี้วัด", "คะแนน");
		if (report.previous() != null) {
			x.cell(head, 4, "เปลี่ยนจากปี " + report.previous().fiscalYear(), x.header);
		}
		for (Tool tool : Tool.values()) {
			Form form = report.scheme().forms().get(tool);
			if (form == null) {
				continue;
			}
			boolean first = true;
			for (Indicator indicator : form.indicators()) {
				Row row = sheet.createRow(r++);
				if (first) {
					x.cell(row, 0, tool + " (คะแนนเฉลี่ย " + ReportText.figure(report.toolScore(tool)) + ")", x.bold);
					x.cell(row, 1, ReportText.weight(report.scheme(), tool), x.text);
				}
				x.cell(row, 2, indicator.id() + ". " + indicator.name(), x.text);
				x.figure(row, 3, report.indicatorScore(indicator.id(), tool), x.number);
				String change = ReportText.change(report.change(indicator.id(), tool));
				if (!change.isEmpty()) {
					x.cell(row, 4, change, x.text);
				}
				first = false;
			}
			if (!report.shows(tool)) {
				x.cell(sheet.createRow(r++), 2, ReportText.hiddenNote(report, tool), x.text);
			}
		}
		r++;
		Row total = sheet.createRow(r++);
		x.cell(total, 2, "คะแนนรวม", x.bold);
		x.figure(total, 3, report.total(), x.boldNumber);
		Row level = sheet.createRow(r++);
		x.cell(level, 2, "ระดับผลการประเมิน", x.bold);
		x.cell(level, 3, ReportText.level(report), x.bold);
		if (!ReportText.incomplete(report).isEmpty()) {
			x.cell(sheet.createRow(r++), 2, ReportText.incomplete(report), x.wrap);
		}
		if (report.previous() != null) {
			x.cell(sheet.createRow(r++), 2, ReportText.previousNote(report), x.wrap);
		}
		if (report.total() == null) {
			x.cell(sheet.createRow(r++), 2, "คะแนนรวมและระดับจะแสดงเมื่อทุกแบบมีผู้ตอบถึงเกณฑ์", x.text);
		}
		XlsxCells.widths(sheet, 34, 10, 60, 12, 16);
	}
}
