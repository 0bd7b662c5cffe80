package th.ita.bot.complaint;

import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.Action;

import th.ita.bot.complaint.ComplaintMessages.Out;
import th.ita.bot.line.MainMenu;
import th.ita.bot.line.Messages;
import th.ita.bot.line.ThaiDates;
import th.ita.survey.complaint.Complaint;
import th.ita.survey.complaint.ComplaintService;
import th.ita.survey.complaint.ComplaintStep;

/**
 * Replies to a complainant who follows a complaint up with the receipt code: the status and its
 * history, the staff's answers, and adding text or photos to the complaint.
 */
final class TrackingMessages {

	private TrackingMessages() {
	}

	static List<Out> askCode() {
		return List.of(new Out("กรุณาพิมพ์รหัสติดตามเรื่อง 16 ตัวที่ได้รับเมื่อส่งเรื่อง (เช่น ABCD-EFGH-JKMN-PQRS)",
				List.of(ComplaintMessages.cancel())));
	}

	static List<Out> notFound(ComplaintStep.NotFound n) {
		String text = n.malformed()
				? "รหัสไม่ถูกต้อง รหัสติดตามเรื่องมี 16 ตัว เป็นตัวอักษรภาษาอังกฤษและตัวเลข เช่น ABCD-EFGH-JKMN-PQRS"
				: "ไม่พบเรื่องตามรหัสนี้ กรุณาตรวจสอบรหัสแล้วพิมพ์อีกครั้ง";
		return List.of(new Out(text, MainMenu.actions()));
	}

	static List<Out> status(ComplaintStep.Status s) {
		ComplaintStep.StatusView v = s.view();
		StringBuilder head = new StringBuilder("📋 สถานะเรื่องร้องเรียน\n");
		head.append("หน่วยงาน: ").append(v.agency().name()).append('\n');
		head.append("ประเภท: ").append(v.category().label()).append('\n');
		head.append("ยื่นเมื่อ: ").append(ThaiDates.format(v.filedOn())).append('\n');
		if (!v.excerpt().isEmpty()) {
			head.append("เรื่อง: ").append(v.excerpt()).append('\n');
		}
		head.append("ภาพหลักฐาน: ").append(v.photos()).append(" ภาพ\n\n");
		head.append("สถานะ: ").append(v.status().label());
		for (Complaint.StatusChange change : v.history()) {
			head.append("\n • ").append(ThaiDates.format(change.on())).append(" ").append(change.status().label());
		}
		List<Action> actions = new ArrayList<>();
		if (!v.status().isFinal()) {
			actions.add(Messages.postback("➕ ส่งข้อมูลเพิ่มเติม", ComplaintPostbacks.addInfo(s.code()), "ส่งข้อมูลเพิ่มเติม"));
		}
		actions.addAll(MainMenu.actions());
		if (v.notes().isEmpty()) {
			return List.of(new Out(head + "\n\nยังไม่มีคำตอบจากเจ้าหน้าที่", actions));
		}
		return List.of(Out.of(head.toString()), new Out(ComplaintMessages.thread(v.notes(), ComplaintMessages.CHUNK), actions));
	}

	static List<Out> adding(ComplaintStep.Adding a) {
		return List.of(new Out("ส่งข้อมูลเพิ่มเติมในเรื่องร้องเรียน (ประเภท: " + a.view().category().label() + " ยื่นเมื่อ "
				+ ThaiDates.format(a.view().filedOn()) + """
				)
				พิมพ์ข้อความหรือส่งภาพถ่ายได้หลายครั้ง เจ้าหน้าที่จะเห็นในเรื่องนี้
				เมื่อเสร็จแล้วกด "เสร็จสิ้น\"""", List.of(finish())));
	}

	static List<Out> infoAdded(ComplaintStep.InfoAdded i) {
		return List.of(new Out((i.photo() ? "📷 เพิ่มภาพในเรื่องแล้ว" : "📝 เพิ่มข้อความในเรื่องแล้ว") + " (ภาพหลักฐานรวม "
				+ i.photos() + "/" + ComplaintService.MAX_PHOTOS + ")\nส่งเพิ่มได้อีก หรือกดหรือพิมพ์ \"เสร็จสิ้น\"", List.of(finish())));
	}

	static List<Out> followUpEnded() {
		return List.of(new Out("เสร็จสิ้นการติดตามเรื่อง ติดตามได้อีกเมื่อใดก็ได้ด้วยรหัสเดิม", MainMenu.actions()));
	}

	private static Action finish() {
		return Messages.postback("✅ เสร็จสิ้น", ComplaintPostbacks.DONE, "เสร็จสิ้น");
	}
}
