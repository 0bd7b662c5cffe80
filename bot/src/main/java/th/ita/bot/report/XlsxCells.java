package th.ita.bot.report;

import java.math.BigDecimal;

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

import th.ita.bot.plan.ScoreReading;
import th.ita.scoring.Item;

/**
 * The workbook's cell styles and the few ways the sheets write a cell. One instance per workbook:
 * POI styles belong to the workbook that made them, and a workbook holds a limited number of them.
 */
final class XlsxCells {

	private static final String FONT = "Tahoma";

	final XSSFWorkbook book;

	final CellStyle text;

	final CellStyle wrap;

	final CellStyle bold;

	final CellStyle header;

	final CellStyle number;

	final CellStyle boldNumber;

	final CellStyle greyText;

	private final CellStyle link;

	/** Answer-share cells filled by what the option means for the score, best to worst. */
	private final CellStyle[] meaning = new CellStyle[4];

	XlsxCells(XSSFWorkbook book) {
		this.book = book;
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

	/** A new sheet under the report's title and subtitle; its content starts on row 3. */
	Sheet sheet(String name, Report report) {
		Sheet sheet = book.createSheet(name);
		cell(sheet.createRow(0), 0, ReportText.title(report), bold);
		cell(sheet.createRow(1), 0, ReportText.subtitle(report), text);
		return sheet;
	}

	void cells(Row row, CellStyle style, String... values) {
		for (int i = 0; i < values.length; i++) {
			cell(row, i, values[i], style);
		}
	}

	void cell(Row row, int column, String value, CellStyle style) {
		Cell c = row.createCell(column);
		c.setCellValue(value);
		c.setCellStyle(style);
	}

	/** A figure as a number cell, or "-" when there is none. */
	void figure(Row row, int column, BigDecimal value, CellStyle style) {
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

	/** An answer share, filled by what the option means for the item's score. */
	void share(Row row, int column, BigDecimal percent, Item item, int option) {
		figure(row, column, percent, meaning[meaningOf(item, option)]);
	}

	/** Evidence as typed; a web address also becomes a link. Nothing for no evidence. */
	void evidence(Row row, int column, String url) {
		if (url.isEmpty()) {
			return;
		}
		Cell c = row.createCell(column);
		c.setCellValue(url);
		if (url.startsWith("http://") || url.startsWith("https://")) {
			Hyperlink h = book.getCreationHelper().createHyperlink(HyperlinkType.URL);
			h.setAddress(url);
			c.setHyperlink(h);
			c.setCellStyle(link);
		}
	}

	static void widths(Sheet sheet, int... chars) {
		for (int i = 0; i < chars.length; i++) {
			sheet.setColumnWidth(i, chars[i] * 256);
		}
	}

	private static int meaningOf(Item item, int option) {
		return switch (ScoreReading.colour(item, option)) {
			case ScoreReading.BEST -> 0;
			case ScoreReading.GOOD -> 1;
			case ScoreReading.POOR -> 2;
			default -> 3;
		};
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
