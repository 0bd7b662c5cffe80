package th.ita.bot.staff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.Message;

import th.ita.bot.line.Messages;
import th.ita.bot.plan.ScoreReading;
import th.ita.scoring.Figures;
import th.ita.scoring.Indicator;
import th.ita.scoring.Item;
import th.ita.scoring.Question;
import th.ita.scoring.Scale;
import th.ita.scoring.Scheme;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;
import th.ita.survey.scores.AgencyScores;
import th.ita.survey.staff.StaffReply;

/**
 * The answers below the score card: one indicator ("ตัวชี้วัด N") as a bubble of its questions or
 * OIT sub-indicators, one IIT/EIT item's answers ("ข้อ i18") as a bar per option, and the refusals
 * when a form has too few respondents or the indicator or item does not exist.
 */
final class ScoreDetailMessages {

	private ScoreDetailMessages() {
	}

	static Optional<Message> of(StaffReply reply) {
		if (reply instanceof StaffReply.IndicatorShown s) {
			return Optional.of(indicator(s.scores(), s.indicator()));
		}
		if (reply instanceof StaffReply.ItemShown s && s.tool() != Tool.OIT) {
			return Optional.of(distribution(s));
		}
		if (reply instanceof StaffReply.Withheld w) {
			// fewer respondents than the minimum: no figure of that form, so nobody's answers can be read
			AgencyScores.Sample sample = w.scores().sample(w.tool());
			return Optional.of(Messages.text("ยังแสดงผล " + w.tool() + " ของ " + w.scores().agency().code()
					+ " ไม่ได้ครับ: มีผู้ตอบ " + sample.respondents() + " คน ต้องมีอย่างน้อย " + w.scores().minRespondents()
					+ " คน เพื่อไม่ให้ใครอ่านคำตอบของผู้ตอบรายใดได้", StaffMenu.figures(w.scores().agency().code(), w.scores().card().scheme())));
		}
		if (reply instanceof StaffReply.UnknownIndicator u) {
			return Optional.of(Messages.text("ไม่มีตัวชี้วัดที่ " + u.id() + " ครับ (มีตัวชี้วัดที่ 1 ถึง 10)"));
		}
		if (reply instanceof StaffReply.UnknownItem u) {
			return Optional.of(Messages.text("ไม่พบข้อ " + u.id() + " ครับ ตัวอย่าง: ข้อ i1.1, ข้อ e5, OIT o30 ผ่าน"));
		}
		return Optional.empty();
	}

	private static Message indicator(AgencyScores s, Indicator indicator) {
		ScoreCard card = s.card();
		Scheme scheme = card.scheme();
		BigDecimal pass = scheme.passMark();
		ScoreCard.IndicatorScore is = card.indicator(indicator.id());
		List<FlexComponent> body = new ArrayList<>();
		StringJoiner alt = new StringJoiner(" | ");
		alt.add("ตัวชี้วัดที่ " + indicator.id() + " " + indicator.name() + " " + s.agency().code() + ": "
				+ Figures.score(is == null ? null : is.score()));
		if (indicator.subindicators().isEmpty()) {
			for (Question q : indicator.questions()) {
				BigDecimal score = card.questions().get(q.id());
				body.add(Flex.scoreRow(q.id() + " " + q.text(), score, pass));
				alt.add(q.id() + " " + Figures.score(score));
				if (q.items().size() > 1 || q.items().get(0).isSubItem()) {
					StringJoiner items = new StringJoiner(" · ");
					q.items().forEach(item -> items.add(item.id() + " " + ScoreReading.shortText(scheme, item, 24) + " "
							+ Figures.score(itemScore(card, item))));
					body.add(Flex.grey(items.toString()));
				}
			}
		}
		else {
			for (Indicator.SubIndicator sub : indicator.subindicators()) {
				BigDecimal score = card.subindicators().get(sub.id());
				body.add(Flex.scoreRow(sub.id() + " " + sub.name(), score, pass));
				alt.add(sub.id() + " " + Figures.score(score));
				StringJoiner items = new StringJoiner(" ");
				sub.questions().forEach(q -> q.items().forEach(item -> items.add(mark(card.item(item.id())) + item.id())));
				body.add(Flex.grey(items.toString()));
			}
		}
		Tool tool = is == null ? null : is.tool();
		String n = tool == null || tool == Tool.OIT ? "" : " · ผู้ตอบ " + s.sample(tool).respondents() + " คน";
		FlexBubble bubble = new FlexBubble.Builder().size(FlexBubble.Size.MEGA)
			.header(Flex.header("ตัวชี้วัดที่ " + indicator.id() + " · " + s.agency().code() + n,
					indicator.name() + " " + Figures.score(is == null ? null : is.score())))
			.body(Flex.vboxBuilder(body).spacing("xs").build())
			.footer(Flex.vbox(List.of(Flex.grey("เส้นแดง = ผ่านร้อยละ " + Figures.plain(pass) + " · พิมพ์ ข้อ "
					+ firstItemId(indicator) + " เพื่อดูสัดส่วนคำตอบ"))))
			.build();
		return Flex.message(alt.toString(), bubble, StaffMenu.figures(s.agency().code(), scheme), alt.toString());
	}

	/** An IIT/EIT item, or a question's sub-items: each option's share, best for the score first. */
	private static Message distribution(StaffReply.ItemShown s) {
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
								Flex.right(Figures.percent(p), "xs", colour))),
						Flex.bar(p, colour, null)))
					.margin("xs")
					.build());
				row.add(options.get(o).label() + " " + Figures.percent(p));
			}
			String scoreLine = "คะแนน " + Figures.score(is.score())
					+ (is.interval() == null ? "" : " (95% CI " + Figures.range(is.interval()) + ")") + " · ผู้ตอบข้อนี้ " + is.n()
					+ " คน" + (item.reverse() ? " · ข้อเชิงลบ: ตอบน้อย = คะแนนสูง" : "");
			body.add(Flex.textBuilder(scoreLine, "xs")
				.weight(FlexText.Weight.BOLD)
				.color(Flex.colourOf(is.score(), card.scheme().passMark()))
				.wrap(true)
				.build());
			row.add("คะแนน " + Figures.score(is.score()) + " n=" + is.n());
			alt.add(row.toString());
		}
		FlexBubble bubble = new FlexBubble.Builder().size(FlexBubble.Size.MEGA)
			.header(Flex.header("ข้อ " + q.id() + " · " + s.tool() + " · " + s.scores().agency().code(), q.text()))
			.body(Flex.vboxBuilder(body).spacing("xs").build())
			.footer(Flex.vbox(List.of(Flex.grey("ร้อยละของผู้ตอบแต่ละตัวเลือก เรียงจากคำตอบที่ได้คะแนนสูงสุด สีเขียว = ดีต่อคะแนน"))))
			.build();
		return Flex.message(alt.toString(), bubble, StaffMenu.figures(s.scores().agency().code(), card.scheme()),
				q.id() + " " + q.text() + "\n" + alt);
	}

	private static String firstItemId(Indicator indicator) {
		return indicator.allQuestions().get(0).items().get(0).id();
	}

	/** An OIT item's state in a row of codes: ✅ passed, ❌ not, ⬜ not judged yet. */
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
}
