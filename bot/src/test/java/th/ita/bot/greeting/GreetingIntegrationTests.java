package th.ita.bot.greeting;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.FlexReply;
import th.ita.bot.support.Webhook;

import static org.assertj.core.api.Assertions.assertThat;

/** What people say first gets a friendly Thai welcome with the menu, as buttons on every client. */
class GreetingIntegrationTests extends BotIntegrationTest {

	static final List<String> MENU = List.of("ทำแบบประเมิน", "ร้องเรียนการทุจริต", "แสดงความคิดเห็น", "ติดตามเรื่อง", "ช่วยเหลือ");

	static void assertWelcome(List<JsonNode> reply, String first) {
		assertThat(reply).hasSize(1);
		String texts = String.join("\n", FlexReply.texts(reply));
		assertThat(texts).contains(first).doesNotContain("ไม่เข้าใจ");
		List<String> body = FlexReply.actions(reply).stream().map(a -> a.path("label").asText()).toList();
		assertThat(body).containsAll(MENU); // LINE for PC
		List<String> quick = new java.util.ArrayList<>();
		reply.get(0).path("quickReply").path("items").forEach(i -> quick.add(i.path("action").path("label").asText()));
		assertThat(quick).containsAll(MENU); // phones
	}

	@Test
	void greetingsThanksMenuAndStickersGetTheWelcome() {
		ChatUser p = newPerson();
		for (String hello : List.of("สวัสดี", "สวัสดีครับ", "สวัสดีค่ะ", "หวัดดี", "หวัดดีจ้า", "hello", "Hi", "สวัสดีครับ 🙏")) {
			assertWelcome(p.says(hello), "สวัสดีครับ");
		}
		assertWelcome(p.says("ขอบคุณครับ"), "ยินดีครับ");
		assertWelcome(p.says("เมนู"), "สวัสดีครับ");
		assertWelcome(p.send(Webhook.sticker(p.userId())), "สวัสดีครับ");
	}

	@Test
	void addingTheBotAsAFriendGetsTheWelcome() {
		ChatUser p = newPerson();
		assertWelcome(p.send(Webhook.follow(p.userId())), "ขอบคุณที่เพิ่มบอท ITA เป็นเพื่อน");
	}

	@Test
	void insideASurveyAGreetingIsAnsweredByTheSurvey() {
		ChatUser p = newPerson();
		p.says("EIT PKT");
		p.says("สวัสดีครับ");
		assertThat(p.lastText()).contains("ข้อ 1/19").contains("ไม่ใช่คำตอบของข้อนี้");
		p.send(Webhook.sticker(p.userId()));
		assertThat(p.lastText()).contains("ข้อ 1/19");
		p.says("ยกเลิก");
		p.says("ยืนยันยกเลิก");
		assertWelcome(p.says("สวัสดีครับ"), "สวัสดีครับ");
	}
}
