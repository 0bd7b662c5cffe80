package th.ita.bot.line;

import java.util.List;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.Message;

/** The words a person can always type or tap, and the greeting that lists them. */
public final class MainMenu {

	private MainMenu() {
	}

	public static List<Action> actions() {
		return List.of(Messages.say("ทำแบบประเมิน", "ทำแบบประเมิน"), Messages.say("ร้องเรียนการทุจริต", "ร้องเรียน"),
				Messages.say("แสดงความคิดเห็น", "ความคิดเห็น"), Messages.say("ติดตามเรื่อง", "ติดตาม"),
				Messages.say("ช่วยเหลือ", "ช่วยเหลือ"));
	}

	public static Message help() {
		return Messages.text("""
				สวัสดีครับ ระบบนี้ช่วยหน่วยงานภาครัฐประเมินคุณธรรมและความโปร่งใส (ITA)
				• ทำแบบประเมิน — ตอบแบบวัดการรับรู้ (EIT สำหรับผู้รับบริการ, IIT สำหรับบุคลากรของหน่วยงาน) หรือพิมพ์ เช่น EIT PKT
				• ร้องเรียน — แจ้งเรื่องร้องเรียนการทุจริตโดยไม่ระบุตัวตน
				• ความคิดเห็น — เสนอแนะต่อหน่วยงาน
				• ติดตาม รหัส — ติดตามเรื่องร้องเรียนด้วยรหัสที่ได้รับ
				คำตอบทั้งหมดเก็บแบบไม่ระบุตัวตน หน่วยงานไม่ทราบว่าใครเป็นผู้ตอบ
				เจ้าหน้าที่: พิมพ์ "คะแนน" เพื่อดูผลคะแนน (ต้องลงทะเบียนก่อน)""", actions());
	}

	public static Message notUnderstood() {
		return Messages.text("ขออภัย ไม่เข้าใจข้อความนี้ กรุณาเลือกจากเมนูด้านล่าง หรือพิมพ์ \"ช่วยเหลือ\"", actions());
	}
}
