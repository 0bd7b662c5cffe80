package th.ita.bot.staff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.Message;

import th.ita.bot.line.MainMenu;
import th.ita.bot.line.Messages;
import th.ita.scoring.Form;
import th.ita.scoring.Indicator;
import th.ita.scoring.Interval;
import th.ita.scoring.Item;
import th.ita.scoring.Question;
import th.ita.scoring.Scale;
import th.ita.scoring.Scheme;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;
import th.ita.scoring.Weakness;
import th.ita.bot.plan.ScoreReading;
import th.ita.survey.agency.Agency;
import th.ita.survey.plan.LastYear;
import th.ita.survey.plan.PreviousScores;
import th.ita.survey.scores.AgencyScores;
import th.ita.survey.scores.OitJudgement;
import th.ita.survey.staff.StaffMember;
import th.ita.survey.staff.StaffReply;

/**
 * Staff replies as LINE messages: Flex for the score card, an indicator and an item's distribution
 * (each with a plain-text altText that carries the same figures), text for the rest. Figures are
 * printed exactly as the score card holds them; "-" is a figure nobody's answers make yet.
 */
final class StaffMessages {

	private StaffMessages() {
	}

	static List<Message> render(StaffReply reply) {
		return render(reply, null);
	}

	/** With {@code lastYear} (may be null) the score card shows each indicator's change since the year before. */
	static List<Message> render(StaffReply reply, LastYear lastYear) {
		if (reply instanceof StaffReply.ScoreShown s) {
			PreviousScores previous = lastYear == null ? null
					: lastYear.before(s.scores().agency().code(), s.scores().fiscalYear()).orElse(null);
			return List.of(scoreCard(s.scores(), previous));
		}
		if (reply instanceof StaffReply.IndicatorShown s) {
			return List.of(indicator(s.scores(), s.indicator()));
		}
		if (reply instanceof StaffReply.ItemShown s) {
			return List.of(s.tool() == Tool.OIT ? oitItem(s) : distribution(s));
		}
		if (reply instanceof StaffReply.WeaknessShown s) {
			return List.of(Messages.text(weakness(s.scores(), s.weakness()), actions(s.scores().agency(), s.scores().card().scheme())));
		}
		if (reply instanceof StaffReply.OitListed s) {
			return List.of(Messages.text(oitList(s.scores(), s.judgements()), actions(s.scores().agency(), s.scores().card().scheme())));
		}
		if (reply instanceof StaffReply.OitJudged s) {
			return List.of(Messages.text(oitJudged(s), actions(s.scores().agency(), s.scores().card().scheme())));
		}
		if (reply instanceof StaffReply.Withheld w) {
			AgencyScores.Sample sample = w.scores().sample(w.tool());
			return List.of(Messages.text("ยังแสดงผล " + w.tool() + " ของ " + w.scores().agency().code()
					+ " ไม่ได้ครับ: มีผู้ตอบ " + sample.respondents() + " คน ต้องมีอย่างน้อย " + w.scores().minRespondents()
					+ " คน เพื่อไม่ให้ใครอ่านคำตอบของผู้ตอบรายใดได้", actions(w.scores().agency(), w.scores().card().scheme())));
		}
		if (reply instanceof StaffReply.Registered r) {
			return List.of(registered(r));
		}
		if (reply instanceof StaffReply.RegistrationFailed) {
			return List.of(Messages.text("รหัสลงทะเบียนไม่ถูกต้อง ใช้ไปแล้ว หรือหมดอายุครับ กรุณาขอรหัสใหม่จากผู้ดูแลระบบ "
					+ "แล้วพิมพ์ \"ลงทะเบียน รหัส\" (รหัสใช้ได้ครั้งเดียว)"));
		}
		if (reply instanceof StaffReply.TooManyAttempts t) {
			return List.of(Messages.text("วันนี้ท่านลองรหัสลงทะเบียนครบ " + t.limit()
					+ " ครั้งแล้ว กรุณาลองใหม่พรุ่งนี้ หรือขอรหัสใหม่จากผู้ดูแลระบบ"));
		}
		if (reply instanceof StaffReply.NotAllowed n) {
			return List.of(Messages.text("ขออภัยครับ คำสั่งนี้สำหรับ" + n.needed().label()
					+ " ท่านยังไม่มีสิทธิ์นี้ ขอได้จากผู้ดูแลหน่วยงาน (พิมพ์ \"ช่วยเหลือ\" เพื่อดูคำสั่งที่ท่านใช้ได้)"));
		}
		if (reply instanceof StaffReply.NotStaff) {
			return List.of(notStaff());
		}
		if (reply instanceof StaffReply.OtherAgency o) {
			return List.of(Messages.text("ขออภัยครับ ท่านดูและแก้ไขข้อมูลได้เฉพาะหน่วยงาน " + o.own()));
		}
		if (reply instanceof StaffReply.UnknownAgency u) {
			return List.of(Messages.text("ไม่พบหน่วยงานรหัส " + u.code() + " ครับ"));
		}
		if (reply instanceof StaffReply.UnknownIndicator u) {
			return List.of(Messages.text("ไม่มีตัวชี้วัดที่ " + u.id() + " ครับ (มีตัวชี้วัดที่ 1 ถึง 10)"));
		}
		if (reply instanceof StaffReply.UnknownItem u) {
			return List.of(Messages.text("ไม่พบข้อ " + u.id() + " ครับ ตัวอย่าง: ข้อ i1.1, ข้อ e5, OIT o30 ผ่าน"));
		}
		if (reply instanceof StaffReply.BadEvidenceLink) {
			return List.of(Messages.text("ลิงก์หลักฐานต้องขึ้นต้นด้วย http:// หรือ https:// ครับ เช่น "
					+ "OIT o30 ผ่าน https://www.example.go.th/ita/o30"));
		}
		if (reply instanceof StaffReply.BadPopulation b) {
			return List.of(Messages.text("จำนวนต้องอยู่ระหว่าง 1 ถึง " + String.format("%,d", b.max()) + " คนครับ"));
		}
		if (reply instanceof StaffReply.PopulationSet p) {
			return List.of(Messages.text(populationSet(p), actions(p.agency())));
		}
		throw new IllegalArgumentException("no rendering for " + reply);
	}

