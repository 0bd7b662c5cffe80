package th.ita.bot.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.scoring.Form;
import th.ita.scoring.Indicator;
import th.ita.scoring.Item;
import th.ita.scoring.Question;
import th.ita.scoring.Scale;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;
import th.ita.scoring.Weakness;

/**
 * The seed report's tables as a workbook: a summary sheet (tool, weight, indicator, score; total and
 * level), one sheet per tool with every item's distribution and score, the OIT checklist with its
 * evidence links, and the weakest-first analysis. Figures are numeric cells (two decimals), so
 * staff can sort and chart them; Thai text is plain UTF-8 in a font that has Thai glyphs.
 */
final class XlsxReport {

	static final String SUMMARY = "สรุปผล";

	static final String ANALYSIS = "วิเคราะห์ผล";

	static final String PLAN = "แผนพัฒนา";

	private static final String FONT = "Tahoma";

	private final Report report;

	private final XSSFWorkbook book = new XSSFWorkbook();

	private final CellStyle text;

	private final CellStyle wrap;

	private final CellStyle bold;

	private final CellStyle header;

	private final CellStyle number;

	private final CellStyle boldNumber;

	private final CellStyle link;

	private final CellStyle greyText;

	/** Answer-share cells filled by what the option means for the score, best to worst. */
	private final CellStyle[] meaning = new CellStyle[4];

