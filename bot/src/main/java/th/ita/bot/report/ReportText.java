package th.ita.bot.report;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import th.ita.scoring.Item;
import th.ita.scoring.Question;
import th.ita.scoring.Scale;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.survey.scores.OitJudgement;

/** Wording shared by the XLSX and HTML reports, so both say the same thing. */
final class ReportText {

	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	static final DateTimeFormatter STAMP = th.ita.bot.line.ThaiDates.NUMERIC_TIME;

	private ReportText() {
	}

	static String title(Report r) {
		return "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. "
				+ r.fiscalYear();
	}

	static String subtitle(Report r) {
		return r.agency().name() + " (" + r.agency().code() + ") · ผู้ตอบ IIT " + r.respondents(Tool.IIT) + " คน, EIT "
				+ r.respondents(Tool.EIT) + " คน · ข้อมูล ณ " + STAMP.format(r.asOf()) + " น. · เกณฑ์ "
				+ r.scheme().name();
	}

	static String toolName(Tool tool) {
		return switch (tool) {
			case IIT -> "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)";
			case EIT -> "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)";
			case OIT -> "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)";
		};
	}

	static String hiddenNote(Report r, Tool tool) {
		return "ไม่แสดงผล " + tool + ": มีผู้ตอบ " + r.respondents(tool) + " คน น้อยกว่า " + r.minRespondents()
				+ " คน (เพื่อไม่ให้ระบุตัวผู้ตอบได้)";
	}

	static String weight(Scheme scheme, Tool tool) {
		return scheme.weights().get(tool).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
	}

	static String figure(BigDecimal value) {
		return value == null ? "-" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	/** ผ่าน / ไม่ผ่าน for an OIT item; an item nobody judged counts as not published. */
	static String verdict(Item item, ScoreCard.ItemScore s) {
		List<Scale.Option> options = item.scale().options();
		if (s == null || s.n() == 0) {
			return options.stream().min(Comparator.comparing(Scale.Option::score)).orElseThrow().label() + " (ยังไม่ตรวจ)";
		}
		for (int i = 0; i < s.counts().length; i++) {
			if (s.counts()[i] > 0) {
				return options.get(i).label();
			}
		}
		return "-";
	}

	static boolean passed(ScoreCard.ItemScore s) {
		return s != null && s.score() != null && s.score().signum() > 0;
	}

	static String evidence(OitJudgement j) {
		return j == null || j.url() == null ? "" : j.url();
	}

	/** A sub-item's own text, else its question's: enough to recognise it in the tables. */
	static String shortWording(Scheme scheme, String itemId) {
		Item item = scheme.item(itemId).orElseThrow();
		if (item.isSubItem()) {
			return item.text();
		}
		return scheme.forms()
			.values()
			.stream()
			.map(f -> f.questionsById().get(item.questionId()))
			.filter(Objects::nonNull)
			.findFirst()
			.map(Question::text)
			.orElse("");
	}

	static boolean hasSubItems(Question q) {
		return q.items().size() > 1 || q.items().get(0).isSubItem();
	}
}