	static Message notStaff() {
		return Messages.text("ขออภัยครับ คำสั่งนี้สำหรับเจ้าหน้าที่ของหน่วยงานที่ลงทะเบียนแล้วเท่านั้น "
				+ "หากท่านเป็นเจ้าหน้าที่ กรุณาขอรหัสลงทะเบียนจากผู้ดูแลระบบ แล้วพิมพ์ \"ลงทะเบียน รหัส\"", MainMenu.actions());
	}

	/** The staff part of "ช่วยเหลือ": every command this person's roles allow, grouped by role. */
	static Message help(StaffMember member) {
		return Messages.text(StaffHelp.text(member), StaffMenu.actions(member, member.agency()));
	}

	static String usageText(String word) {
		return "รูปแบบคำสั่งไม่ถูกต้องครับ (" + word + ") พิมพ์ \"ช่วยเหลือ\" เพื่อดูคำสั่งสำหรับเจ้าหน้าที่";
	}

	private static Message registered(StaffReply.Registered r) {
		StaffMember m = r.member();
		String name = r.agency() == null ? m.agency() : r.agency().name() + " (" + m.agency() + ")";
		return Messages.text("ลงทะเบียนเรียบร้อยครับ ท่านเป็นเจ้าหน้าที่ของ" + name + "\nสิทธิ์: " + StaffHelp.roles(m)
				+ "\nพิมพ์ \"ช่วยเหลือ\" เพื่อดูคำสั่งทั้งหมดที่ท่านใช้ได้", StaffMenu.actions(m, m.agency()));
	}

	/** Quick replies for staff; they name the agency so a province admin stays on the one shown. */
	static List<Action> actions(Agency agency) {
		return actions(agency.code());
	}

	static List<Action> actions(String agency) {
		List<Action> actions = new ArrayList<>();
		actions.add(Messages.say("คะแนน", "คะแนน " + agency));
		actions.add(Messages.say("จุดอ่อน", "จุดอ่อน " + agency));
		actions.add(Messages.say("OIT", "OIT " + agency));
		return actions;
	}

	static List<Action> actions(Agency agency, Scheme scheme) {
		return actions(agency.code(), scheme);
	}

	/** The same, plus one button per indicator of the instrument shown (as many as a quick reply holds). */
	static List<Action> actions(String agency, Scheme scheme) {
		List<Action> actions = actions(agency);
		scheme.forms().values().stream().flatMap(f -> f.indicators().stream()).limit(13 - actions.size()).forEach(i -> {
			String label = "ตัวชี้วัด " + i.id();
			actions.add(Messages.say(label.length() <= 20 ? label : i.id(), "ตัวชี้วัด " + i.id() + " " + agency));
		});
		return actions;
	}

