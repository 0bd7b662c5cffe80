package th.ita.bot.complaint;

import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.Message;

import th.ita.bot.line.Bubbles;
import th.ita.bot.line.MainMenu;
import th.ita.bot.line.Messages;
import th.ita.bot.line.ThaiDates;
import th.ita.survey.agency.Agency;
import th.ita.survey.complaint.Category;
import th.ita.survey.complaint.Complaint;
import th.ita.survey.complaint.ComplaintDraft.Kind;
import th.ita.survey.complaint.ComplaintService;
import th.ita.survey.complaint.ComplaintStatus;
import th.ita.survey.complaint.ComplaintStep;
import th.ita.survey.complaint.ComplaintStep.Reason;
import th.ita.survey.complaint.PhotoQuota;
import th.ita.survey.opinion.Topic;

/**
 * Renders the channel's steps as chat messages, within LINE's limits (5 messages, 5,000 characters
 * each, 13 quick replies). A complaint's text of up to 10,000 characters is shown in chunks.
 */
final class ComplaintMessages {

	/** Room for a chunk of complaint text in one message, with a header line. */
	static final int CHUNK = 4_500;

	private ComplaintMessages() {
	}

	/** One message before it becomes a LINE message: text and its quick replies. */
	record Out(String text, List<Action> actions) {

		static Out of(String text) {
			return new Out(text, List.of());
		}
	}

	static List<Message> render(ComplaintStep step) {
		List<Message> messages = new ArrayList<>();
		List<Out> outs = outs(step);
		List<Bubbles.Choice> choices = ComplaintChoices.of(step instanceof ComplaintStep.Hint h && h.prompt() != null ? h.prompt() : step);
		for (int i = 0; i < outs.size(); i++) {
			Out o = outs.get(i);
			if (i == outs.size() - 1 && !choices.isEmpty()) {
				// a choice: the options as buttons in the message body too (LINE for PC shows no quick replies)
				messages.addAll(Bubbles.messages(o.text(), Bubbles.choices("โปรดเลือก", o.text(), choices, ComplaintChoices.PER_BUBBLE),
						o.actions(), 1));
			}
			else {
				messages.add(o.actions().isEmpty() ? Messages.text(o.text()) : Messages.text(o.text(), o.actions()));
			}
		}
		return messages;
	}


