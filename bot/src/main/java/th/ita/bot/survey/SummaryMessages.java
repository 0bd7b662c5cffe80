package th.ita.bot.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexButton;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.Message;

import th.ita.bot.line.Bubbles;
import th.ita.bot.line.Messages;
import th.ita.survey.conversation.SurveyStep;

/**
 * The summary before submit: one bubble per indicator listing each item's short wording with the
 * answer given (a tap on a row opens that item; answering it returns here), then a bubble to send
 * or cancel. All in one carousel while LINE's size limit allows, at most four messages.
 */
final class SummaryMessages {

	static final String AT_SUMMARY = "⚠️ ข้อความที่พิมพ์ไม่ใช่คำตอบ จึงไม่ได้บันทึก ตอนนี้ท่านอยู่ที่สรุปคำตอบ: กด \"ส่งแบบประเมิน\" "
			+ "เพื่อยืนยัน หรือแตะข้อที่ต้องการแก้ไข (หรือพิมพ์ เช่น \"แก้ไขข้อ 5\")";

	private SummaryMessages() {
	}

	static List<Message> review(SurveyStep.Review review) {
		Map<String, List<SurveyStep.ReviewLine>> byIndicator = new LinkedHashMap<>();
		review.lines().forEach(l -> byIndicator.computeIfAbsent(l.indicator(), k -> new ArrayList<>()).add(l));
		List<FlexBubble> bubbles = new ArrayList<>();
		int i = 0;
		for (Map.Entry<String, List<SurveyStep.ReviewLine>> e : byIndicator.entrySet()) {
			i++;
			bubbles.add(indicator(review, e.getKey(), i, byIndicator.size(), e.getValue()));
		}
		bubbles.add(send(review));

		List<Action> quick = List.of(Messages.postback("✅ ส่งแบบประเมิน", "nav:submit", "ส่งแบบประเมิน"),
				Messages.postback("◀ ย้อนกลับ", "nav:back", "ย้อนกลับ"), Messages.postback("✖ ยกเลิก", "nav:cancel", "ยกเลิก"));
		String alt = "สรุปคำตอบ " + review.tool() + " · " + review.agency().name() + " ตอบแล้ว " + review.answered() + "/"
				+ review.total() + " ข้อ กด \"ส่งแบบประเมิน\" เพื่อยืนยัน หรือพิมพ์ \"แก้ไขข้อ N\" เพื่อแก้ไข";
		List<Message> out = new ArrayList<>();
		if (review.hint() != null) {
			out.add(Messages.text(switch (review.hint()) {
				case STALE_BUTTON -> "⚠️ ปุ่มที่กดเป็นของขั้นตอนก่อนหน้า จึงไม่ได้บันทึก ด้านล่างคือสรุปคำตอบปัจจุบัน";
				case RESUMED -> "ท่านตอบครบทุกข้อแล้ว กรุณาตรวจสรุปคำตอบด้านล่าง แล้วกด \"ส่งแบบประเมิน\"";
				case AT_SUMMARY, USE_BUTTONS -> AT_SUMMARY;
			}));
		}
		out.addAll(Bubbles.messages(alt, bubbles, quick, 5 - out.size()));
		return out;
	}

	private static FlexBubble indicator(SurveyStep.Review review, String name, int index, int count,
			List<SurveyStep.ReviewLine> lines) {
		List<FlexComponent> rows = new ArrayList<>();
		String stem = null;
		for (SurveyStep.ReviewLine l : lines) {
			if (!l.question().isEmpty() && !l.question().equals(stem)) {
				rows.add(new FlexText.Builder().text(Messages.fit(l.question(), 90)).size("xxs").color(Bubbles.GREY).wrap(true)
					.margin("md").build());
			}
			stem = l.question().isEmpty() ? null : l.question();
			Action edit = Messages.postback("แก้ไขข้อ " + l.number(), SurveyPostbacks.edit(review.tool(), review.agency().code(), l.item()),
					"แก้ไขข้อ " + l.number());
			FlexText number = new FlexText.Builder().text(String.valueOf(l.number())).size("xs").color(Bubbles.GREY).flex(0).build();
			FlexText wording = new FlexText.Builder().text(Messages.fit(l.wording(), 110)).size("xs").wrap(true).flex(5).build();
			FlexText answer = new FlexText.Builder().text(l.label()).size("xs").wrap(true).weight(FlexText.Weight.BOLD)
				.color(Bubbles.NAVY).align(FlexText.Align.END).flex(3).build();
			rows.add(new FlexBox.Builder(FlexBox.Layout.HORIZONTAL, List.of(number, wording, answer)).spacing("sm")
				.margin("sm")
				.action(edit)
				.build());
		}
		rows.add(Bubbles.coloured("แตะข้อที่ต้องการแก้ไข", "xxs", Bubbles.GREY));
		return Bubbles.bubble(Bubbles.header(name, "ตัวชี้วัด " + index + "/" + count + " · " + review.tool()), Bubbles.vbox(rows, "xs"),
				null);
	}