	private XlsxReport(Report report) {
		this.report = report;
		Font plain = font(false, IndexedColors.BLACK);
		Font strong = font(true, IndexedColors.BLACK);
		text = style(plain);
		wrap = style(plain);
		wrap.setWrapText(true);
		bold = style(strong);
		header = style(strong);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		header.setWrapText(true);
		number = style(plain);
		number.setDataFormat(book.createDataFormat().getFormat("0.00"));
		boldNumber = style(strong);
		boldNumber.setDataFormat(book.createDataFormat().getFormat("0.00"));
		link = style(font(false, IndexedColors.BLUE));
		greyText = style(font(false, IndexedColors.GREY_50_PERCENT));
		IndexedColors[] fills = { IndexedColors.BRIGHT_GREEN, IndexedColors.LIGHT_GREEN, IndexedColors.LIGHT_ORANGE,
				IndexedColors.ROSE };
		for (int i = 0; i < fills.length; i++) {
			meaning[i] = style(plain);
			meaning[i].setDataFormat(book.createDataFormat().getFormat("0.00"));
			meaning[i].setFillForegroundColor(fills[i].getIndex());
			meaning[i].setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
	}

	static void write(Report report, OutputStream out) throws IOException {
		XlsxReport x = new XlsxReport(report);
		try (XSSFWorkbook book = x.book) {
			x.summary();
			for (Tool tool : new Tool[] { Tool.IIT, Tool.EIT }) {
				x.perception(tool);
			}
			x.checklist();
			x.analysis();
			x.plan();
			book.write(out);
		}
	}

	/** The seed's first table: แบบ, น้ำหนัก, ตัวชี้วัด, คะแนน; then the total and the level. */
	private void summary() {
		Sheet sheet = book.createSheet(SUMMARY);
		title(sheet);
		int r = 3;
		Row head = sheet.createRow(r++);
		cells(head, header, "แบบ", "น้ำหนัก", "ตัวชี้วัด", "คะแนน");
		if (report.previous() != null) {
			cell(head, 4, "เปลี่ยนจากปี " + report.previous().fiscalYear(), header);
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
					cell(row, 0, tool + " (คะแนนเฉลี่ย " + ReportText.figure(report.toolScore(tool)) + ")", bold);
					cell(row, 1, ReportText.weight(report.scheme(), tool), text);
				}
				cell(row, 2, indicator.id() + ". " + indicator.name(), text);
				figure(row, 3, report.indicatorScore(indicator.id(), tool), number);
				String change = ReportText.change(report.change(indicator.id(), tool));
				if (!change.isEmpty()) {
					cell(row, 4, change, text);
				}
				first = false;
			}
			if (!report.shows(tool)) {
				cell(sheet.createRow(r++), 2, ReportText.hiddenNote(report, tool), text);
			}
		}
		r++;
		Row total = sheet.createRow(r++);
		cell(total, 2, "คะแนนรวม", bold);
		figure(total, 3, report.total(), boldNumber);
		Row level = sheet.createRow(r++);
		cell(level, 2, "ระดับผลการประเมิน", bold);
		cell(level, 3, ReportText.level(report), bold);
		if (!ReportText.incomplete(report).isEmpty()) {
			cell(sheet.createRow(r++), 2, ReportText.incomplete(report), wrap);
		}
		if (report.previous() != null) {
			cell(sheet.createRow(r++), 2, ReportText.previousNote(report), wrap);
		}
		if (report.total() == null) {
			cell(sheet.createRow(r++), 2, "คะแนนรวมและระดับจะแสดงเมื่อทุกแบบมีผู้ตอบถึงเกณฑ์", text);
		}
		widths(sheet, 34, 10, 60, 12, 16);
	}

	/** Every IIT/EIT item: question rows, then sub-item rows with the answer shares and the score. */
	private void perception(Tool tool) {
		Form form = report.scheme().form(tool);
		Sheet sheet = book.createSheet(tool.name());
		title(sheet);
		int r = 3;
		cell(sheet.createRow(r++), 0,
				ReportText.toolName(tool) + " คะแนนเฉลี่ยร้อยละ " + ReportText.figure(report.toolScore(tool)), bold);
		if (!report.shows(tool)) {
			cell(sheet.createRow(r), 0, ReportText.hiddenNote(report, tool), text);
			widths(sheet, 10, 70);
			return;
		}
		for (Indicator indicator : form.indicators()) {
			r++;
			cell(sheet.createRow(r++), 0, "ตัวชี้วัดที่ " + indicator.id() + " " + indicator.name() + " คะแนนร้อยละ "
					+ ReportText.figure(report.indicatorScore(indicator.id(), tool)), bold);
			Scale shown = null;
			for (Question q : indicator.questions()) {
				Scale scale = q.items().get(0).scale();
				if (!scale.equals(shown)) {
					Row h = sheet.createRow(r++);
					cell(h, 0, "ข้อ", header);
					cell(h, 1, "หัวข้อการประเมิน", header);
					for (int i = 0; i < scale.options().size(); i++) {
						cell(h, 2 + i, scale.options().get(i).label() + " (%)", header);
					}
					cell(h, 2 + scale.options().size(), "คะแนน", header);
					cell(h, 3 + scale.options().size(), "ผู้ตอบ", header);
					shown = scale;
				}
				if (ReportText.hasSubItems(q)) {
					Row qr = sheet.createRow(r++);
					cell(qr, 0, q.id(), bold);
					cell(qr, 1, q.text(), wrap);
					for (Item item : q.items()) {
						itemRow(sheet.createRow(r++), item, report.card().item(item.id()), "- " + item.text());
					}
				}
				else {
					itemRow(sheet.createRow(r++), q.items().get(0), report.card().item(q.items().get(0).id()), q.text());
				}
			}
		}
		widths(sheet, 8, 70, 14, 10, 10, 12, 10, 8);
	}

	private void itemRow(Row row, Item item, ScoreCard.ItemScore s, String wording) {
		cell(row, 0, s.id(), text);
		cell(row, 1, wording, wrap);
		List<BigDecimal> percents = s.percents();
		for (int i = 0; i < percents.size(); i++) {
			figure(row, 2 + i, percents.get(i), meaning[meaningOf(item, i)]);
		}
		figure(row, 2 + percents.size(), s.score(), boldNumber);
		row.createCell(3 + percents.size()).setCellValue(s.n());
	}

	/** OIT: each checklist item, passed or not, with the evidence link staff gave. */
	private void checklist() {
		Form form = report.scheme().form(Tool.OIT);
		Sheet sheet = book.createSheet(Tool.OIT.name());
		title(sheet);
		int r = 3;
		cell(sheet.createRow(r++), 0,
				ReportText.toolName(Tool.OIT) + " คะแนนเฉลี่ยร้อยละ " + ReportText.figure(report.toolScore(Tool.OIT)), bold);
		for (Indicator indicator : form.indicators()) {
			r++;
			cell(sheet.createRow(r++), 0, "ตัวชี้วัดที่ " + indicator.id() + " " + indicator.name() + " คะแนนร้อยละ "
					+ ReportText.figure(report.indicatorScore(indicator.id(), Tool.OIT)), bold);
			for (Indicator.SubIndicator sub : indicator.subindicators()) {
				cell(sheet.createRow(r++), 0, "ตัวชี้วัดย่อยที่ " + sub.id() + " " + sub.name() + " คะแนนร้อยละ "
						+ ReportText.figure(report.card().subindicators().get(sub.id())), bold);
				cells(sheet.createRow(r++), header, "ข้อ", "ข้อมูล", "ผลการตรวจ", "คะแนน", "หลักฐาน (ลิงก์)");
				for (Question q : sub.questions()) {
					for (Item item : q.items()) {
						ScoreCard.ItemScore s = report.card().item(item.id());
						Row row = sheet.createRow(r++);
						cell(row, 0, item.id(), text);
						cell(row, 1, q.text(), wrap);
						cell(row, 2, ReportText.verdict(item, s),
								!ReportText.judged(s) ? greyText : ReportText.passed(s) ? text : bold);
						figure(row, 3, s == null ? null : s.score(), number);
						String url = ReportText.evidence(report.judgements().get(item.id()));
						if (!url.isEmpty()) {
							Cell c = row.createCell(4);
							c.setCellValue(url);
							if (url.startsWith("http://") || url.startsWith("https://")) {
								Hyperlink h = book.getCreationHelper().createHyperlink(HyperlinkType.URL);
								h.setAddress(url);
								c.setHyperlink(h);
								c.setCellStyle(link);
							}
						}
					}
				}
			}
		}
		widths(sheet, 8, 60, 16, 10, 45);
	}

	/** The seed's analysis: weakest first, under the pass mark first, with what to fix first. */
	private void analysis() {
		Sheet sheet = book.createSheet(ANALYSIS);
		title(sheet);
		Weakness weakness = report.weakness(3);
		String passMark = report.scheme().passMark().stripTrailingZeros().toPlainString();
		int r = 3;
		cell(sheet.createRow(r++), 0, "1. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน (ต่ำกว่าร้อยละ "
				+ passMark + ") เรียงจากคะแนนน้อยที่สุด", bold);
		cells(sheet.createRow(r++), header, "ลำดับ", "ตัวชี้วัด / ข้อที่ควรแก้ไขก่อน", "คะแนน", "คะแนนรวมเพิ่มขึ้นหากได้ 100");
		int n = 0;
		for (ScoreCard.IndicatorScore ind : weakness.urgent()) {
			Row row = sheet.createRow(r++);
			cell(row, 0, "1." + (++n), text);
			cell(row, 1, ind.id() + ". " + ind.name() + " (" + ind.tool() + ")", bold);
			figure(row, 2, ind.score(), boldNumber);
			r = guidance(sheet, r, ind.id());
			for (Weakness.Lever lever : weakness.levers()) {
				if (lever.indicatorId().equals(ind.id())) {
					Row lr = sheet.createRow(r++);
					cell(lr, 1, "    " + lever.itemId() + " " + ReportText.shortWording(report.scheme(), lever.itemId()), wrap);
					figure(lr, 2, lever.score(), number);
					figure(lr, 3, lever.gain(), number);
				}
			}
		}
		if (n == 0) {
			cell(sheet.createRow(r++), 1, "ไม่มี", text);
		}
		r++;
		cell(sheet.createRow(r++), 0, "2. ประเด็นที่จะต้องพัฒนาให้ดีขึ้น", bold);
		cells(sheet.createRow(r++), header, "ลำดับ", "ตัวชี้วัด", "คะแนน");
		n = 0;
		for (ScoreCard.IndicatorScore ind : weakness.toImprove()) {
			Row row = sheet.createRow(r++);
			cell(row, 0, "2." + (++n), text);
			cell(row, 1, ind.id() + ". " + ind.name() + " (" + ind.tool() + ")", text);
			figure(row, 2, ind.score(), number);
			r = guidance(sheet, r, ind.id());
		}
		if (n == 0) {
			cell(sheet.createRow(r++), 1, "ไม่มี", text);
		}
		List<Item> open = th.ita.bot.plan.ScoreReading.unjudgedItems(report.card());
		if (!open.isEmpty()) {
			r++;
			cell(sheet.createRow(r++), 0, "3. รายการที่ต้องทำ: OIT ที่ยังไม่ได้ตรวจ " + open.size() + " ข้อ (ยังไม่นับเป็นจุดอ่อน)", bold);
			for (Item item : open) {
				Row row = sheet.createRow(r++);
				cell(row, 0, item.id(), greyText);
				cell(row, 1, ReportText.shortWording(report.scheme(), item.id()), greyText);
			}
		}
		for (Tool tool : report.hidden()) {
			r++;
			cell(sheet.createRow(r++), 0, ReportText.hiddenNote(report, tool), text);
		}
		widths(sheet, 8, 80, 10, 16);
	}

	/** The seed's "ประเด็นที่ต้องแก้ไข/ปรับปรุง" for the indicator, on the row below it. */
	private int guidance(Sheet sheet, int r, String indicatorId) {
		String g = th.ita.bot.plan.ScoreReading.guidance(report.scheme(), indicatorId);
		if (!g.isEmpty()) {
			cell(sheet.createRow(r), 1, "ประเด็นที่ต้องแก้ไข/ปรับปรุง: " + g, wrap);
			return r + 1;
		}
		return r;
	}

	/** Section 2 of the seed: the improvement plan, its columns, and the follow-up so far. */
	private void plan() {
		Sheet sheet = book.createSheet(PLAN);
		title(sheet);
		int r = 3;
		cell(sheet.createRow(r++), 0, "แผนพัฒนาการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. " + report.fiscalYear(), bold);
		cells(sheet.createRow(r++), header, th.ita.bot.plan.PlanRows.HEADERS.toArray(String[]::new));
		List<th.ita.bot.plan.PlanRows.Row> rows = th.ita.bot.plan.PlanRows.of(report.scheme(), report.plan());
		for (th.ita.bot.plan.PlanRows.Row pr : rows) {
			cells(sheet.createRow(r++), wrap, pr.cells().toArray(String[]::new));
		}
		if (rows.isEmpty()) {
			cell(sheet.createRow(r), 1, "ยังไม่มีมาตรการ (เพิ่มในแชต: เพิ่มมาตรการ)", text);
		}
		widths(sheet, 5, 24, 40, 50, 24, 24, 44);
	}

	private static int meaningOf(Item item, int option) {
		String c = th.ita.bot.plan.ScoreReading.colour(item, option);
		return switch (c) {
			case th.ita.bot.plan.ScoreReading.BEST -> 0;
			case th.ita.bot.plan.ScoreReading.GOOD -> 1;
			case th.ita.bot.plan.ScoreReading.POOR -> 2;
			default -> 3;
		};
	}

	private void title(Sheet sheet) {
		cell(sheet.createRow(0), 0, ReportText.title(report), bold);
		cell(sheet.createRow(1), 0, ReportText.subtitle(report), text);
	}

	private void cells(Row row, CellStyle style, String... values) {
		for (int i = 0; i < values.length; i++) {
			cell(row, i, values[i], style);
		}
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		Cell c = row.createCell(column);
		c.setCellValue(value);
		c.setCellStyle(style);
	}

	/** A figure as a number cell, or "-" when there is none. */
	private void figure(Row row, int column, BigDecimal value, CellStyle style) {
		Cell c = row.createCell(column);
		if (value == null) {
			c.setCellValue("-");
			c.setCellStyle(text);
		}
		else {
			c.setCellValue(value.doubleValue());
			c.setCellStyle(style);
		}
	}

	private static void widths(Sheet sheet, int... chars) {
		for (int i = 0; i < chars.length; i++) {
			sheet.setColumnWidth(i, chars[i] * 256);
		}
	}

	private Font font(boolean strong, IndexedColors color) {
		Font f = book.createFont();
		f.setFontName(FONT);
		f.setFontHeightInPoints((short) 10);
		f.setBold(strong);
		f.setColor(color.getIndex());
		return f;
	}

	private CellStyle style(Font font) {
		CellStyle s = book.createCellStyle();
		s.setFont(font);
		s.setVerticalAlignment(VerticalAlignment.TOP);
		return s;
	}
}