	static List<Out> outs(ComplaintStep step) {
		if (step instanceof ComplaintStep.Hint hint) {
			String why = reason(hint.reason());
			if (hint.prompt() == null) {
				return List.of(new Out(why, MainMenu.actions()));
			}
			List<Out> prompt = new ArrayList<>(outs(hint.prompt()));
			Out first = prompt.get(0);
			prompt.set(0, new Out((hint.reason() == Reason.RESUMED ? "↩️ " : "⚠️ ") + why + "\n\n" + first.text(), first.actions()));
			return prompt;
		}
		if (step instanceof ComplaintStep.ChooseAgency c) {
			return List.of(chooseAgency(c));
		}
		if (step instanceof ComplaintStep.ChooseCategory c) {
			List<Action> buttons = new ArrayList<>();
			for (Category category : Category.values()) {
				buttons.add(Messages.postback(button(category), ComplaintPostbacks.category(category), category.label()));
			}
			buttons.add(cancel());
			return List.of(new Out("ร้องเรียน" + c.agency().name() + "\nเรื่องที่ต้องการร้องเรียนเป็นประเภทใด", buttons));
		}
		if (step instanceof ComplaintStep.ChooseTopic t) {
			List<Action> buttons = new ArrayList<>();
			for (Topic topic : t.topics()) {
				buttons.add(Messages.postback(topic.id() + " " + OpinionTopics.plain(topic), ComplaintPostbacks.topic(topic.id()),
						OpinionTopics.plain(topic)));
			}
			buttons.add(Messages.postback("ไม่ระบุหัวข้อ", ComplaintPostbacks.topic(null), "ไม่ระบุหัวข้อ"));
			buttons.add(cancel());
			return List.of(new Out("ความคิดเห็นถึง" + t.agency().name() + "\nความคิดเห็นของท่านเกี่ยวกับเรื่องใด หรือเลือก \"ไม่ระบุหัวข้อ\"",
					buttons));
		}
		if (step instanceof ComplaintStep.AskDetails a) {
			if (a.kind() == Kind.OPINION) {
				return List.of(new Out("ความคิดเห็นถึง" + a.agency().name() + (a.topic() == null ? "" : "\nหัวข้อ: " + OpinionTopics.plain(a.topic()))
						+ "\n\nพิมพ์ความคิดเห็นหรือข้อเสนอแนะในข้อความเดียว (ไม่เกิน 5,000 ตัวอักษร)", List.of(cancel())));
			}
			return List.of(new Out("ร้องเรียน" + a.agency().name() + "\nประเภท: " + a.category().label() + """


					กรุณาเล่ารายละเอียด: เกิดอะไรขึ้น ที่ไหน เมื่อใด ใครเกี่ยวข้อง
					• ส่งได้หลายข้อความ รวมไม่เกิน 10,000 ตัวอักษร
					• แนบภาพถ่ายเป็นหลักฐานได้ไม่เกิน 5 ภาพ (ระบบลบข้อมูลตำแหน่งและข้อมูลกล้องออกจากภาพ)
					• ไม่จำเป็นต้องใส่ชื่อหรือข้อมูลที่ระบุตัวท่าน
					เมื่อครบแล้วกดหรือพิมพ์ "ตรวจทานและส่ง\"""", List.of(review(), cancel())));
		}
		if (step instanceof ComplaintStep.Collecting c) {
			return List.of(new Out((c.photoAdded() ? "📷 รับภาพแล้ว" : "📝 รับข้อความแล้ว") + "\nรายละเอียด " + c.parts()
					+ " ข้อความ (" + String.format("%,d", c.characters()) + "/" + String.format("%,d", ComplaintService.MAX_TEXT)
					+ " ตัวอักษร) · ภาพ " + c.photos() + "/" + ComplaintService.MAX_PHOTOS
					+ "\nส่งข้อความหรือภาพเพิ่มได้ หรือกดหรือพิมพ์ \"ตรวจทานและส่ง\"", List.of(review(), cancel())));
		}
		if (step instanceof ComplaintStep.Review r) {
			return review(r);
		}
		if (step instanceof ComplaintStep.Filed f) {
			return filed(f);
		}
		if (step instanceof ComplaintStep.OpinionSent o) {
			return List.of(new Out("🙏 ขอบคุณสำหรับความคิดเห็นถึง" + o.agency().name()
					+ (o.topic() == null ? "" : " (หัวข้อ: " + OpinionTopics.plain(o.topic()) + ")")
					+ "\nบันทึกแล้วโดยไม่ระบุตัวตน หน่วยงานจะนำไปพิจารณาปรับปรุงการทำงาน", MainMenu.actions()));
		}
		if (step instanceof ComplaintStep.AskCode) {
			return List.of(new Out("กรุณาพิมพ์รหัสติดตามเรื่อง 16 ตัวที่ได้รับเมื่อส่งเรื่อง (เช่น ABCD-EFGH-JKMN-PQRS)",
					List.of(Messages.postback("✖ ยกเลิก", ComplaintPostbacks.CANCEL, "ยกเลิก"))));
		}
		if (step instanceof ComplaintStep.NotFound n) {
			String text = n.malformed()
					? "รหัสไม่ถูกต้อง รหัสติดตามเรื่องมี 16 ตัว เป็นตัวอักษรภาษาอังกฤษและตัวเลข เช่น ABCD-EFGH-JKMN-PQRS"
					: "ไม่พบเรื่องตามรหัสนี้ กรุณาตรวจสอบรหัสแล้วพิมพ์อีกครั้ง";
			return List.of(new Out(text, MainMenu.actions()));
		}
		if (step instanceof ComplaintStep.Status s) {
			return status(s);
		}
		if (step instanceof ComplaintStep.Adding a) {
			return List.of(new Out("ส่งข้อมูลเพิ่มเติมในเรื่องร้องเรียน (ประเภท: " + a.view().category().label() + " ยื่นเมื่อ "
					+ ThaiDates.format(a.view().filedOn()) + """
					)
					พิมพ์ข้อความหรือส่งภาพถ่ายได้หลายครั้ง เจ้าหน้าที่จะเห็นในเรื่องนี้
					เมื่อเสร็จแล้วกด "เสร็จสิ้น\"""", List.of(finish())));
		}
		if (step instanceof ComplaintStep.InfoAdded i) {
			return List.of(new Out((i.photo() ? "📷 เพิ่มภาพในเรื่องแล้ว" : "📝 เพิ่มข้อความในเรื่องแล้ว") + " (ภาพหลักฐานรวม "
					+ i.photos() + "/" + ComplaintService.MAX_PHOTOS + ")\nส่งเพิ่มได้อีก หรือกดหรือพิมพ์ \"เสร็จสิ้น\"", List.of(finish())));
		}
		if (step instanceof ComplaintStep.FollowUpEnded) {
			return List.of(new Out("เสร็จสิ้นการติดตามเรื่อง ติดตามได้อีกเมื่อใดก็ได้ด้วยรหัสเดิม", MainMenu.actions()));
		}
		if (step instanceof ComplaintStep.Cancelled c) {
			return List.of(new Out(c.kind() == Kind.COMPLAINT ? "ยกเลิกการร้องเรียนแล้ว ข้อความและภาพที่ส่งมาถูกลบทั้งหมด ไม่มีการบันทึกใด ๆ"
					: "ยกเลิกแล้ว ไม่มีการบันทึกใด ๆ", MainMenu.actions()));
		}
		if (step instanceof ComplaintStep.NoDraft) {
			return List.of(new Out("ไม่มีรายการที่ค้างอยู่ (อาจหมดเวลาแล้ว) กรุณาเลือกจากเมนูด้านล่าง", MainMenu.actions()));
		}
		return List.of(new Out("ขออภัย ระบบยังไม่เข้าใจข้อความนี้ กรุณาเลือกจากเมนูด้านล่าง", MainMenu.actions()));
	}