	private static FlexBubble send(SurveyStep.Review review) {
		boolean complete = review.answered() >= review.total();
		List<FlexComponent> body = new ArrayList<>();
		body.add(Bubbles.bold("สรุปคำตอบ", "lg"));
		body.add(Bubbles.text(SurveyMessages.formName(review.tool()), "sm"));
		body.add(Bubbles.text(review.agency().name(), "sm"));
		body.add(Bubbles.coloured("ตอบแล้ว " + review.answered() + "/" + review.total() + " ข้อ", "sm",
				complete ? "#2E7D32" : Bubbles.ORANGE));
		body.add(Bubbles.progress(review.answered(), review.total()));
		body.add(Bubbles.coloured("ตรวจคำตอบในแต่ละตัวชี้วัดได้ที่การ์ดก่อนหน้า แตะข้อใดก็ได้เพื่อแก้ไข หรือพิมพ์ \"แก้ไขข้อ 5\" "
				+ "เมื่อตอบแล้วจะกลับมาที่สรุปนี้", "xs", "#555555"));
		body.add(Bubbles.coloured("เมื่อส่งแล้วแก้ไขไม่ได้ คำตอบบันทึกโดยไม่ระบุตัวตน", "xs", "#555555"));
		List<FlexComponent> footer = List.of(
				Bubbles.button(Messages.postback("✅ ส่งแบบประเมิน", "nav:submit", "ส่งแบบประเมิน"), FlexButton.Style.PRIMARY),
				Bubbles.button(Messages.postback("✖ ยกเลิกแบบประเมิน", "nav:cancel", "ยกเลิก"), FlexButton.Style.LINK, Bubbles.GREY));
		return Bubbles.bubble(null, Bubbles.vbox(body, "sm"), Bubbles.vbox(footer, "xs"));
	}

	static Message confirmCancel(SurveyStep.ConfirmCancel c) {
		String what = c.answered() == 0 ? "ท่านยังไม่ได้ตอบข้อใด"
				: "คำตอบที่ตอบไว้แล้ว " + c.answered() + " จาก " + c.total() + " ข้อ จะถูกลบทั้งหมดและกู้คืนไม่ได้";
		String text = "ยกเลิก" + SurveyMessages.formName(c.tool()) + " ของ" + c.agency().name() + " ใช่หรือไม่\n" + what
				+ "\nหากต้องการทำต่อ กด \"ทำต่อ\"";
		Action yes = Messages.postback("ลบคำตอบและยกเลิก", SurveyPostbacks.cancelConfirmed(c.tool(), c.agency().code()),
				"ยืนยันยกเลิก");
		Action no = Messages.postback("ทำต่อ", "nav:resume", "ทำต่อ");
		List<FlexComponent> body = List.of(Bubbles.bold("ยกเลิกแบบประเมินใช่หรือไม่", "md"),
				Bubbles.text(SurveyMessages.formName(c.tool()) + " · " + c.agency().name(), "sm"), Bubbles.coloured(what, "sm", Bubbles.RED));
		List<FlexComponent> footer = List.of(Bubbles.button(no, FlexButton.Style.PRIMARY),
				Bubbles.button(yes, FlexButton.Style.SECONDARY, "#F6D5D5"));
		return Bubbles.flex(text, Bubbles.bubble(null, Bubbles.vbox(body, "sm"), Bubbles.vbox(footer, "xs")), List.of(no, yes));
	}
}