	// --- score card

	static Message scoreCard(AgencyScores s) {
		return scoreCard(s, null);
	}

	static Message scoreCard(AgencyScores s, PreviousScores previous) {
		ScoreCard card = s.card();
		Scheme scheme = card.scheme();
		List<FlexComponent> body = new ArrayList<>();
		ScoreReading.Completion completion = ScoreReading.completion(card);
		// while OIT items are unjudged the level is not shown: they count 0 meanwhile and would read as F
		String level = completion.complete() ? card.level() : null;
		List<FlexComponent> totalRow = new ArrayList<>();
		totalRow.add(Flex.vbox(List.of(Flex.grey("คะแนนรวม (ร้อยละ)"),
				Flex.textBuilder(figure(card.total()), "3xl").weight(FlexText.Weight.BOLD).color(Flex.NAVY).build())));
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
					Flex.right(figure(score), "sm", Flex.colourOf(score, scheme.passMark())))));
			body.add(Flex.grey(toolNote(s, tool)));
		}
		body.add(Flex.separator());
		body.add(Flex.textBuilder("ตัวชี้วัด (เส้นแดง = ผ่านร้อยละ " + plain(scheme.passMark()) + ")"
				+ (previous == null ? "" : " · ในวงเล็บ = เทียบปี " + previous.fiscalYear()), "xs")
			.weight(FlexText.Weight.BOLD)
			.wrap(true)
			.margin("md")
			.build());
		for (Form form : scheme.forms().values()) {
			for (Indicator indicator : form.indicators()) {
				ScoreCard.IndicatorScore is = card.indicator(indicator.id());
				BigDecimal score = is == null ? null : is.score();
				String change = previous == null ? "" : signed(previous.change(indicator.id(), score));
				body.add(scoreRow(indicator.id() + ". " + indicator.name() + (change.isEmpty() ? "" : " (" + change + ")"), score,
						scheme.passMark()));
			}
		}
		FlexBubble bubble = new FlexBubble.Builder().size(FlexBubble.Size.MEGA)
			.header(header("ผลคะแนน ITA ล่าสุด · ปีงบประมาณ " + s.fiscalYear(), s.agency().name() + " (" + s.agency().code() + ")"))
			.body(Flex.vboxBuilder(body).spacing("xs").build())
			.footer(Flex.vbox(List.of(Flex.grey("แต่ละแบบแสดงเมื่อมีผู้ตอบอย่างน้อย " + s.minRespondents()
					+ " คน · พิมพ์ ตัวชี้วัด N, ข้อ " + scheme.form(Tool.IIT).items().get(0).id() + ", จุดอ่อน, OIT"))))
			.build();
		String alt = scoreSummary(s);
		if (previous != null) {
			StringJoiner changes = new StringJoiner(" ");
			previous.indicators().keySet().stream().sorted(java.util.Comparator.comparing(Integer::valueOf)).forEach(id -> {
				ScoreCard.IndicatorScore is = card.indicator(id);
				String c = signed(previous.change(id, is == null ? null : is.score()));
				if (!c.isEmpty()) {
					changes.add(id + ":" + c);
				}
			});
			alt += " | เทียบปี " + previous.fiscalYear() + " " + changes;
		}
		return Flex.message(alt, bubble, actions(s.agency(), s.card().scheme()), alt);
	}

	/** "ยังไม่ครบ: OIT ยังไม่ได้ตรวจ 43/43 ข้อ คะแนนรวมจะอยู่ระหว่าง 35.80 (F) ถึง 75.80 (B)". */
	static String incomplete(ScoreReading.Completion c) {
		return "ยังไม่ครบ: OIT ยังไม่ได้ตรวจ " + c.unjudged() + "/" + c.items() + " ข้อ คะแนนรวมจะอยู่ระหว่าง " + figure(c.low())
				+ " (" + c.lowLevel() + ") ถึง " + figure(c.high()) + " (" + c.highLevel() + ") แล้วแต่ผลการตรวจ";
	}

	/** "+1.23", "−0.50", "0.00"; empty when there is nothing to compare. */
	static String signed(BigDecimal change) {
		if (change == null) {
			return "";
		}
		String v = change.abs().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
		return change.signum() > 0 ? "+" + v : change.signum() < 0 ? "−" + v : v;
	}

	/** The score card in one line: total, level, each tool with n, the ten indicators. */
	static String scoreSummary(AgencyScores s) {
		ScoreCard card = s.card();
		StringJoiner j = new StringJoiner(" | ");
		ScoreReading.Completion completion = ScoreReading.completion(card);
		if (completion.complete() || card.total() == null) {
			j.add("ITA " + s.agency().code() + " ปีงบ " + s.fiscalYear() + ": รวม " + figure(card.total()) + " ระดับ "
					+ (card.level() == null ? "-" : card.level()));
		}
		else {
			j.add("ITA " + s.agency().code() + " ปีงบ " + s.fiscalYear() + ": รวม " + figure(card.total()) + " ระดับ - ("
					+ incomplete(completion) + ")");
		}
		for (Tool tool : List.of(Tool.IIT, Tool.EIT)) {
			j.add(tool + " " + figure(card.tool(tool).score()) + " (n=" + s.sample(tool).respondents() + ")");
		}
		j.add("OIT " + figure(card.tool(Tool.OIT).score()));
		StringJoiner ind = new StringJoiner(" ");
		for (Form form : card.scheme().forms().values()) {
			for (Indicator indicator : form.indicators()) {
				ScoreCard.IndicatorScore is = card.indicator(indicator.id());
				ind.add(indicator.id() + ":" + figure(is == null ? null : is.score()));
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
			sb.append("95% CI ").append(range(interval)).append(" · ");
		}
		sb.append("ผู้ตอบ ").append(sample.respondents()).append(" คน");
		sb.append(sampleNote(tool, sample));
		return sb.toString();
	}

	static String sampleNote(Tool tool, AgencyScores.Sample sample) {
		if (sample.required() == null) {
			return tool == Tool.IIT ? " · ยังไม่ได้ตั้งจำนวนบุคลากร (ตั้งค่า บุคลากร N)"
					: " · ยังไม่ได้ตั้งจำนวนผู้รับบริการ (ตั้งค่า ผู้รับบริการ N)";
		}
		return " / ขั้นต่ำ " + sample.required() + " คน" + (sample.reachesMinimum() ? " ✓ ครบ" : " ยังไม่ครบ");
	}

	private static boolean anySuppressed(AgencyScores s) {
		return s.suppressed(Tool.IIT) || s.suppressed(Tool.EIT);
	}

	private static FlexBox scoreRow(String label, BigDecimal score, BigDecimal passMark) {
		String colour = Flex.colourOf(score, passMark);
		return Flex.vboxBuilder(List.of(
				Flex.hbox(List.of(Flex.textBuilder(label, "xs").flex(1).build(), Flex.right(figure(score), "xs", colour))),
				Flex.bar(score, colour, passMark)))
			.margin("sm")
			.build();
	}

	private static FlexBox header(String small, String title) {
		return Flex.vboxBuilder(List.of(Flex.textBuilder(small, "xxs").color("#DDE6F0").build(),
				Flex.textBuilder(title, "md").weight(FlexText.Weight.BOLD).color("#FFFFFF").wrap(true).build()))
			.backgroundColor(Flex.NAVY)
			.paddingAll("12px")
			.build();
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

	// --- indicator

	static Message indicator(AgencyScores s, Indicator indicator) {
		ScoreCard card = s.card();
		Scheme scheme = card.scheme();
		BigDecimal pass = scheme.passMark();
		ScoreCard.IndicatorScore is = card.indicator(indicator.id());
		List<FlexComponent> body = new ArrayList<>();
		StringJoiner alt = new StringJoiner(" | ");
		alt.add("ตัวชี้วัดที่ " + indicator.id() + " " + indicator.name() + " " + s.agency().code() + ": "
				+ figure(is == null ? null : is.score()));
		if (indicator.subindicators().isEmpty()) {
			for (Question q : indicator.questions()) {
				BigDecimal score = card.questions().get(q.id());
				body.add(scoreRow(q.id() + " " + q.text(), score, pass));
				alt.add(q.id() + " " + figure(score));
				if (q.items().size() > 1 || q.items().get(0).isSubItem()) {
					StringJoiner items = new StringJoiner(" · ");
					q.items().forEach(item -> items.add(item.id() + " " + ScoreReading.shortText(scheme, item, 24) + " "
							+ figure(itemScore(card, item))));
					body.add(Flex.grey(items.toString()));
				}
			}
		}
		else {
			for (Indicator.SubIndicator sub : indicator.subindicators()) {
				BigDecimal score = card.subindicators().get(sub.id());
				body.add(scoreRow(sub.id() + " " + sub.name(), score, pass));
				alt.add(sub.id() + " " + figure(score));
				StringJoiner items = new StringJoiner(" ");
				sub.questions().forEach(q -> q.items().forEach(item -> items.add(mark(card.item(item.id())) + item.id())));
				body.add(Flex.grey(items.toString()));
			}
		}
		Tool tool = is == null ? null : is.tool();
		String n = tool == null || tool == Tool.OIT ? "" : " · ผู้ตอบ " + s.sample(tool).respondents() + " คน";
		FlexBubble bubble = new FlexBubble.Builder().size(FlexBubble.Size.MEGA)
			.header(header("ตัวชี้วัดที่ " + indicator.id() + " · " + s.agency().code() + n,
					indicator.name() + " " + figure(is == null ? null : is.score())))
			.body(Flex.vboxBuilder(body).spacing("xs").build())
			.footer(Flex.vbox(List.of(Flex.grey("เส้นแดง = ผ่านร้อยละ " + plain(pass) + " · พิมพ์ ข้อ "
					+ firstItemId(indicator) + " เพื่อดูสัดส่วนคำตอบ"))))
			.build();
		return Flex.message(alt.toString(), bubble, actions(s.agency(), s.card().scheme()), alt.toString());
	}

	private static String firstItemId(Indicator indicator) {
		return indicator.allQuestions().get(0).items().get(0).id();
	}

	private static String mark(ScoreCard.ItemScore is) {
		if (is == null || is.n() == 0) {
			return "⬜";
		}
		return is.score().signum() > 0 ? "✅" : "❌";
	}

	private static BigDecimal itemScore(ScoreCard card, Item item) {
		ScoreCard.ItemScore is = card.item(item.id());
		return is == null ? null : is.score();
	}

	// --- item distribution

	static Message distribution(StaffReply.ItemShown s) {
		ScoreCard card = s.scores().card();
		Question q = s.question();
		List<FlexComponent> body = new ArrayList<>();
		StringJoiner alt = new StringJoiner(" | ");
		for (Item item : s.items()) {
			ScoreCard.ItemScore is = card.item(item.id());
			if (item.isSubItem()) {
				body.add(Flex.textBuilder(item.id() + " " + item.text(), "sm").weight(FlexText.Weight.BOLD).wrap(true).margin("md").build());
			}
			List<Scale.Option> options = item.scale().options();
			StringJoiner row = new StringJoiner(" ");
			row.add(item.id());
			// best option for the score first, each bar in the colour of what it means for the score
			for (int o : ScoreReading.bestFirst(item)) {
				BigDecimal p = is.percents().get(o);
				String colour = ScoreReading.colour(item, o);
				body.add(Flex.vboxBuilder(List.of(
						Flex.hbox(List.of(Flex.textBuilder(options.get(o).label(), "xs").flex(1).build(),
								Flex.right(p == null ? "-" : p.toPlainString() + "%", "xs", colour))),
						Flex.bar(p, colour, null)))
					.margin("xs")
					.build());
				row.add(options.get(o).label() + " " + (p == null ? "-" : p.toPlainString() + "%"));
			}
			String scoreLine = "คะแนน " + figure(is.score()) + (is.interval() == null ? "" : " (95% CI " + range(is.interval()) + ")")
					+ " · ผู้ตอบข้อนี้ " + is.n() + " คน" + (item.reverse() ? " · ข้อเชิงลบ: ตอบน้อย = คะแนนสูง" : "");
			body.add(Flex.textBuilder(scoreLine, "xs")
				.weight(FlexText.Weight.BOLD)
				.color(Flex.colourOf(is.score(), card.scheme().passMark()))
				.wrap(true)
				.build());
			row.add("คะแนน " + figure(is.score()) + " n=" + is.n());
			alt.add(row.toString());
		}
		FlexBubble bubble = new FlexBubble.Builder().size(FlexBubble.Size.MEGA)
			.header(header("ข้อ " + q.id() + " · " + s.tool() + " · " + s.scores().agency().code(), q.text()))
			.body(Flex.vboxBuilder(body).spacing("xs").build())
			.footer(Flex.vbox(List.of(Flex.grey("ร้อยละของผู้ตอบแต่ละตัวเลือก เรียงจากคำตอบที่ได้คะแนนสูงสุด สีเขียว = ดีต่อคะแนน"))))
			.build();
		return Flex.message(alt.toString(), bubble, actions(s.scores().agency(), s.scores().card().scheme()), q.id() + " " + q.text() + "\n" + alt);
	}

	private static Message oitItem(StaffReply.ItemShown s) {
		StringBuilder sb = new StringBuilder();
		for (Item item : s.items()) {
			OitJudgement j = s.judgements().get(item.id());
			sb.append(item.id()).append(' ').append(s.question().text()).append('\n');
			sb.append(s.question().detail()).append('\n');
			sb.append(j == null ? "⬜ ยังไม่ได้ตรวจ (ระหว่างนี้นับ 0 คะแนน คะแนนรวมจึงยังไม่ครบ)" : j.pass() ? "✅ ผ่าน (100 คะแนน)" : "❌ ไม่ผ่าน (0 คะแนน)");
			if (j != null && j.url() != null) {
				sb.append("\nหลักฐาน: ").append(j.url());
			}
		}
		sb.append("\nบันทึกผล: OIT ").append(s.items().get(0).id()).append(" ผ่าน ลิงก์ หรือ OIT ").append(s.items().get(0).id()).append(" ไม่ผ่าน");
		return Messages.text(sb.toString(), actions(s.scores().agency(), s.scores().card().scheme()));
	}

	// --- analysis, OIT

	static String weakness(AgencyScores s, Weakness computed) {
		Scheme scheme = s.card().scheme();
		// unjudged OIT items are a to-do below, not failures
		Weakness w = ScoreReading.weakness(s.card(), 3);
		StringBuilder sb = new StringBuilder();
		sb.append("การวิเคราะห์ผลการประเมิน ").append(s.agency().code()).append(" ปีงบ ").append(s.fiscalYear())
			.append(" (เรียงจากคะแนนน้อยที่สุด)\n");
		for (Tool tool : List.of(Tool.IIT, Tool.EIT)) {
			if (s.suppressed(tool)) {
				sb.append("(ยังไม่รวม ").append(tool).append(": ผู้ตอบไม่ถึง ").append(s.minRespondents()).append(" คน)\n");
			}
		}
		sb.append("1. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน (ต่ำกว่าร้อยละ ")
			.append(plain(scheme.passMark())).append(")\n");
		int n = 0;
		for (ScoreCard.IndicatorScore ind : w.urgent()) {
			sb.append("- 1.").append(++n).append(' ').append(ind.name()).append(" คะแนนร้อยละ ").append(figure(ind.score())).append('\n');
			String guidance = ScoreReading.guidance(scheme, ind.id());
			if (!guidance.isEmpty()) {
				sb.append("    ประเด็นที่ต้องแก้ไข/ปรับปรุง: ").append(guidance).append('\n');
			}
			for (Weakness.Lever lever : w.levers()) {
				if (lever.indicatorId().equals(ind.id())) {
					sb.append("    ควรแก้ไขก่อน: ").append(lever.itemId()).append(' ').append(shortWording(scheme, lever.itemId()))
						.append(" คะแนน ").append(figure(lever.score())).append(" หากได้ 100 คะแนนรวมเพิ่มขึ้น ")
						.append(figure(lever.gain())).append('\n');
				}
			}
		}
		if (n == 0) {
			sb.append("- ไม่มี\n");
		}
		sb.append("2. ประเด็นที่จะต้องพัฒนาให้ดีขึ้น\n");
		n = 0;
		for (ScoreCard.IndicatorScore ind : w.toImprove()) {
			sb.append("- 2.").append(++n).append(' ').append(ind.name()).append(" คะแนนร้อยละ ").append(figure(ind.score())).append('\n');
		}
		if (n == 0) {
			sb.append("- ไม่มี\n");
		}
		List<Item> open = ScoreReading.unjudgedItems(s.card());
		if (!open.isEmpty()) {
			sb.append("3. รายการที่ต้องทำ: OIT ที่ยังไม่ได้ตรวจ ").append(open.size()).append(" ข้อ (ยังไม่นับเป็นจุดอ่อน)\n");
			StringJoiner ids = new StringJoiner(", ");
			open.forEach(i -> ids.add(i.id()));
			sb.append("⬜ ").append(ids).append("\nบันทึกผล: OIT ").append(open.get(0).id()).append(" ผ่าน ลิงก์ หรือ OIT ")
				.append(open.get(0).id()).append(" ไม่ผ่าน\n");
		}
		sb.append("\nวางแผนแก้ไข: พิมพ์ \"เพิ่มมาตรการ N\" แล้วขึ้นบรรทัดใหม่ มาตรการ / วิธีดำเนินการ / ผู้รับผิดชอบ · ดูแผน: แผน");
		return sb.toString().trim();
	}

	/** A sub-item's own text, else its question's, cut short: enough to recognise it. */
	private static String shortWording(Scheme scheme, String itemId) {
		Item item = scheme.item(itemId).orElseThrow();
		String text = item.isSubItem() ? item.text()
				: scheme.forms()
					.values()
					.stream()
					.map(f -> f.questionsById().get(item.questionId()))
					.filter(Objects::nonNull)
					.findFirst()
					.map(Question::text)
					.orElse("");
		return Messages.fit(text, 60);
	}

	static String oitList(AgencyScores s, Map<String, OitJudgement> judgements) {
		ScoreCard card = s.card();
		Form oit = card.scheme().form(Tool.OIT);
		long pass = judgements.values().stream().filter(OitJudgement::pass).count();
		long fail = judgements.size() - pass;
		StringBuilder sb = new StringBuilder();
		sb.append("OIT ").append(s.agency().code()).append(" ปีงบ ").append(s.fiscalYear()).append(": คะแนน ")
			.append(figure(card.tool(Tool.OIT).score())).append("\n✅ ผ่าน ").append(pass).append(" · ❌ ไม่ผ่าน ").append(fail)
			.append(" · ⬜ ยังไม่ตรวจ ").append(oit.items().size() - judgements.size()).append(" (รวม ").append(oit.items().size())
			.append(" ข้อ)\n");
		for (Indicator indicator : oit.indicators()) {
			for (Indicator.SubIndicator sub : indicator.subindicators()) {
				sb.append('\n').append(sub.id()).append(' ').append(sub.name()).append(' ')
					.append(figure(card.subindicators().get(sub.id()))).append('\n');
				for (Question q : sub.questions()) {
					for (Item item : q.items()) {
						OitJudgement j = judgements.get(item.id());
						sb.append(j == null ? "⬜ " : j.pass() ? "✅ " : "❌ ").append(item.id()).append(' ')
							.append(Messages.fit(q.text(), 40)).append('\n');
					}
				}
			}
		}
		sb.append("\nบันทึกผล: OIT o30 ผ่าน ลิงก์หลักฐาน หรือ OIT o30 ไม่ผ่าน · ดูรายละเอียด: ข้อ o30");
		return sb.toString();
	}

	private static String oitJudged(StaffReply.OitJudged s) {
		OitJudgement j = s.judgement();
		ScoreCard card = s.scores().card();
		Question q = card.scheme().form(Tool.OIT).questionOf(card.scheme().item(j.item()).orElseThrow());
		ScoreReading.Completion c = ScoreReading.completion(card);
		return "บันทึกแล้ว: " + j.item() + " " + q.text() + " — " + (j.pass() ? "✅ ผ่าน" : "❌ ไม่ผ่าน")
				+ (j.url() == null ? "" : "\nหลักฐาน: " + j.url()) + "\nคะแนน OIT ตอนนี้ " + figure(card.tool(Tool.OIT).score())
				+ " · คะแนนรวม " + figure(card.total())
				+ (c.complete() || card.total() == null ? (card.level() == null ? "" : " ระดับ " + card.level())
						: "\n" + incomplete(c));
	}

	private static String populationSet(StaffReply.PopulationSet p) {
		String what = p.tool() == Tool.IIT ? "จำนวนบุคลากร (ประชากรของ IIT)" : "จำนวนผู้รับบริการต่อปี (ประชากรของ EIT)";
		return "บันทึกแล้ว: " + what + " ของ " + p.agency().code() + " = " + String.format("%,d", p.size()) + " คน\n"
				+ "ขนาดตัวอย่างขั้นต่ำของ " + p.tool() + ": " + p.required() + " คน (แสดงเทียบกับจำนวนผู้ตอบในคำสั่ง คะแนน)";
	}

	// --- figures

	static String figure(BigDecimal value) {
		return value == null ? "-" : value.toPlainString();
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static String range(Interval interval) {
		return interval.low().toPlainString() + "–" + interval.high().toPlainString();
	}
}