	private static Out chooseAgency(ComplaintStep.ChooseAgency c) {
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
		buttons.add(cancel());
		String more = agencies.size() > ComplaintChoices.MAX_AGENCIES ? "\nแสดง " + ComplaintChoices.MAX_AGENCIES + " จาก " + agencies.size()
				+ " หน่วยงาน หากไม่พบหน่วยงานของท่าน พิมพ์ชื่อบางส่วน เช่น ชื่ออำเภอ" : "";
		return new Out(intro + "เลือกหน่วยงาน หรือพิมพ์ชื่อหน่วยงานบางส่วนหรือรหัสเพื่อค้นหา" + more, buttons);
	}

	private static List<Out> review(ComplaintStep.Review r) {
		List<Out> out = new ArrayList<>();
		String header = "ตรวจทานเรื่องร้องเรียน\nหน่วยงาน: " + r.agency().name() + "\nประเภท: " + r.category().label()
				+ "\nภาพหลักฐาน: " + r.photos() + " ภาพ\nรายละเอียด:\n";
		List<String> chunks = chunks(r.text(), CHUNK);
		out.add(Out.of(header + chunks.get(0)));
		for (String chunk : chunks.subList(1, chunks.size())) {
			out.add(Out.of(chunk));
		}
		out.add(new Out("""
				กดหรือพิมพ์ "ยืนยันส่ง" เพื่อส่งเรื่อง แล้วท่านจะได้รับรหัสติดตามเรื่อง
				หรือพิมพ์/ส่งภาพเพิ่มเติมได้ก่อนยืนยัน""",
				List.of(Messages.postback("✅ ยืนยันส่ง", ComplaintPostbacks.CONFIRM, "ยืนยันส่ง"), cancel())));
		return out;
	}

	private static List<Out> filed(ComplaintStep.Filed f) {
		String code = f.code().grouped();
		String first = (f.reissued() ? "การส่งครั้งก่อนถูกขัดจังหวะ แต่ระบบได้รับเรื่องของท่านแล้ว รหัสด้านล่างคือรหัสที่ใช้ได้\n\n" : "")
				+ "✅ ส่งเรื่องร้องเรียนถึง" + f.agency().name() + " แล้ว\n\n"
				+ "รหัสติดตามเรื่องของท่านอยู่ในข้อความถัดไป รหัสนี้แสดงเพียงครั้งเดียว ระบบไม่ได้เก็บรหัสไว้ หากทำหายจะขอใหม่ไม่ได้";
		String last = "ใช้รหัสนี้ติดตามสถานะ อ่านคำตอบจากเจ้าหน้าที่ และส่งข้อมูลเพิ่มเติม โดยพิมพ์\nติดตาม " + code
				+ "\n\nหน่วยงานไม่เห็นรหัสนี้และไม่ทราบว่าใครร้องเรียน หากใช้โทรศัพท์ร่วมกับผู้อื่น ควรจดรหัสเก็บไว้แล้วลบแชตนี้";
		return List.of(Out.of(first), Out.of(code), new Out(last, MainMenu.actions()));
	}

