package th.ita.bot.plan;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/** The plan table in HTML, the seed's columns; every text escaped, line breaks kept. */
public final class PlanHtml {

	private PlanHtml() {
	}

	public static String table(List<PlanRows.Row> rows) {
		StringBuilder out = new StringBuilder("<table class=\"plan\" style=\"border-collapse:collapse;width:100%\"><thead><tr>");
		for (String h : PlanRows.HEADERS) {
			out.append("<th style=\"border:1px solid #999;padding:3px 6px;background:#e8efe8\">").append(esc(h)).append("</th>");
		}
		out.append("</tr></thead><tbody>");
		if (rows.isEmpty()) {
			out.append("<tr><td colspan=\"").append(PlanRows.HEADERS.size())
				.append("\" style=\"border:1px solid #999;padding:3px 6px\">ยังไม่มีมาตรการ</td></tr>");
		}
		for (PlanRows.Row r : rows) {
			out.append("<tr id=\"measure-").append(r.number()).append("\">");
			for (String c : r.cells()) {
				out.append("<td style=\"border:1px solid #999;padding:3px 6px;vertical-align:top\">")
					.append(esc(c).replace("\n", "<br>")).append("</td>");
			}
			out.append("</tr>");
		}
		return out.append("</tbody></table>").toString();
	}

	private static String esc(String s) {
		return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
	}
}
