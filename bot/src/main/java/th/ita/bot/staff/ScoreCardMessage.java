package th.ita.bot.staff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.Message;

import th.ita.bot.plan.ScoreReading;
import th.ita.scoring.Figures;
import th.ita.scoring.Form;
import th.ita.scoring.Indicator;
import th.ita.scoring.Interval;
import th.ita.scoring.Scheme;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;
import th.ita.survey.plan.LastYear;
import th.ita.survey.plan.PreviousScores;
import th.ita.survey.scores.AgencyScores;
import th.ita.survey.staff.StaffReply;

/**
 * The answer to "คะแนน": the score card as a Flex bubble (total, level, each tool with its sample,
 * every indicator against the pass mark, and the change since last year when known), with the same
 * figures in one line as altText and text fallback.
 */
final class ScoreCardMessage {

	private ScoreCardMessage() {
	}

	/** The score card for {@link StaffReply.ScoreShown}; with {@code lastYear} (may be null) each indicator's change. */
	static Optional<Message> of(StaffReply reply, LastYear lastYear) {
		if (!(reply instanceof StaffReply.ScoreShown shown)) {
			return Optional.empty();
		}
		AgencyScores s = shown.scores();
		PreviousScores previous = lastYear == null ? null : lastYear.before(s.agency().code(), s.fiscalYear()).orElse(null);
		return Optional.of(card(s, previous));
	}

	/** With {@code previous} (may be null) each indicator shows its change since that year. */
	private static Message card(AgencyScores s, PreviousScores previous) {
		ScoreCard card = s.card();
		Scheme scheme = card.scheme();
		List<FlexComponent> body = new ArrayList<>();
		ScoreReading.Completion completion = ScoreReading.completion(card);
		// while OIT items are unjudged the level is not shown: they count 0 meanwhile and would read as F
		String level = completion.complete() ? card.level() : null;
		List<FlexComponent> totalRow = new ArrayList<>();
		totalRow.add(Flex.vbox(List.of(Flex.grey("คะแนนรวม (ร้อยละ)"),
				Flex.textBuilder(Figures.score(card.total()), "3xl").weight(FlexText.Weight.BOLD).color(Flex.NAVY).build())));
		totalRow.add(new FlexBox.Builder(FlexBox.Layout.VERTICAL, List.of(Flex.grey("ระดับ"),
				// a letter (2563) big; a tier name (ต้องปรับปรุงโดยด่วน) small enough to fit, wrapped
				Flex.textBuilder(level == null ? "-" : level, level != null && level.length() > 3 ? "xs" : "xxl")
					.wrap(true)
					.weight(FlexText.Weight.BOLD)
					.color("#FFFFFF")
					.align(FlexText.Align.CENTER)
					.build()))
			.backgroundColor(level == null ? Flex.GREY : levelColour(scheme, level))
			.cornerRadius("8px")
			.paddingAll("6px")
			.width("76px")
			.build());
		body.add(Flex.hbox(totalRow));
		if (!completion.complete() && card.total() != null) {
			body.add(Flex.textBuilder(incomplete(completion), "xxs").color(Flex.GREY).wrap(true).build());
		}
		if (card.total() == null) {
			body.add(Flex.grey(anySuppressed(s) ? "คะแนนรวมจะแสดงเมื่อ IIT และ EIT มีผู้ตอบอย่างน้อย " + s.minRespondents() + " คน"
					: "คะแนนรวมจะคำนวณได้เมื่อทุกแบบมีข้อมูล"));
		}
		body.add(Flex.separator());
		for (Tool tool : Tool.values()) {
			ScoreCard.ToolScore ts = card.tool(tool);
			BigDecimal score = ts == null ? null : ts.score();
			body.add(Flex.hbox(List.of(Flex.textBuilder(tool + " " + toolName(tool), "sm").flex(1).build(),
					Flex.right(Figures.score(score), "sm", Flex.colourOf(score, scheme.passMark())))));
			body.add(Flex.grey(toolNote(s, tool)));
		}
		body.add(Flex.separator());
		body.add(Flex.textBuilder("ตัวชี้วัด (เส้นแดง = ผ่านร้อยละ " + Figures.plain(scheme.passMark()) + ")"
				+ (previous == null ? "" : " · ในวงเล็บ = เทียบปี " + previous.fiscalYear()), "xs")
			.weight(FlexText.Weight.BOLD)
			.wrap(true)
			.margin("md")
			.build());
		for (Form form : scheme.forms().values()) {
			for (Indicator indicator : form.indicators()) {
				ScoreCard.IndicatorScore is = card.indicator(indicator.id());
				BigDecimal score = is == null ? null : is.score();
				String change = previous == null ? "" : Figures.change(previous.change(indicator.id(), score));
				body.add(Flex.scoreRow(indicator.id() + ". " + indicator.name() + (change.isEmpty() ? "" : " (" + change + ")"),
						score, scheme.passMark()));
			}
		}
		FlexBubble bubble = new FlexBubble.Builder().size(FlexBubble.Size.MEGA)
			.header(Flex.header("ผลคะแนน ITA ล่าสุด · ปีงบประมาณ " + s.fiscalYear(), s.agency().name() + " (" + s.agency().code() + ")"))
			.body(Flex.vboxBuilder(body).spacing("xs").build())
			.footer(Flex.vbox(List.of(Flex.grey("แต่ละแบบแสดงเมื่อมีผู้ตอบอย่างน้อย " + s.minRespondents()
					+ " คน · พิมพ์ ตัวชี้วัด N, ข้อ " + scheme.form(Tool.IIT).items().get(0).id() + ", จุดอ่อน, OIT"))))
			.build();
		String alt = summary(s);
		if (previous != null) {
			alt += " | เทียบปี " + previous.fiscalYear() + " " + changes(card, previous);
		}
		return Flex.message(alt, bubble, StaffMenu.figures(s.agency().code(), scheme), alt);
	}

