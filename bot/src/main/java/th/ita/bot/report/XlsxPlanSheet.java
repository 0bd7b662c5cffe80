package th.ita.bot.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

import th.ita.bot.plan.PlanRows;

/** Section 2 of the seed: the improvement plan, its columns, and the follow-up so far. */
final class XlsxPlanSheet {

	private XlsxPlanSheet() {
	}

	static void add(Report report, XlsxCells x) {
		Sheet sheet = x.sheet(XlsxReport.PLAN, report);
		int r = 3;
		x.cell(sheet.createRow(r++), 0, "แผนพัฒนาการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. " + report.fiscalYear(), x.bold);
		x.cells(sheet.createRow(r++), x.header, PlanRows.HEADERS.toArray(String[]::new));
		List<PlanRows.Row> rows = PlanRows.of(report.scheme(), report.plan());
		for (PlanRows.Row pr : rows) {
			x.cells(sheet.createRow(r++), x.wrap, pr.cells().toArray(String[]::new));
		}
		if (rows.isEmpty()) {
			x.cell(sheet.createRow(r), 1, "ยังไม่มีมาตรการ (เพิ่มในแชต: เพิ่มมาตรการ)", x.text);
		}
		XlsxCells.widths(sheet, 5, 24, 40, 50, 24, 24, 44);
	}
}
