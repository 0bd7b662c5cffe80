package th.ita.scoring.cli;

import java.math.BigDecimal;
import java.util.List;

import th.ita.scoring.Figures;
import th.ita.scoring.Form;
import th.ita.scoring.Indicator;
import th.ita.scoring.Item;
import th.ita.scoring.ItemWording;
import th.ita.scoring.Question;
import th.ita.scoring.Scale;
import th.ita.scoring.Scheme;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;
import th.ita.scoring.Weakness;

/**
 * The {@code --format text} report: the seed report's tables in Thai, per agency. Columns are
 * tab-separated like the seed's, because Thai combining marks make space-padding unreliable and tabs
 * paste straight into a spreadsheet. "-" stands for a figure nobody's answers make.
 */
final class TextReport {

	private final StringBuilder out = new StringBuilder();

	private TextReport() {
	}

	static String render(List<AgencyReport> reports) {
		TextReport r = new TextReport();
		for (int i = 0; i < reports.size(); i++) {
			if (i > 0) {
				r.line("");
				r.line("=".repeat(72));
				r.line("");
			}
			r.agency(reports.get(i));
		}
		return r.out.toString();
	}

	private void agency(AgencyReport report) {
		ScoreCard card = report.card();
		Scheme scheme = card.scheme();
		line("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (" + scheme.name() + ")");
		line("หน่วยงาน " + report.agency());
		line("จำนวนผู้ตอบ IIT " + card.tool(Tool.IIT).n() + " คน, EIT " + card.tool(Tool.EIT).n() + " คน");
		ScoreCard.Pending p = card.pending();
		if (p != null && p.lowestTotal() != null) {
			line("ผลยังไม่ครบ: OIT ยังไม่ได้ตรวจ " + p.itemsLeft() + " ข้อ คะแนนรวมร้อยละ " + Figures.score(p.lowestTotal()) + " ถึง "
					+ Figures.score(p.highestTotal()) + " ระดับ " + orDash(p.lowestLevel()) + " ถึง " + orDash(p.highestLevel()));
		}
		else {
			line("คะแนนรวมร้อยละ " + Figures.score(card.total()) + " ระดับ " + orDash(card.level()));
			if (p != null) {
				line("OIT ยังไม่ได้ตรวจ " + p.itemsLeft() + " ข้อ");
			}
		}
		line("");
		summary(card);
		for (Tool tool : Tool.values()) {
			Form form = scheme.forms().get(tool);
			if (form == null) {
				continue;
			}
			line("");
			line(form.title() + " (" + tool + ") คะแนนเฉลี่ยร้อยละ " + Figures.score(card.tool(tool).score())
					+ " จำแนกตามข้อคำถาม");
			for (Indicator indicator : form.indicators()) {
				line("");
				line("ตัวชี้วัดที่ " + indicator.id() + " " + indicator.name() + " คะแนนร้อยละ "
						+ Figures.score(indicatorScore(card, indicator)));
				if (indicator.subindicators().isEmpty() && tool == Tool.OIT) {
					checklist(card, indicator.questions());
				}
				else if (indicator.subindicators().isEmpty()) {
					perceptionTable(card, form, indicator.questions());
				}
				else {
					for (Indicator.SubIndicator sub : indicator.subindicators()) {
						line("");
						line("ตัวชี้วัดย่อยที่ " + sub.id() + " " + sub.name() + " คะแนนร้อยละ "
								+ Figures.score(card.subindicators().get(sub.id())));
						checklist(card, sub.questions());
					}
				}
			}
		}
		line("");
		analysis(card);
	}

	/** The report's first table: tool, weight, indicator, score. */
	private void summary(ScoreCard card) {
		line("แบบ", "น้ำหนัก", "ตัวชี้วัด", "คะแนน");
		for (Tool tool : Tool.values()) {
			Form form = card.scheme().forms().get(tool);
			if (form == null) {
				continue;
			}
			String weight = Figures.weight(card.scheme().weights().get(tool));
			boolean first = true;
			for (Indicator indicator : form.indicators()) {
				String toolCell = first ? tool + " คะแนนเฉลี่ย " + Figures.score(card.tool(tool).score()) : "";
				line(toolCell, first ? weight : "", indicator.name(), Figures.score(indicatorScore(card, indicator)));
				first = false;
			}
		}
	}

