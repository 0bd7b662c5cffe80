package th.ita.bot.complaint;

import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.Action;

import th.ita.bot.complaint.ComplaintMessages.Out;
import th.ita.bot.line.MainMenu;
import th.ita.bot.line.Messages;
import th.ita.survey.agency.Agency;
import th.ita.survey.complaint.Category;
import th.ita.survey.complaint.ComplaintDraft.Kind;
import th.ita.survey.complaint.ComplaintService;
import th.ita.survey.complaint.ComplaintStep;
import th.ita.survey.opinion.Topic;

/**
 * Replies while a complaint or an opinion is written: agency, category or topic, the details, the
 * review, and the receipt code once it is filed (shown once, on a message of its own so it is
 * easy to copy).
 */
final class FilingMessages {

	private FilingMessages() {
	}

	static List<Out> chooseAgency(ComplaintStep.ChooseAgency c) {
		String intro = c.kind() == Kind.COMPLAINT ? """
				🔒 ร้องเรียนการทุจริตโดยไม่ระบุตัวตน
				ระบบไม่บันทึกชื่อหรือบัญชี LINE ของท่านไว้กับเรื่องร้องเรียน หน่วยงานไม่ทราบว่าใครเป็นผู้ร้องเรียน
				เมื่อส่งเรื่องแล้วท่านจะได้รับรหัสสำหรับติดตามเรื่อง

				""" : "💬 แสดงความคิดเห็นหรือข้อเสนอแนะต่อหน่วยงาน โดยไม่ระบุตัวตน\n\n";
		List<Agency> agencies = c.agencies();
		List<Action> buttons = new ArrayList<>();
		if (agencies.size() <= 3) {
			for (Agency a : agencies) {
				buttons.add(Messages.postback(a.name(), ComplaintPostbacks.agency(a.code()), a.name()));
			}
		}
		buttons.add(ComplaintMessages.cancel());
		String more = agencies.size() > ComplaintChoices.MAX_AGENCIES ? "\nแสดง " + ComplaintChoices.MAX_AGENCIES + " จาก " + agencies.size()
				+ " หน่วยงาน หากไม่พบหน่วยงานของท่าน พิมพ์ชื่อบางส่วน เช่น ชื่ออำเภอ" : "";
		return List.of(new Out(intro + "เลือกหน่วยงาน หรือพิมพ์ชื่อหน่วยงานบางส่วนหรือรหัสเพื่อค้นหา" + more, buttons));
	}

	static List<Out> chooseCategory(ComplaintStep.ChooseCategory c) {
		List<Action> buttons = new ArrayList<>();
		for (Category category : Category.values()) {
			buttons.add(Messages.postback(button(category), ComplaintPostbacks.category(category), category.label()));
		}
		buttons.add(ComplaintMessages.cancel());
		return List.of(new Out("ร้องเรียน" + c.agency().name() + "\nเรื่องที่ต้องการร้องเรียนเป็นประเภทใด", buttons));
	}

	static List<Out> chooseTopic(ComplaintStep.ChooseTopic t) {
		List<Action> buttons = new ArrayList<>();
		for (Topic topic : t.topics()) {
			buttons.add(Messages.postback(topic.id() + " " + OpinionTopics.plain(topic), ComplaintPostbacks.topic(topic.id()),
					OpinionTopics.plain(topic)));
		}
		buttons.add(Messages.postback("ไม่ระบุหัวข้อ", ComplaintPostbacks.topic(null), "ไม่ระบุหัวข้อ"));
		buttons.add(ComplaintMessages.cancel());
		return List.of(new Out("ความคิดเห็นถึง" + t.agency().name() + "\nความคิดเห็นของท่านเกี่ยวกับเรื่องใด หรือเลือก \"ไม่ระบุหัวข้อ\"",
				buttons));
	}

	static List<Out> askDetails(ComplaintStep.AskDetails a) {
		if (a.kind() == Kind.OPINION) {
			return List.of(new Out("ความคิดเห็นถึง" + a.agency().name() + (a.topic() == null ? "" : "\nหัวข้อ: " + OpinionTopics.plain(a.topic()))
					+ "\n\nพิมพ์ความคิดเห็นหรือข้อเสนอแนะในข้อความเดียว (ไม่เกิน 5,000 ตัวอักษร)", List.of(ComplaintMessages.cancel())));
		}
		return List.of(new Out("ร้องเรียน" + a.agency().name() + "\nประเภท: " + a.category().label() + """


				กรุณาเล่ารายละเอียด: เกิดอะไรขึ้น ที่ไหน เมื่อใด ใครเกี่ยวข้อง
				• ส่งได้หลายข้อความ รวมไม่เกิน 10,000 ตัวอักษร
				• แนบภาพถ่ายเป็นหลักฐานได้ไม่เกิน 5 ภาพ (ระบบลบข้อมูลตำแหน่งและข้อมูลกล้องออกจากภาพ)
				• ไม่จำเป็นต้องใส่ชื่อหรือข้อมูลที่ระบุตัวท่าน
				เมื่อครบแล้วกดหรือพิมพ์ "ตรวจทานและส่ง\"""", List.of(review(), ComplaintMessages.cancel())));
	}

