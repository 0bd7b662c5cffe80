package th.ita.bot.report;

import java.math.BigDecimal;

import org.springframework.web.util.HtmlUtils;

import th.ita.bot.plan.PlanHtml;
import th.ita.bot.plan.PlanRows;
import th.ita.scoring.Tool;

/**
 * The same report as {@link XlsxReport}, as one printable page: a browser prints it to PDF (A4,
 * each tool on a new page, table headers repeated, rows never split). Thai fonts first in the font
 * stack; every text from data is HTML-escaped ({@link #esc}). This class writes the page around
 * the sections; each longer section has a class of its own (Html*Section), the short plan section
 * is written here.
 */
final class HtmlReport {

	static final String FONTS = "\"Sarabun\", \"TH Sarabun New\", \"Noto Sans Thai\", sans-serif";

	private static final String STYLE = """
			body { font-family: %s; font-size: 15px; color: #111; margin: 24px auto; max-width: 1000px; padding: 0 12px; }
			h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 2px solid #0a6; }
			h3 { font-size: 16px; margin: 18px 0 6px; } .sub { color: #444; margin-bottom: 16px; }
			table { border-collapse: collapse; width: 100%%; margin-bottom: 12px; }
			th, td { border: 1px solid #999; padding: 3px 6px; vertical-align: top; }
			th { background: #e8efe8; } td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
			tr.q td { background: #f6f6f6; font-weight: bold; } tr.total td { font-weight: bold; background: #eef6ee; }
			.fail { color: #b00; font-weight: bold; } .pass { color: #070; } .note { color: #a60; } .todo { color: #888; }
			td.o-best { background: #c8e6c9; } td.o-good { background: #e8f5e9; } td.o-poor { background: #fff3e0; }
			td.o-worst { background: #ffebee; } .guidance { color: #333; font-size: 90%%; margin: 2px 0 8px; }
			.up { color: #070; } .down { color: #b00; } table.plan td { white-space: pre-line; }
			.big { font-size: 28px; font-weight: bold; } .toolbar { margin-bottom: 12px; }
			a { color: #05c; word-break: break-all; }
			@media print {
				@page { size: A4; margin: 14mm 12mm; }
				body { margin: 0; max-width: none; font-size: 12pt; } .toolbar { display: none; }
				section.tool { page-break-before: always; } thead { display: table-header-group; }
				tr, td, th { page-break-inside: avoid; } a { color: inherit; text-decoration: none; }
			}
			""".formatted(FONTS);

	private HtmlReport() {
	}

	static String render(Report report, String xlsxLink) {
		StringBuilder out = new StringBuilder(64 * 1024);
		out.append("<!doctype html><html lang=\"th\"><head><meta charset=\"utf-8\">")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
			.append("<meta name=\"robots\" content=\"noindex\"><title>")
			.append(esc("ITA " + report.agency().name() + " " + report.fiscalYear()))
			.append("</title><style>")
			.append(STYLE)
			.append("</style></head><body>");
		out.append("<div class=\"toolbar\"><button onclick=\"window.print()\">พิมพ์ / บันทึกเป็น PDF</button> ")
			.append("<a href=\"")
			.append(esc(xlsxLink))
			.append("\">ดาวน์โหลด Excel (XLSX)</a></div>");
		out.append("<h1>").append(esc(ReportText.title(report))).append("</h1>");
		out.append("<div class=\"sub\">").append(esc(ReportText.subtitle(report))).append("</div>");
		HtmlSummarySection.append(out, report);
		HtmlToolSection.append(out, report, Tool.IIT);
		HtmlToolSection.append(out, report, Tool.EIT);
		HtmlOitSection.append(out, report);
		HtmlAnalysisSection.append(out, report);
		plan(out, report);
		out.append("</body></html>");
		return out.toString();
	}

	/** Section 2 of the seed: the improvement plan in its table layout. */
	private static void plan(StringBuilder out, Report report) {
		out.append("<section class=\"tool\" id=\"plan\"><h2>แผนพัฒนาการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ")
			.append(report.fiscalYear()).append("</h2>");
		out.append(PlanHtml.table(PlanRows.of(report.scheme(), report.plan())));
		out.append("</section>");
	}

	/** " fail" (a CSS class to add) for a score under the pass mark. */
	static String failClass(Report report, BigDecimal score) {
		return score != null && score.compareTo(report.scheme().passMark()) < 0 ? " fail" : "";
	}

	static String esc(String s) {
		return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
	}
}
