package th.ita.bot.greeting;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.linecorp.bot.messaging.model.Message;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import th.ita.bot.line.ChatFeature;
import th.ita.bot.line.ChatInput;
import th.ita.bot.line.MainMenu;
import th.ita.bot.survey.AgencyPicker;

/**
 * What people say before anything else: "สวัสดีครับ", "ขอบคุณค่ะ", a sticker, adding the bot as
 * a friend. Outside a survey or complaint they get a friendly welcome with the main menu; typed
 * text that names agencies gets the agencies. Inside a flow it claims nothing: the flow answers.
 */
@Component
@Order(90)
class GreetingChat implements ChatFeature {

	private static final Set<String> GREETINGS = Set.of("สวัสดี", "หวัดดี", "ดีจ้า", "ดี", "HELLO", "HI", "HEY",
			"สวัสดีตอนเช้า", "สวัสดีตอนบ่าย", "สวัสดีตอนเย็น", "เริ่ม", "เริ่มต้น", "START");

	private static final Set<String> THANKS = Set.of("ขอบคุณ", "ขอบใจ", "ขอบคุณมาก", "ขอบคุณมากๆ", "THANKS", "THANKYOU", "THANK",
			"ขอบคุณนะ");

	/** Polite endings Thai speakers add: "สวัสดีครับ", "ขอบคุณค่ะ", "หวัดดีจ้า". */
	private static final List<String> ENDINGS = List.of("ครับผม", "ครับ", "ค่ะ", "คะ", "คับ", "ค่า", "จ้า", "จ้ะ", "นะคะ", "นะครับ",
			"นะ", "ฮะ", "งับ");

	private final ObjectProvider<ChatFeature> features;

	private final AgencyPicker agencies;

	GreetingChat(ObjectProvider<ChatFeature> features, AgencyPicker agencies) {
		this.features = features;
		this.agencies = agencies;
	}

	@Override
	public Optional<List<Message>> command(ChatInput input) {
		if (input.isPostback() || inFlow(input.userId())) {
			return Optional.empty();
		}
		return switch (input.kind()) {
			case FOLLOW -> Optional.of(List.of(MainMenu.welcome("สวัสดีครับ ขอบคุณที่เพิ่มบอท ITA เป็นเพื่อน")));
			case OTHER -> Optional.of(List.of(MainMenu.welcome("สวัสดีครับ 😊 ต้องการให้ช่วยเรื่องใด")));
			case TEXT -> text(input.text());
			default -> Optional.empty();
		};
	}

	private Optional<List<Message>> text(String text) {
		String word = word(text);
		if (GREETINGS.contains(word)) {
			return Optional.of(List.of(MainMenu.welcome("สวัสดีครับ ยินดีต้อนรับสู่บอท ITA")));
		}
		if (THANKS.contains(word)) {
			return Optional.of(List.of(MainMenu.welcome("ยินดีครับ 🙏 หากต้องการสิ่งใดเพิ่มเติม เลือกจากเมนูได้เลย")));
		}
		return agencies.find(text);
	}

	/** Upper-cased, without spaces, punctuation, emoji or a polite ending. */
	static String word(String text) {
		StringBuilder b = new StringBuilder();
		text.codePoints().filter(c -> Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
				|| Character.getType(c) == Character.COMBINING_SPACING_MARK).forEach(b::appendCodePoint);
		String w = b.toString().toUpperCase(Locale.ROOT);
		for (boolean cut = true; cut;) {
			cut = false;
			for (String ending : ENDINGS) {
				if (w.length() > ending.length() && w.endsWith(ending)) {
					w = w.substring(0, w.length() - ending.length());
					cut = true;
				}
			}
		}
		// "สวัสดีค่ะๆ", "hiii": a repeated last letter is still the word
		while (w.length() > 2 && w.charAt(w.length() - 1) == w.charAt(w.length() - 2) && !GREETINGS.contains(w)) {
			w = w.substring(0, w.length() - 1);
		}
		return w;
	}

	private boolean inFlow(String userId) {
		return features.orderedStream().anyMatch(f -> f != this && f.hasOpenFlow(userId));
	}
}
