package th.ita.bot.report;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.scoring.Tool;

/**
 * The seed report's tables as a workbook: a summary sheet (tool, weight, indicator, score; total and
 * level), one sheet per tool with every item's distribution and score, the OIT checklist with its
 * evidence links, the weakest-first analysis and the improvement plan, in that order. Figures are
 * numeric cells (two decimals), so staff can sort and chart them; Thai text is plain UTF-8 in a
 * font that has Thai glyphs ({@link XlsxCells}).
 */
final class XlsxReport {

	static final String SUMMARY = "สรุปผล";

	static final String ANALYSIS = "วิเคราะห์ผล";

	static final String PLAN = "แผนพัฒนา";

	private XlsxReport() {
	}

	static void write(Report report, OutputStream out) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			XlsxCells cells = new XlsxCells(book);
			XlsxSummarySheet.add(report, cells);
			for (Tool tool : new Tool[] { Tool.IIT, Tool.EIT }) {
				XlsxToolSheet.add(report, cells, tool);
			}
			XlsxOitSheet.add(report, cells);
			XlsxAnalysisSheet.add(report, cells);
			XlsxPlanSheet.add(report, cells);
			book.write(out);
		}
	}
}
