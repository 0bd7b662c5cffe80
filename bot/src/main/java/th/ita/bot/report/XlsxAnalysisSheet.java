package th.ita.bot.report;

import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import th.ita.bot.plan.ScoreReading;
import th.ita.scoring.Item;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;
import th.ita.scoring.Weakness;

/** The seed's analysis: weakest first, under the pass mark first, with what to fix first. */
final class XlsxAnalysisSheet {

	private final Report report;

	private final XlsxCells x;

	private final Sheet sheet;

	/** The next row to write. */
	private int r = 3;

	private XlsxAnalysisSheet(Report report, XlsxCells x) {
		this.report = report;
		this.x = x;
		this.sheet = x.sheet(XlsxReport.ANALYSIS, report);
	}

	static void add(Report report, XlsxCells x) {
		new XlsxAnalysisSheet(report, x).write();
	}

	private void write() {
		Weakness weakness = report.weakness(3);
		String passMark = report.scheme().passMark().stripTrailingZeros().toPlainString();
		x.cell(row(), 0, "1. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน (ต่ำกว่าร้อยละ "
				+ passMark + ") เรียงจากคะแนนน้อยที่สุด", x.bold);
		x.cells(row(), x.header, "ลำดับ", "ตัวชี้วัด / ข้อที่ควรแก้ไขก่อน", "คะแนน", "คะแนนรวมเพิ่มขึ้นหากได้ 100");
		indicators("1.", weakness.urgent(), weakness.levers(), x.bold, x.boldNumber);
		r++;
		x.cell(row(), 0, "2. ประเด็นที่จะต้องพัฒนาให้ดีขึ้น", x.bold);
		x.cells(row(), x.header, "ลำดับ", "ตัวชี้วัด", "คะแนน");
		indicators("2.", weakness.toImprove(), List.of(), x.text, x.number);
		List<Item> open = ScoreReading.unjudgedItems(report.card());
		if (!open.isEmpty()) {
			r++;
			x.cell(row(), 0, "3. รายการที่ต้องทำ: OIT ที่ยังไม่ได้ตรวจ " + open.size() + " ข้อ (ยังไม่นับเป็นจุดอ่อน)", x.bold);
			for (Item item : open) {
				Row row = row();
				x.cell(row, 0, item.id(), x.greyText);
				x.cell(row, 1, ReportText.shortWording(report.scheme(), item.id()), x.greyText);
			}
		}
		for (Tool tool : report.hidden()) {
			r++;
			x.cell(row(), 0, ReportText.hiddenNote(report, tool), x.text);
		}
		XlsxCells.widths(sheet, 8, 80, 10, 16);
	}

	/**
	 * Numbered indicator rows ("1.1", "1.2", ...), each with the seed's guidance and its items to fix
	 * first below it; "ไม่มี" when there are none.
	 */
	private void indicators(String section, List<ScoreCard.IndicatorScore> indicators, List<Weakness.Lever> levers,
			CellStyle name, CellStyle figure) {
		int n = 0;
		for (ScoreCard.IndicatorScore ind : indicators) {
			Row row = row();
			x.cell(row, 0, section + (++n), x.text);
			x.cell(row, 1, ind.id() + ". " + ind.name() + " (" + ind.tool() + ")", name);
			x.figure(row, 2, ind.score(), figure);
			guidance(ind.id());
			for (Weakness.Lever lever : levers) {
				if (lever.indicatorId().equals(ind.id())) {
					Row lr = row();
					x.cell(lr, 1, "    " + lever.itemId() + " " + ReportText.shortWording(report.scheme(), lever.itemId()), x.wrap);
					x.figure(lr, 2, lever.score(), x.number);
					x.figure(lr, 3, lever.gain(), x.number);
				}
			}
		}
		if (n == 0) {
			x.cell(row(), 1, "ไม่มี", x.text);
		}
	}

	/** The seed's "ประเด็นที่ต้องแก้ไข/ปรับปรุง" for the indicator, on the row below it. */
	private void guidance(String indicatorId) {
		String g = ScoreReading.guidance(report.scheme(), indicatorId);
		if (!g.isEmpty()) {
			x.cell(row(), 1, "ประเด็นที่ต้องแก้ไข/ปรับปรุง: " + g, x.wrap);
		}
	}

	private Row row() {
		return sheet.createRow(r++);
	}
}
