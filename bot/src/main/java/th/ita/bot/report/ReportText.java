package th.ita.bot.report;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;

import th.ita.scoring.Figures;
import th.ita.scoring.Item;
import th.ita.scoring.ItemWording;
import th.ita.scoring.Question;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.survey.scores.OitJudgement;

/** Wording shared by the XLSX and HTML reports, so both say the same thing. */
final class ReportText {

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
		return Figures.weight(scheme.weights().get(tool)) + "%";
	}

	/** Every figure of the reports at two decimals: {@link Figures#twoDecimals}. */
	static String figure(BigDecimal value) {
		return Figures.twoDecimals(value);
	}

	/** ผ่าน / ไม่ผ่าน for an OIT item; "ยังไม่ตรวจ" for one nobody judged yet (it counts 0 meanwhile). */
	static String verdict(Item item, ScoreCard.ItemScore s) {
		return ItemWording.verdict(item, s);
	}

	static boolean judged(ScoreCard.ItemScore s) {
		return s != null && s.n() > 0;
	}

	/**
	 * The total's state while OIT items are unjudged: "ยังไม่ครบ: OIT ยังไม่ตรวจ 43 ข้อ คะแนนรวมอยู่ระหว่าง
	 * 35.80 (C…) – 75.80 (B)"; empty when nothing is left or the total is not shown.
	 */
	static String incomplete(Report r) {
		th.ita.bot.plan.ScoreReading.Completion c = th.ita.bot.plan.ScoreReading.completion(r.card());
		if (c.complete() || r.total() == null) {
			return "";
		}
		return "ยังไม่ครบ: OIT ยังไม่ได้ตรวจ " + c.unjudged() + " จาก " + c.items() + " ข้อ คะแนนรวมจะอยู่ระหว่าง "
				+ figure(c.low()) + " (ระดับ " + c.lowLevel() + ") ถึง " + figure(c.high()) + " (ระดับ " + c.highLevel()
				+ ") แล้วแต่ผลการตรวจ";
	}

	/** The level as shown: "-" while the total is incomplete, so an unjudged checklist never reads as F. */
	static String level(Report r) {
		return r.level() == null || !incomplete(r).isEmpty() ? "-" : r.level();
	}

	/** Change since the year before: "+1.23", "−0.50", "0.00"; empty when there is nothing to compare. */
	static String change(BigDecimal change) {
		return Figures.change(change);
	}

	static String previousNote(Report r) {
		if (r.previous() == null) {
			return "";
		}
		return "เทียบกับปีงบประมาณ " + r.previous().fiscalYear()
				+ (r.previous().source() == th.ita.survey.plan.PreviousScores.Source.IMPORTED ? " (จากรายงานผลปีนั้น)" : " (จากข้อมูลในระบบ)")
				+ (r.previous().total() == null ? "" : ": คะแนนรวม " + figure(r.previous().total())
						+ (r.previous().level() == null ? "" : " ระดับ " + r.previous().level()));
	}

	static boolean passed(ScoreCard.ItemScore s) {
		return s != null && s.score() != null && s.score().signum() > 0;
	}

	static String evidence(OitJudgement j) {
		return j == null || j.url() == null ? "" : j.url();
	}

	/** A sub-item's own text, else its question's: enough to recognise it in the tables. */
	static String shortWording(Scheme scheme, String itemId) {
		return ItemWording.shortText(scheme, scheme.item(itemId).orElseThrow(), 200);
	}

	static boolean hasSubItems(Question q) {
		return q.items().size() > 1 || q.items().get(0).isSubItem();
	}
}