	/** "1:+1.23 2:−0.50 …": each indicator of last year that can be compared, in number order. */
	private static StringJoiner changes(ScoreCard card, PreviousScores previous) {
		StringJoiner changes = new StringJoiner(" ");
		previous.indicators().keySet().stream().sorted(Comparator.comparing(Integer::valueOf)).forEach(id -> {
			ScoreCard.IndicatorScore is = card.indicator(id);
			String c = Figures.change(previous.change(id, is == null ? null : is.score()));
			if (!c.isEmpty()) {
				changes.add(id + ":" + c);
			}
		});
		return changes;
	}

	/** "ยังไม่ครบ: OIT ยังไม่ได้ตรวจ 43/43 ข้อ คะแนนรวมจะอยู่ระหว่าง 35.80 (F) ถึง 75.80 (B)". */
	static String incomplete(ScoreReading.Completion c) {
		return "ยังไม่ครบ: OIT ยังไม่ได้ตรวจ " + c.unjudged() + "/" + c.items() + " ข้อ คะแนนรวมจะอยู่ระหว่าง " + Figures.score(c.low())
				+ " (" + c.lowLevel() + ") ถึง " + Figures.score(c.high()) + " (" + c.highLevel() + ") แล้วแต่ผลการตรวจ";
	}

	/** The score card in one line: total, level, each tool with n, the ten indicators. */
	private static String summary(AgencyScores s) {
		ScoreCard card = s.card();
		StringJoiner j = new StringJoiner(" | ");
		ScoreReading.Completion completion = ScoreReading.completion(card);
		if (completion.complete() || card.total() == null) {
			j.add("ITA " + s.agency().code() + " ปีงบ " + s.fiscalYear() + ": รวม " + Figures.score(card.total()) + " ระดับ "
					+ (card.level() == null ? "-" : card.level()));
		}
		else {
			j.add("ITA " + s.agency().code() + " ปีงบ " + s.fiscalYear() + ": รวม " + Figures.score(card.total()) + " ระดับ - ("
					+ incomplete(completion) + ")");
		}
		for (Tool tool : List.of(Tool.IIT, Tool.EIT)) {
			j.add(tool + " " + Figures.score(card.tool(tool).score()) + " (n=" + s.sample(tool).respondents() + ")");
		}
		j.add("OIT " + Figures.score(card.tool(Tool.OIT).score()));
		StringJoiner ind = new StringJoiner(" ");
		for (Form form : card.scheme().forms().values()) {
			for (Indicator indicator : form.indicators()) {
				ScoreCard.IndicatorScore is = card.indicator(indicator.id());
				ind.add(indicator.id() + ":" + Figures.score(is == null ? null : is.score()));
			}
		}
		j.add("ตัวชี้วัด " + ind);
		return j.toString();
	}

	private static String toolNote(AgencyScores s, Tool tool) {
		ScoreCard card = s.card();
		if (tool == Tool.OIT) {
			Form oit = card.scheme().form(Tool.OIT);
			long judged = oit.items().stream().filter(i -> card.item(i.id()) != null && card.item(i.id()).n() > 0).count();
			return "ตรวจแล้ว " + judged + "/" + oit.items().size() + " ข้อ";
		}
		AgencyScores.Sample sample = s.sample(tool);
		if (sample.suppressed()) {
			return "ยังไม่แสดง: ผู้ตอบ " + sample.respondents() + " คน (แสดงเมื่อครบ " + s.minRespondents() + " คน)";
		}
		Interval interval = card.tool(tool).interval();
		StringBuilder sb = new StringBuilder();
		if (interval != null) {
			sb.append("95% CI ").append(Figures.range(interval)).append(" · ");
		}
		sb.append("ผู้ตอบ ").append(sample.respondents()).append(" คน");
		sb.append(sampleNote(tool, sample));
		return sb.toString();
	}

	private static String sampleNote(Tool tool, AgencyScores.Sample sample) {
		if (sample.required() == null) {
			return tool == Tool.IIT ? " · ยังไม่ได้ตั้งจำนวนบุคลากร (ตั้งค่า บุคลากร N)"
					: " · ยังไม่ได้ตั้งจำนวนผู้รับบริการ (ตั้งค่า ผู้รับบริการ N)";
		}
		return " / ขั้นต่ำ " + sample.required() + " คน" + (sample.reachesMinimum() ? " ✓ ครบ" : " ยังไม่ครบ");
	}

	private static boolean anySuppressed(AgencyScores s) {
		return s.suppressed(Tool.IIT) || s.suppressed(Tool.EIT);
	}

	/**
	 * The result's colour from the lowest total that earns it, against the instrument's pass mark:
	 * at or above it dark green, then every 10 points lower a step towards red (2563: AA/A, B, C, D,
	 * E/F; tiers: ผ่าน…, ต้องปรับปรุง amber, โดยด่วน red).
	 */
	static String levelColour(Scheme scheme, String level) {
		double below = scheme.passMark().subtract(scheme.rating().floor(level)).doubleValue();
		if (below <= 0) {
			return "#1B5E20";
		}
		return below <= 10 ? "#558B2F" : below <= 20 ? "#F9A825" : below <= 30 ? "#EF6C00" : "#C62828";
	}

	private static String toolName(Tool tool) {
		return switch (tool) {
			case IIT -> "บุคลากรภายใน";
			case EIT -> "ผู้รับบริการ";
			case OIT -> "ข้อมูลสาธารณะ";
		};
	}
}