	private static List<Out> status(ComplaintStep.Status s) {
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
		return List.of(Out.of(head.toString()), new Out(thread(v.notes(), CHUNK), actions));
	}

	/** The newest notes that fit, oldest of them first. */
	static String thread(List<Complaint.Note> notes, int budget) {
		List<String> lines = new ArrayList<>();
		int used = 0;
		int shown = 0;
		for (int i = notes.size() - 1; i >= 0; i--) {
			Complaint.Note n = notes.get(i);
			String line = ThaiDates.format(n.on()) + " · " + (n.author() == Complaint.Author.STAFF ? "เจ้าหน้าที่" : "ผู้ร้องเรียน")
					+ ":\n" + n.text();
			if (used + line.length() + 2 > budget) {
				if (shown == 0) {
					line = Messages.fit(line, budget - 100);
				}
				else {
					break;
				}
			}
			lines.add(0, line);
			used += line.length() + 2;
			shown++;
		}
		String title = "💬 การติดต่อในเรื่องนี้" + (shown < notes.size() ? " (" + shown + " รายการล่าสุดจาก " + notes.size() + ")" : "");
		return title + "\n\n" + String.join("\n\n", lines);
	}

	/**
	 * Cuts text into pieces of {@code size} code points (Thai has no spaces to cut at, and cutting
	 * at line breaks could need more pieces than a reply has room for).
	 */
	static List<String> chunks(String text, int size) {
		List<String> out = new ArrayList<>();
		String rest = text == null ? "" : text;
		while (rest.codePointCount(0, rest.length()) > size) {
			int cut = rest.offsetByCodePoints(0, size);
			out.add(rest.substring(0, cut));
			rest = rest.substring(cut);
		}
		out.add(rest);
		return out;
	}

