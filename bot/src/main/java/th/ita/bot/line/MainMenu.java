package th.ita.bot.line;

import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.FlexButton;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.Message;

/**
 * The words a person can always type or tap, and the welcome that lists them: a Flex bubble whose
 * buttons LINE for PC shows too, with the same buttons as quick replies on phones.
 */
public final class MainMenu {

	private MainMenu() {
	}

	public static List<Action> actions() {
		return List.of(Messages.say("ทำแบบประเมิน", "ทำแบบประเมิน"), Messages.say("ร้องเรียนการทุจริต", "ร้องเรียน"),
				Messages.say("แสดงความคิดเห็น", "ความคิดเห็น"), Messages.say("ติดตามเรื่อง", "ติดตาม"),
				Messages.say("ช่วยเหลือ", "ช่วยเหลือ"));
	}

	/** What the menu offers, one line each (also the welcome's text for clients without Flex). */
	static final String MENU_TEXT = """
			• ทำแบบประเมิน — ตอบแบบวัดการรับรู้ (EIT สำหรับผู้รับบริการ, IIT สำหรับบุคลากรของหน่วยงาน)
			• ร้องเรียน — แจ้งเรื่องร้องเรียนการทุจริตโดยไม่ระบุตัวตน
			• ความคิดเห็น — เสนอแนะต่อหน่วยงาน
			• ติดตาม — ติดตามเรื่องร้องเรียนด้วยรหัสที่ได้รับ""";

	/** The friendly welcome with the main menu as buttons; {@code intro} is its first line. */
	public static Message welcome(String intro) {
		List<FlexComponent> body = new ArrayList<>();
		body.add(Bubbles.bold(intro, "md"));
		body.add(Bubbles.text("ระบบนี้ช่วยหน่วยงานภาครัฐประเมินคุณธรรมและความโปร่งใส (ITA) ท่านทำอะไรได้บ้าง:", "sm"));
		body.add(Bubbles.coloured(MENU_TEXT, "sm", "#555555"));
		body.add(Bubbles.coloured("เจ้าหน้าที่ของหน่วยงาน: ลงทะเบียนแล้วพิมพ์ \"คะแนน\" เพื่อดูผลคะแนน", "xs", Bubbles.GREY));
		body.add(Bubbles.coloured("🔒 คำตอบทั้งหมดเก็บแบบไม่ระบุตัวตน หน่วยงานไม่ทราบว่าใครเป็นผู้ตอบ", "xs", Bubbles.GREY));
		List<FlexComponent> footer = new ArrayList<>();
		List<Action> menu = actions();
		for (int i = 0; i < menu.size(); i++) {
			footer.add(Bubbles.button(menu.get(i), i == 0 ? FlexButton.Style.PRIMARY : FlexButton.Style.SECONDARY));
		}
		return Bubbles.flex(intro + "\n" + MENU_TEXT, Bubbles.bubble(null, Bubbles.vbox(body, "md"), Bubbles.vbox(footer, "xs")), menu);
	}

	public static Message help() {
		return welcome("สวัสดีครับ ยินดีต้อนรับสู่บอท ITA");
	}

	public static Message notUnderstood() {
		return welcome("ขออภัย ระบบยังไม่เข้าใจข้อความนี้ กรุณาเลือกจากเมนูด้านล่าง");
	}
}
