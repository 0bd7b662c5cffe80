package th.ita.bot.survey;

import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.Message;

import th.ita.bot.line.MainMenu;
import th.ita.bot.line.Messages;
import th.ita.scoring.Item;
import th.ita.scoring.Scale;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.conversation.SurveyStep;

/** Renders survey steps as LINE messages: one item at a time, answer buttons as quick replies. */
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
			return List.of(review(review));
		}
		if (step instanceof SurveyStep.Submitted s) {
			return List.of(Messages.text("ส่งแบบประเมินเรียบร้อยแล้ว ขอบคุณที่ร่วมประเมิน" + formName(s.tool()) + " ของ"
					+ s.agency().name() + "\nคำตอบของท่านถูกบันทึกโดยไม่ระบุตัวตน ไม่มีข้อมูลใดเชื่อมโยงถึงตัวท่าน",
					MainMenu.actions()));
		}
		if (step instanceof SurveyStep.AlreadySubmitted s) {
			return List.of(Messages.text("ท่านได้ส่ง" + formName(s.tool()) + " ของ" + s.agency().name()
					+ " ในปีงบประมาณ พ.ศ. " + s.fiscalYear() + " แล้ว ขอบคุณครับ (ส่งได้ครั้งเดียวต่อปีงบประมาณ)",
					MainMenu.actions()));
		}
		if (step instanceof SurveyStep.Cancelled c) {
			return List.of(Messages.text("ยกเลิกแบบประเมินแล้ว คำตอบที่ตอบไว้ถูกลบ ไม่มีการบันทึกใด ๆ", MainMenu.actions()));
		}
		if (step instanceof SurveyStep.AskAccessCode a) {
			String text = a.retry() ? "รหัสเข้าร่วมไม่ถูกต้อง กรุณาพิมพ์รหัสอีกครั้ง"
					: "แบบวัด IIT สำหรับบุคลากรของ" + a.agency().name()
							+ " เท่านั้น\nกรุณาพิมพ์รหัสเข้าร่วม (IIT access code) ที่ได้รับจากหน่วยงาน";
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
					+ "\" กรุณาตรวจสอบรหัส หรือพิมพ์ \"ทำแบบประเมิน\" เพื่อเลือกหน่วยงาน", MainMenu.actions()));
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

	static Message ask(SurveyStep.Ask ask) {
		StringBuilder text = new StringBuilder();
		if (ask.hint() == SurveyStep.Hint.USE_BUTTONS) {
			text.append("⚠️ กรุณาตอบโดยกดปุ่มคำตอบด้านล่าง (ข้อความที่พิมพ์ไม่ถูกบันทึก)\n\n");
		}
		else if (ask.hint() == SurveyStep.Hint.STALE_BUTTON) {
			text.append("⚠️ ปุ่มที่กดเป็นของข้อก่อนหน้า จึงไม่ได้บันทึก กรุณาตอบข้อปัจจุบัน\n\n");
		}
		else if (ask.hint() == SurveyStep.Hint.RESUMED) {
			text.append("ทำแบบประเมินต่อจากข้อที่ค้างไว้\n\n");
		}
		Item item = ask.item();
		text.append(ask.tool()).append(" · ").append(ask.agency().name()).append('\n');
		text.append("ข้อ ").append(ask.number()).append('/').append(ask.total()).append('\n');
		text.append(ask.question().id()).append(' ').append(ask.question().text());
		if (item.isSubItem()) {
			text.append("\n▶ ").append(item.text());
		}
		Scale scale = item.scale();
		if (ask.currentAnswer() != null) {
			int i = scale.indexOf(ask.currentAnswer());
			if (i >= 0) {
				text.append("\n(คำตอบเดิม: ").append(scale.options().get(i).label()).append(')');
			}
		}
		List<Action> buttons = new ArrayList<>();
		for (Scale.Option o : scale.options()) {
			buttons.add(Messages.postback(o.label(), SurveyPostbacks.choose(ask.tool(), ask.agency().code(), item.id(), o.value()),
					o.label()));
		}
		if (ask.number() > 1) {
			buttons.add(Messages.postback("◀ ย้อนกลับ", "nav:back", "ย้อนกลับ"));
		}
		buttons.add(Messages.postback("✖ ยกเลิก", "nav:cancel", "ยกเลิก"));
		return Messages.text(text.toString(), buttons);
	}

	static Message review(SurveyStep.Review review) {
		StringBuilder text = new StringBuilder();
		text.append("สรุปคำตอบ ").append(review.tool()).append(" · ").append(review.agency().name()).append('\n');
		text.append("ตอบแล้ว ").append(review.answered()).append('/').append(review.total()).append(" ข้อ\n");
		for (SurveyStep.ReviewLine line : review.lines()) {
			text.append(line.item()).append(": ").append(line.label()).append('\n');
		}
		text.append("\nกด \"ส่งแบบประเมิน\" เพื่อยืนยัน หรือ \"ย้อนกลับ\" เพื่อแก้ไข");
		return Messages.text(text.toString(),
				List.of(Messages.postback("✅ ส่งแบบประเมิน", "nav:submit", "ส่งแบบประเมิน"),
						Messages.postback("◀ ย้อนกลับ", "nav:back", "ย้อนกลับ"),
						Messages.postback("✖ ยกเลิก", "nav:cancel", "ยกเลิก")));
	}

	static Message chooseAgency(List<Agency> agencies) {
		if (agencies.size() <= 12) {
			List<Action> buttons = new ArrayList<>();
			for (Agency a : agencies) {
				buttons.add(Messages.postback(a.name(), "survey:pick:" + a.code(), a.name()));
			}
			return Messages.text("เลือกหน่วยงานที่ท่านต้องการประเมิน", buttons);
		}
		StringBuilder text = new StringBuilder("พิมพ์ EIT หรือ IIT ตามด้วยรหัสหน่วยงาน เช่น \"EIT PKT\"\nรหัสหน่วยงาน:\n");
		for (Agency a : agencies.subList(0, Math.min(80, agencies.size()))) {
			text.append(a.code()).append(" — ").append(a.name()).append('\n');
		}
		return Messages.text(text.toString());
	}

	static Message chooseForm(Agency agency) {
		return Messages.text(agency.name() + "\nท่านเป็นใคร?\n• ผู้รับบริการ/ผู้มาติดต่อ → EIT\n• บุคลากรของหน่วยงาน → IIT (ต้องมีรหัสเข้าร่วม)",
				List.of(Messages.postback("ผู้รับบริการ (EIT)", "survey:start:EIT:" + agency.code(), "EIT " + agency.code()),
						Messages.postback("บุคลากร (IIT)", "survey:start:IIT:" + agency.code(), "IIT " + agency.code()),
						Messages.postback("✖ ยกเลิก", "survey:none", "ยกเลิก")));
	}
}
