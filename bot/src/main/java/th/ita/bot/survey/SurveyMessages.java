package th.ita.bot.survey;

import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexButton;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.Message;

import th.ita.bot.line.Bubbles;
import th.ita.bot.line.MainMenu;
import th.ita.bot.line.Messages;
import th.ita.scoring.Item;
import th.ita.scoring.Scale;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.conversation.SurveyStep;

/**
 * Renders survey steps as LINE messages. An item is a Flex bubble with its options as buttons in
 * the message body (LINE for PC shows those, not quick replies), the same buttons as quick replies
 * for phones, and a line saying that the option's number or words may be typed instead.
 */
final class SurveyMessages {

	private SurveyMessages() {
	}

	static String formName(Tool tool) {
		return tool == Tool.IIT ? "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)"
				: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)";
	}

	static List<Message> render(SurveyStep step) {
		if (step instanceof SurveyStep.Ask ask) {
			return List.of(ask(ask));
		}
		if (step instanceof SurveyStep.Review review) {
			return SummaryMessages.review(review);
		}
		if (step instanceof SurveyStep.ConfirmCancel c) {
			return List.of(SummaryMessages.confirmCancel(c));
		}
		if (step instanceof SurveyStep.Submitted s) {
			return List.of(Messages.text("ส่งแบบประเมินเรียบร้อยแล้ว ขอบคุณที่ร่วมตอบ" + formName(s.tool()) + " ของ"
					+ s.agency().name() + "\nคำตอบของท่านบันทึกโดยไม่ระบุตัวตน ไม่มีข้อมูลใดเชื่อมโยงถึงตัวท่าน",
					MainMenu.actions()));
		}
		if (step instanceof SurveyStep.AlreadySubmitted s) {
			return List.of(Messages.text("ท่านส่ง" + formName(s.tool()) + " ของ" + s.agency().name()
					+ " ในปีงบประมาณ พ.ศ. " + s.fiscalYear() + " แล้ว ขอบคุณครับ (ส่งได้ครั้งเดียวต่อปีงบประมาณ)",
					MainMenu.actions()));
		}
		if (step instanceof SurveyStep.Cancelled c) {
			return List.of(Messages.text("ยกเลิกแบบประเมินแล้ว คำตอบที่ตอบไว้ถูกลบทั้งหมด ไม่มีการบันทึกใด ๆ", MainMenu.actions()));
		}
		if (step instanceof SurveyStep.AskAccessCode a) {
			String text = a.retry() ? "รหัสเข้าร่วมไม่ถูกต้อง กรุณาพิมพ์รหัสอีกครั้ง"
					: "แบบวัด IIT สำหรับบุคลากรของ" + a.agency().name()
							+ " เท่านั้น\nกรุณาพิมพ์รหัสเข้าร่วมแบบวัด IIT ที่ได้รับจากหน่วยงาน";
			return List.of(Messages.text(text, List.of(Messages.postback("✖ ยกเลิก", "nav:cancel", "ยกเลิก"))));
		}
		if (step instanceof SurveyStep.AccessDenied a) {
			return List.of(Messages.text("ใส่รหัสไม่ถูกต้องหลายครั้ง จึงยกเลิกการเข้าแบบวัด IIT กรุณาติดต่อผู้ดูแลของหน่วยงานเพื่อขอรหัส",
					MainMenu.actions()));
		}
		if (step instanceof SurveyStep.AccessLocked a) {
			return List.of(Messages.text("ใส่รหัสเข้าร่วมผิดหลายครั้งเกินไปในวันนี้ ระบบจะไม่ตรวจรหัสของท่านสำหรับ" + a.agency().name()
					+ "จนถึงวันพรุ่งนี้ หากท่านเป็นบุคลากรของหน่วยงาน กรุณาติดต่อผู้ดูแลเพื่อขอรหัส", MainMenu.actions()));
		}
		if (step instanceof SurveyStep.UnknownAgency u) {
			return List.of(Messages.text("ไม่พบหน่วยงานรหัส \"" + Messages.fit(u.code(), 30)
					+ "\" กรุณาตรวจสอบรหัส หรือพิมพ์ชื่อหน่วยงานบางส่วนเพื่อค้นหา เช่น \"ค้นหา ภูเก็ต\"", MainMenu.actions()));
		}
		if (step instanceof SurveyStep.OtherSurveyInProgress o) {
			List<Message> out = new ArrayList<>();
			out.add(Messages.text("ท่านมีแบบประเมินที่ยังทำไม่เสร็จ (" + o.current().tool() + " " + o.current().agency().name()
					+ ") กรุณาทำให้เสร็จ หรือกด \"ยกเลิก\" ก่อนเริ่มแบบใหม่"));
			out.add(ask(o.current()));
			return out;
		}
		return List.of(MainMenu.notUnderstood());
	}

	static String hint(SurveyStep.Hint hint, Scale scale) {
		if (hint == null) {
			return null;
		}
		return switch (hint) {
			case USE_BUTTONS -> "⚠️ ข้อความนี้ไม่ใช่คำตอบของข้อนี้ จึงไม่ได้บันทึก กรุณากดปุ่มคำตอบ หรือพิมพ์หมายเลข 1–"
					+ scale.options().size() + " หรือคำตอบ เช่น \"" + scale.options().get(scale.options().size() - 1).label() + "\"";
			case STALE_BUTTON -> "⚠️ ปุ่มที่กดเป็นของข้อก่อนหน้า จึงไม่ได้บันทึก กรุณาตอบข้อปัจจุบัน";
			case RESUMED -> "ทำแบบประเมินต่อจากข้อที่ค้างไว้";
			case AT_SUMMARY -> SummaryMessages.AT_SUMMARY;
		};
	}

	static Message ask(SurveyStep.Ask ask) {
		Item item = ask.item();
		Scale scale = item.scale();
		String hint = hint(ask.hint(), scale);
		String agency = ask.tool() + " · " + ask.agency().name();

		List<FlexComponent> head = new ArrayList<>();
		head.add(new FlexText.Builder().text(agency).size("xs").color(Bubbles.GREY).wrap(true).build());
		head.add(new FlexText.Builder().text("ข้อ " + ask.number() + "/" + ask.total() + (ask.editing() ? " · แก้ไขคำตอบ" : ""))
			.size("sm")
			.weight(FlexText.Weight.BOLD)
			.build());
		head.add(Bubbles.progress(ask.number() - 1, ask.total()));

		List<FlexComponent> body = new ArrayList<>();
		if (hint != null) {
			body.add(Bubbles.coloured(hint, "sm", ask.hint() == SurveyStep.Hint.RESUMED ? Bubbles.NAVY : Bubbles.ORANGE));
		}
		body.add(Bubbles.text(ask.question().text(), item.isSubItem() ? "sm" : "md"));
		if (item.isSubItem()) {
			body.add(new FlexText.Builder().text("▶ " + item.text()).size("md").weight(FlexText.Weight.BOLD).wrap(true).margin("md")
				.build());
		}
		String previous = null;
		if (ask.currentAnswer() != null && scale.indexOf(ask.currentAnswer()) >= 0) {
			previous = scale.options().get(scale.indexOf(ask.currentAnswer())).label();
			body.add(Bubbles.coloured("คำตอบเดิม: " + previous, "xs", Bubbles.GREY));
		}

		List<FlexComponent> footer = new ArrayList<>();
		List<Action> quick = new ArrayList<>();
		for (int i = 0; i < scale.options().size(); i++) {
			Scale.Option o = scale.options().get(i);
			Action tap = Messages.postback(o.label(), SurveyPostbacks.choose(ask.tool(), ask.agency().code(), item.id(), o.value()),
					o.label());
			quick.add(tap);
			FlexText number = new FlexText.Builder().text(String.valueOf(i + 1)).size("sm").color(Bubbles.GREY).flex(0)
				.gravity(FlexText.Gravity.CENTER).build();
			footer.add(new FlexBox.Builder(FlexBox.Layout.HORIZONTAL,
					List.of(number, Bubbles.button(tap, o.label().equals(previous) ? FlexButton.Style.PRIMARY : FlexButton.Style.SECONDARY)))
				.spacing("md")
				.build());
		}
		footer.add(Bubbles.coloured("พิมพ์หมายเลข 1–" + scale.options().size() + " หรือคำตอบแทนการกดปุ่มก็ได้", "xxs", Bubbles.GREY));
		List<FlexComponent> nav = new ArrayList<>();
		if (ask.number() > 1 || ask.editing()) {
			Action back = Messages.postback("◀ ย้อนกลับ", "nav:back", "ย้อนกลับ");
			quick.add(back);
			nav.add(Bubbles.button(back, FlexButton.Style.LINK));
		}
		Action cancel = Messages.postback("✖ ยกเลิก", "nav:cancel", "ยกเลิก");
		quick.add(cancel);
		nav.add(Bubbles.button(cancel, FlexButton.Style.LINK, Bubbles.GREY));
		footer.add(new FlexBox.Builder(FlexBox.Layout.HORIZONTAL, nav).build());

		// the alt text is what notifications and clients without Flex show: the essentials first
		StringBuilder alt = new StringBuilder();
		if (hint != null) {
			alt.append(hint).append('\n');
		}
		alt.append("ข้อ ").append(ask.number()).append('/').append(ask.total()).append(" · ").append(agency).append('\n');
		if (previous != null) {
			alt.append("(คำตอบเดิม: ").append(previous).append(")\n");
		}
		alt.append(ask.question().id()).append(' ');
		if (item.isSubItem()) {
			alt.append(item.text()).append(" — ");
		}
		alt.append(ask.question().text());
		return Bubbles.flex(alt.toString(),
				Bubbles.bubble(new FlexBox.Builder(FlexBox.Layout.VERTICAL, head).paddingAll("12px").build(),
						Bubbles.vbox(body, "sm"), Bubbles.vbox(footer, "xs")),
				quick);
	}

	static Message chooseForm(Agency agency) {
		List<Action> buttons = List.of(Messages.postback("ผู้รับบริการ (EIT)", "survey:start:EIT:" + agency.code(), "EIT " + agency.code()),
				Messages.postback("บุคลากร (IIT)", "survey:start:IIT:" + agency.code(), "IIT " + agency.code()),
				Messages.postback("✖ ยกเลิก", "survey:none", "ยกเลิก"));
		List<FlexComponent> body = List.of(Bubbles.bold(agency.name(), "md"), Bubbles.text("ท่านตอบในฐานะใด", "sm"),
				Bubbles.coloured("• ผู้รับบริการหรือผู้มาติดต่อ → EIT\n• บุคลากรของหน่วยงาน → IIT (ต้องมีรหัสเข้าร่วม)", "sm", "#555555"));
		List<FlexComponent> footer = List.of(Bubbles.button(buttons.get(0), FlexButton.Style.PRIMARY),
				Bubbles.button(buttons.get(1), FlexButton.Style.PRIMARY), Bubbles.button(buttons.get(2), FlexButton.Style.LINK, Bubbles.GREY));
		return Bubbles.flex(agency.name() + "\nท่านตอบในฐานะใด: ผู้รับบริการ → EIT, บุคลากรของหน่วยงาน → IIT",
				Bubbles.bubble(null, Bubbles.vbox(body, "md"), Bubbles.vbox(footer, "xs")), buttons);
	}
}