	/** IIT/EIT rows; a header row opens the table and repeats where the answer scale changes. */
	private void perceptionTable(ScoreCard card, Form form, List<Question> questions) {
		Scale shown = null;
		for (Question q : questions) {
			Scale scale = q.items().get(0).scale();
			if (!scale.equals(shown)) {
				line("");
				header(scale);
				shown = scale;
			}
			boolean subItems = q.items().size() > 1 || q.items().get(0).isSubItem();
			if (subItems) {
				line(q.id(), q.text());
				for (Item item : q.items()) {
					itemRow(card.item(item.id()), "- " + item.text());
				}
			}
			else {
				itemRow(card.item(q.items().get(0).id()), q.text());
			}
		}
	}

	private void header(Scale scale) {
		String[] cells = new String[scale.options().size() + 4];
		cells[0] = "ข้อ";
		cells[1] = "หัวข้อการประเมิน";
		for (int i = 0; i < scale.options().size(); i++) {
			cells[i + 2] = scale.options().get(i).label();
		}
		cells[cells.length - 2] = "คะแนน";
		cells[cells.length - 1] = "ผู้ตอบ";
		line(cells);
	}

	private void itemRow(ScoreCard.ItemScore s, String wording) {
		String[] cells = new String[s.percents().size() + 4];
		cells[0] = s.id();
		cells[1] = wording;
		for (int i = 0; i < s.percents().size(); i++) {
			BigDecimal p = s.percents().get(i);
			cells[i + 2] = Figures.percent(p);
		}
		cells[cells.length - 2] = Figures.score(s.score());
		cells[cells.length - 1] = String.valueOf(s.n());
		line(cells);
	}

	/** OIT rows: published (ผ่าน) or not; an item no line judged counts as not published. */
	private void checklist(ScoreCard card, List<Question> questions) {
		line("ข้อ", "ข้อมูล", "ผลการตรวจ", "คะแนน");
		String group = null;
		for (Question q : questions) {
			if (!q.group().isEmpty() && !q.group().equals(group)) {
				line("", "[" + q.group() + "]");
				group = q.group();
			}
			for (Item item : q.items()) {
				ScoreCard.ItemScore s = card.item(item.id());
				line(item.id(), q.text(), ItemWording.verdict(item, s), s.n() == 0 ? "-" : Figures.score(s.score()));
			}
		}
	}

	/** The report's analysis: indicators weakest first, and what to fix first in the urgent ones. */
	private void analysis(ScoreCard card) {
		Weakness weakness = Weakness.of(card, 3);
		String passMark = Figures.plain(card.scheme().passMark());
		line("การวิเคราะห์ผลการประเมิน (เรียงจากคะแนนน้อยที่สุด)");
		line("1. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน (ต่ำกว่าร้อยละ " + passMark + ")");
		int n = 0;
		for (ScoreCard.IndicatorScore ind : weakness.urgent()) {
			line("- 1." + (++n) + " " + ind.name() + " คะแนนร้อยละ " + Figures.score(ind.score()));
			String guidance = card.scheme().guidance(ind.id());
			if (!guidance.isEmpty()) {
				line("    ประเด็นที่ต้องแก้ไข/ปรับปรุง: " + guidance);
			}
			for (Weakness.Lever lever : weakness.levers()) {
				if (lever.indicatorId().equals(ind.id())) {
					line("    ควรแก้ไขก่อน: " + lever.itemId() + " " + ItemWording.shortText(card.scheme(), card.scheme().item(lever.itemId()).orElseThrow())
							+ " คะแนน " + Figures.score(lever.score()) + " หากได้ 100 คะแนนรวมเพิ่มขึ้น " + Figures.score(lever.gain()));
				}
			}
		}
		if (n == 0) {
			line("- ไม่มี");
		}
		if (card.incomplete()) {
			line("OIT ที่ยังไม่ได้ตรวจ (ต้องตรวจก่อนจึงจะรู้ผล): " + String.join(", ", card.pending().unjudgedItems()));
		}
		line("2. ประเด็นที่จะต้องพัฒนาให้ดีขึ้น");
		n = 0;
		for (ScoreCard.IndicatorScore ind : weakness.toImprove()) {
			line("- 2." + (++n) + " " + ind.name() + " คะแนนร้อยละ " + Figures.score(ind.score()));
		}
		if (n == 0) {
			line("- ไม่มี");
		}
	}

	private static BigDecimal indicatorScore(ScoreCard card, Indicator indicator) {
		ScoreCard.IndicatorScore s = card.indicator(indicator.id());
		return s == null ? null : s.score();
	}

	private static String orDash(String text) {
		return text == null ? "-" : text;
	}

	private void line(String... cells) {
		out.append(String.join("\t", cells)).append('\n');
	}
}
