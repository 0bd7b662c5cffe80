package th.ita.bot.report;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

import th.ita.scoring.Form;
import th.ita.scoring.Indicator;
import th.ita.scoring.Item;
import th.ita.scoring.Question;
import th.ita.scoring.Scale;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;
import th.ita.scoring.Weakness;

/**
 * The same report as {@link XlsxReport}, as one printable page: a browser prints it to PDF (A4,
 * each tool on a new page, table headers repeated, rows never split). Thai fonts first in the font
 * stack; every text from data is HTML-escaped.
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

	private final Report report;

	private final StringBuilder out = new StringBuilder(64 * 1024);

	private HtmlReport(Report report) {
		this.report = report;
	}

	static String render(Report report, String xlsxLink) {
		HtmlReport h = new HtmlReport(report);
		h.page(xlsxLink);
		return h.out.toString();
	}

	private void page(String xlsxLink) {
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
		summary();
		perception(Tool.IIT);
		perception(Tool.EIT);
		checklist();
		analysis();
		plan();
		out.append("</body></html>");
	}

	private void summary() {
		out.append("<section><h2>สรุปผลการประเมิน</h2>");
		out.append("<p>คะแนนรวม <span class=\"big\" id=\"total\">").append(ReportText.figure(report.total()))
			.append("</span> ระดับ <span class=\"big\" id=\"level\">")
			.append(esc(ReportText.level(report)))
			.append("</span></p>");
		String incomplete = ReportText.incomplete(report);
		if (!incomplete.isEmpty()) {
			out.append("<p class=\"todo\" id=\"incomplete\">").append(esc(incomplete)).append("</p>");
		}
		boolean compare = report.previous() != null;
		if (compare) {
			out.append("<p id=\"previous\">").append(esc(ReportText.previousNote(report))).append("</p>");
		}
		out.append("<table><thead><tr><th>แบบ</th><th>น้ำหนัก</th><th>ตัวชี้วัด</th><th>คะแนน</th>")
			.append(compare ? "<th>เปลี่ยนจากปี " + report.previous().fiscalYear() + "</th>" : "")
			.append("</tr></thead><tbody>");
		for (Tool tool : Tool.values()) {
			Form form = report.scheme().forms().get(tool);
			if (form == null) {
				continue;
			}
			int rows = form.indicators().size();
			boolean first = true;
			for (Indicator indicator : form.indicators()) {
				out.append("<tr>");
				if (first) {
					out.append("<td rowspan=\"").append(rows).append("\"><b>").append(tool).append("</b><br>คะแนนเฉลี่ย ")
						.append(ReportText.figure(report.toolScore(tool)));
					if (!report.shows(tool)) {
						out.append("<br><span class=\"note\">").append(esc(ReportText.hiddenNote(report, tool))).append("</span>");
					}
					out.append("</td><td rowspan=\"").append(rows).append("\" class=\"n\">")
						.append(ReportText.weight(report.scheme(), tool)).append("</td>");
				}
				BigDecimal score = report.indicatorScore(indicator.id(), tool);
				out.append("<td>").append(esc(indicator.id() + ". " + indicator.name())).append("</td>");
				out.append("<td class=\"n").append(failClass(score)).append("\">").append(ReportText.figure(score)).append("</td>");
				if (compare) {
					BigDecimal change = report.change(indicator.id(), tool);
					out.append("<td class=\"n").append(change == null ? "" : change.signum() > 0 ? " up" : change.signum() < 0 ? " down" : "")
						.append("\" id=\"change-").append(indicator.id()).append("\">").append(ReportText.change(change)).append("</td>");
				}
				out.append("</tr>");
				first = false;
			}
		}
		String extra = compare ? "<td></td>" : "";
		out.append("<tr class=\"total\"><td colspan=\"3\">คะแนนรวม</td><td class=\"n\">")
			.append(ReportText.figure(report.total())).append("</td>").append(extra).append("</tr>");
		out.append("<tr class=\"total\"><td colspan=\"3\">ระดับผลการประเมิน</td><td class=\"n\">")
			.append(esc(ReportText.level(report))).append("</td>").append(extra).append("</tr>");
		out.append("</tbody></table></section>");
	}

	private void perception(Tool tool) {
		Form form = report.scheme().form(tool);
		out.append("<section class=\"tool\" id=\"").append(tool).append("\"><h2>")
			.append(esc(ReportText.toolName(tool))).append(" คะแนนเฉลี่ยร้อยละ ")
			.append(ReportText.figure(report.toolScore(tool))).append("</h2>");
		if (!report.shows(tool)) {
			out.append("<p class=\"note\">").append(esc(ReportText.hiddenNote(report, tool))).append("</p></section>");
			return;
		}
		for (Indicator indicator : form.indicators()) {
			out.append("<h3>ตัวชี้วัดที่ ").append(esc(indicator.id() + " " + indicator.name())).append(" คะแนนร้อยละ ")
				.append(ReportText.figure(report.indicatorScore(indicator.id(), tool))).append("</h3>");
			Scale shown = null;
			for (Question q : indicator.questions()) {
				Scale scale = q.items().get(0).scale();
				if (!scale.equals(shown)) {
					if (shown != null) {
						out.append("</tbody></table>");
					}
					out.append("<table><thead><tr><th>ข้อ</th><th>หัวข้อการประเมิน</th>");
					scale.options().forEach(o -> out.append("<th>").append(esc(o.label())).append("</th>"));
					out.append("<th>คะแนน</th><th>ผู้ตอบ</th></tr></thead><tbody>");
					shown = scale;
				}
				if (ReportText.hasSubItems(q)) {
					out.append("<tr class=\"q\"><td>").append(esc(q.id())).append("</td><td colspan=\"")
						.append(scale.options().size() + 3).append("\">").append(esc(q.text())).append("</td></tr>");
					for (Item item : q.items()) {
						itemRow(item, report.card().item(item.id()), "– " + item.text());
					}
				}
				else {
					itemRow(q.items().get(0), report.card().item(q.items().get(0).id()), q.text());
				}
			}
			if (shown != null) {
				out.append("</tbody></table>");
			}
		}
		out.append("</section>");
	}

	private void itemRow(Item item, ScoreCard.ItemScore s, String wording) {
		out.append("<tr id=\"item-").append(esc(s.id())).append("\"><td>").append(esc(s.id())).append("</td><td>")
			.append(esc(wording)).append("</td>");
		for (int i = 0; i < s.percents().size(); i++) {
			BigDecimal p = s.percents().get(i);
			out.append("<td class=\"n ").append(meaningClass(item, i)).append("\">").append(p == null ? "-" : ReportText.figure(p) + "%")
				.append("</td>");
		}
		out.append("<td class=\"n").append(failClass(s.score())).append("\"><b>").append(ReportText.figure(s.score()))
			.append("</b></td><td class=\"n\">").append(s.n()).append("</td></tr>");
	}

	private void checklist() {
		Form form = report.scheme().form(Tool.OIT);
		out.append("<section class=\"tool\" id=\"OIT\"><h2>").append(esc(ReportText.toolName(Tool.OIT)))
			.append(" คะแนนเฉลี่ยร้อยละ ").append(ReportText.figure(report.toolScore(Tool.OIT))).append("</h2>");
		for (Indicator indicator : form.indicators()) {
			out.append("<h3>ตัวชี้วัดที่ ").append(esc(indicator.id() + " " + indicator.name())).append(" คะแนนร้อยละ ")
				.append(ReportText.figure(report.indicatorScore(indicator.id(), Tool.OIT))).append("</h3>");
			for (Indicator.SubIndicator sub : indicator.subindicators()) {
				out.append("<table><thead><tr><th colspan=\"5\">ตัวชี้วัดย่อยที่ ").append(esc(sub.id() + " " + sub.name()))
					.append(" คะแนนร้อยละ ").append(ReportText.figure(report.card().subindicators().get(sub.id())))
					.append("</th></tr><tr><th>ข้อ</th><th>ข้อมูล</th><th>ผลการตรวจ</th><th>คะแนน</th><th>หลักฐาน</th></tr></thead><tbody>");
				for (Question q : sub.questions()) {
					for (Item item : q.items()) {
						ScoreCard.ItemScore s = report.card().item(item.id());
						String url = ReportText.evidence(report.judgements().get(item.id()));
						out.append("<tr><td>").append(esc(item.id())).append("</td><td>").append(esc(q.text()))
							.append("</td><td class=\"").append(!ReportText.judged(s) ? "todo" : ReportText.passed(s) ? "pass" : "fail")
							.append("\">")
							.append(esc(ReportText.verdict(item, s))).append("</td><td class=\"n\">")
							.append(ReportText.figure(s == null ? null : s.score())).append("</td><td>");
						if (url.startsWith("http://") || url.startsWith("https://")) {
							out.append("<a href=\"").append(esc(url)).append("\" rel=\"noopener noreferrer\">").append(esc(url))
								.append("</a>");
						}
						else {
							out.append(esc(url));
						}
						out.append("</td></tr>");
					}
				}
				out.append("</tbody></table>");
			}
		}
		out.append("</section>");
	}

	private void analysis() {
		Weakness weakness = report.weakness(3);
		String passMark = report.scheme().passMark().stripTrailingZeros().toPlainString();
		out.append("<section class=\"tool\" id=\"analysis\"><h2>การวิเคราะห์ผลการประเมิน (เรียงจากคะแนนน้อยที่สุด)</h2>");
		out.append("<h3>1. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน (ต่ำกว่าร้อยละ ").append(passMark)
			.append(")</h3>");
		list(weakness.urgent(), weakness.levers());
		out.append("<h3>2. ประเด็นที่จะต้องพัฒนาให้ดีขึ้น</h3>");
		list(weakness.toImprove(), List.of());
		List<Item> open = th.ita.bot.plan.ScoreReading.unjudgedItems(report.card());
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

	private void list(List<ScoreCard.IndicatorScore> indicators, List<Weakness.Lever> levers) {
		if (indicators.isEmpty()) {
			out.append("<p>ไม่มี</p>");
			return;
		}
		out.append("<ol class=\"analysis\">");
		for (ScoreCard.IndicatorScore ind : indicators) {
			out.append("<li>").append(esc(ind.name() + " (" + ind.tool() + ")")).append(" คะแนนร้อยละ <b>")
				.append(ReportText.figure(ind.score())).append("</b>");
			String guidance = th.ita.bot.plan.ScoreReading.guidance(report.scheme(), ind.id());
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

	/** Section 2 of the seed: the improvement plan in its table layout. */
	private void plan() {
		out.append("<section class=\"tool\" id=\"plan\"><h2>แผนพัฒนาการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ")
			.append(report.fiscalYear()).append("</h2>");
		out.append(th.ita.bot.plan.PlanHtml.table(th.ita.bot.plan.PlanRows.of(report.scheme(), report.plan())));
		out.append("</section>");
	}

	private static String meaningClass(Item item, int option) {
		return switch (th.ita.bot.plan.ScoreReading.colour(item, option)) {
			case th.ita.bot.plan.ScoreReading.BEST -> "o-best";
			case th.ita.bot.plan.ScoreReading.GOOD -> "o-good";
			case th.ita.bot.plan.ScoreReading.POOR -> "o-poor";
			default -> "o-worst";
		};
	}

	private String failClass(BigDecimal score) {
		return score != null && score.compareTo(report.scheme().passMark()) < 0 ? " fail" : "";
	}

	private static String esc(String s) {
		return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
	}
}