	static List<Out> collecting(ComplaintStep.Collecting c) {
		return List.of(new Out((c.photoAdded() ? "📷 รับภาพแล้ว" : "📝 รับข้อความแล้ว") + "\nรายละเอียด " + c.parts()
				+ " ข้อความ (" + String.format("%,d", c.characters()) + "/" + String.format("%,d", ComplaintService.MAX_TEXT)
				+ " ตัวอักษร) · ภาพ " + c.photos() + "/" + ComplaintService.MAX_PHOTOS
				+ "\nส่งข้อความหรือภาพเพิ่มได้ หรือกดหรือพิมพ์ \"ตรวจทานและส่ง\"", List.of(review(), ComplaintMessages.cancel())));
	}

	/** The whole text in chunks (up to 10,000 characters), then the confirm button. */
	static List<Out> review(ComplaintStep.Review r) {
		List<Out> out = new ArrayList<>();
		String header = "ตรวจทานเรื่องร้องเรียน\nหน่วยงาน: " + r.agency().name() + "\nประเภท: " + r.category().label()
				+ "\nภาพหลักฐาน: " + r.photos() + " ภาพ\nรายละเอียด:\n";
		List<String> chunks = ComplaintMessages.chunks(r.text(), ComplaintMessages.CHUNK);
		out.add(Out.of(header + chunks.get(0)));
		for (String chunk : chunks.subList(1, chunks.size())) {
			out.add(Out.of(chunk));
		}
		out.add(new Out("""
				กดหรือพิมพ์ "ยืนยันส่ง" เพื่อส่งเรื่อง แล้วท่านจะได้รับรหัสติดตามเรื่อง
				หรือพิมพ์/ส่งภาพเพิ่มเติมได้ก่อนยืนยัน""",
				List.of(Messages.postback("✅ ยืนยันส่ง", ComplaintPostbacks.CONFIRM, "ยืนยันส่ง"), ComplaintMessages.cancel())));
		return out;
	}

	static List<Out> filed(ComplaintStep.Filed f) {
		String code = f.code().grouped();
		String first = (f.reissued() ? "การส่งครั้งก่อนถูกขัดจังหวะ แต่ระบบได้รับเรื่องของท่านแล้ว รหัสด้านล่างคือรหัสที่ใช้ได้\n\n" : "")
				+ "✅ ส่งเรื่องร้องเรียนถึง" + f.agency().name() + " แล้ว\n\n"
				+ "รหัสติดตามเรื่องของท่านอยู่ในข้อความถัดไป รหัสนี้แสดงเพียงครั้งเดียว ระบบไม่ได้เก็บรหัสไว้ หากทำหายจะขอใหม่ไม่ได้";
		String last = "ใช้รหัสนี้ติดตามสถานะ อ่านคำตอบจากเจ้าหน้าที่ และส่งข้อมูลเพิ่มเติม โดยพิมพ์\nติดตาม " + code
				+ "\n\nหน่วยงานไม่เห็นรหัสนี้และไม่ทราบว่าใครร้องเรียน หากใช้โทรศัพท์ร่วมกับผู้อื่น ควรจดรหัสเก็บไว้แล้วลบแชตนี้";
		return List.of(Out.of(first), Out.of(code), new Out(last, MainMenu.actions()));
	}

	static List<Out> opinionSent(ComplaintStep.OpinionSent o) {
		return List.of(new Out("🙏 ขอบคุณสำหรับความคิดเห็นถึง" + o.agency().name()
				+ (o.topic() == null ? "" : " (หัวข้อ: " + OpinionTopics.plain(o.topic()) + ")")
				+ "\nบันทึกแล้วโดยไม่ระบุตัวตน หน่วยงานจะนำไปพิจารณาปรับปรุงการทำงาน", MainMenu.actions()));
	}

	static List<Out> cancelled(ComplaintStep.Cancelled c) {
		return List.of(new Out(c.kind() == Kind.COMPLAINT ? "ยกเลิกการร้องเรียนแล้ว ข้อความและภาพที่ส่งมาถูกลบทั้งหมด ไม่มีการบันทึกใด ๆ"
				: "ยกเลิกแล้ว ไม่มีการบันทึกใด ๆ", MainMenu.actions()));
	}

	/** Button labels hold 20 characters: the one long category gets a shorter name there. */
	static String button(Category category) {
		return category == Category.BRIBERY ? "รับสินบน/ผลประโยชน์" : category.label();
	}

	private static Action review() {
		return Messages.postback("✅ ตรวจทานและส่ง", ComplaintPostbacks.DONE, "ตรวจทานและส่ง");
	}
}