	static String reason(Reason reason) {
		return switch (reason) {
			case RESUMED -> "ทำต่อจากที่ค้างไว้";
			case EMPTY_TEXT -> "ข้อความว่าง จึงไม่ได้บันทึก";
			case PART_TOO_LONG -> "ข้อความยาวเกิน 5,000 ตัวอักษร จึงไม่ได้บันทึก กรุณาแบ่งส่งเป็นหลายข้อความ";
			case TEXT_TOO_LONG -> "รายละเอียดรวมจะเกิน 10,000 ตัวอักษร ข้อความล่าสุดจึงไม่ได้บันทึก กรุณาสรุปให้สั้นลง";
			case TOO_MANY_PHOTOS -> "แนบภาพได้ไม่เกิน " + ComplaintService.MAX_PHOTOS + " ภาพต่อเรื่อง ภาพนี้จึงไม่ได้บันทึก";
			case PHOTO_UNREADABLE -> "เปิดภาพนี้ไม่ได้ จึงไม่ได้บันทึก กรุณาส่งเป็นภาพถ่าย (JPEG หรือ PNG)";
			case PHOTO_TOO_LARGE -> "ภาพมีขนาดใหญ่เกิน 10 MB จึงไม่ได้บันทึก";
			case PHOTO_UNAVAILABLE -> "รับภาพจาก LINE ไม่สำเร็จ ภาพจึงไม่ได้บันทึก กรุณาส่งใหม่อีกครั้ง";
			case PHOTO_NOT_HERE -> "ขั้นตอนนี้ไม่รับภาพ ภาพจึงไม่ได้บันทึก";
			case UNSUPPORTED_KIND -> "รับเฉพาะข้อความและภาพถ่าย (สติกเกอร์ วิดีโอ เสียง ไฟล์ หรือตำแหน่ง จะไม่ถูกบันทึก)";
			case NO_DETAILS_YET -> "ยังไม่มีรายละเอียด กรุณาพิมพ์เล่าเรื่องก่อนกดตรวจทานและส่ง";
			case PICK_FROM_BUTTONS -> "กรุณาเลือกจากปุ่มด้านล่าง";
			case UNKNOWN_AGENCY -> "ไม่พบหน่วยงานตามรหัสนี้";
			case COMPLAINT_LIMIT -> "วันนี้ส่งเรื่องร้องเรียนครบ " + ComplaintService.COMPLAINTS_PER_DAY
					+ " เรื่องแล้ว (จำกัดไว้เพื่อป้องกันการส่งซ้ำหรือก่อกวน) กรุณาส่งอีกครั้งพรุ่งนี้";
			case OPINION_LIMIT -> "วันนี้ส่งความคิดเห็นครบ " + ComplaintService.OPINIONS_PER_DAY + " ครั้งแล้ว กรุณาส่งอีกครั้งพรุ่งนี้";
			case ADDITION_LIMIT -> "วันนี้ส่งข้อมูลเพิ่มเติมครบ " + ComplaintService.ADDITIONS_PER_DAY + " ครั้งแล้ว กรุณาส่งอีกครั้งพรุ่งนี้";
			case WRONG_CODE_LIMIT -> "ใส่รหัสที่ไม่ถูกต้องหลายครั้งเกินไปในวันนี้ กรุณาลองใหม่พรุ่งนี้";
			case COMPLAINT_CLOSED -> "เรื่องนี้ยุติแล้ว จึงส่งข้อมูลเพิ่มไม่ได้ หากมีข้อมูลใหม่ กรุณายื่นเรื่องร้องเรียนใหม่";
			case NOTES_FULL -> "เรื่องนี้มีข้อความครบจำนวนที่รับได้แล้ว หากมีข้อมูลใหม่ กรุณายื่นเรื่องร้องเรียนใหม่";
			case ANOTHER_DRAFT_OPEN -> "ท่านมีเรื่องร้องเรียนที่เขียนไว้แต่ยังไม่ได้ส่ง กรุณาส่งหรือกดยกเลิกก่อน";
			case FILING_IN_PROGRESS -> "กำลังบันทึกเรื่องของท่าน กรุณารอสักครู่";
			case PHOTO_FORMAT -> "เปิดภาพนี้ไม่ได้ เพราะรับเฉพาะภาพแบบ JPEG หรือ PNG ภาพนี้จึงไม่ได้บันทึก"
					+ " กรุณาส่งภาพจากกล้องหรือคลังภาพของท่านอีกครั้ง";
			case PHOTO_HEIC -> "ระบบยังเปิดภาพแบบ HEIC ไม่ได้ ภาพนี้จึงไม่ได้บันทึก กรุณาส่งภาพเป็น JPEG (หรือถ่ายภาพหน้าจอแล้วส่งแทน)";
			case PHOTO_DIMENSIONS -> "ภาพนี้มีขนาดใหญ่เกินกว่าที่รับได้ (ด้านละไม่เกิน 12,000 จุด และรวมไม่เกิน 60 ล้านจุด) จึงไม่ได้บันทึก"
					+ " กรุณาย่อภาพแล้วส่งใหม่";
			case PHOTO_TIMEOUT -> "เปิดภาพนี้ใช้เวลานานเกินไป จึงไม่ได้บันทึก กรุณาส่งภาพอื่นหรือย่อภาพแล้วส่งใหม่";
			case PHOTO_BUSY -> "ขณะนี้มีภาพส่งเข้ามาจำนวนมาก ภาพนี้จึงยังไม่ได้บันทึก กรุณาส่งใหม่อีกครั้งในอีกสักครู่";
			case PHOTO_DAILY_LIMIT -> "วันนี้ท่านส่งภาพครบ " + PhotoQuota.PER_DAY + " ภาพแล้ว ภาพนี้จึงไม่ได้บันทึก กรุณาส่งเพิ่มพรุ่งนี้";
		};
	}

	/** Button labels hold 20 characters: the one long category gets a shorter name there. */
	static String button(Category category) {
		return category == Category.BRIBERY ? "รับสินบน/ผลประโยชน์" : category.label();
	}

	private static Action review() {
		return Messages.postback("✅ ตรวจทานและส่ง", ComplaintPostbacks.DONE, "ตรวจทานและส่ง");
	}

	private static Action finish() {
		return Messages.postback("✅ เสร็จสิ้น", ComplaintPostbacks.DONE, "เสร็จสิ้น");
	}

	private static Action cancel() {
		return Messages.postback("✖ ยกเลิก", ComplaintPostbacks.CANCEL, "ยกเลิก");
	}
}
