package th.ita.bot.inbox;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.Webhook;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LINE puts the speaker's userId in group and room events. Whatever a person in the middle of a
 * private flow says or taps in a group, the bot answers one fixed line pointing to a one-to-one
 * chat, leaves, and nothing private is shown, appended, filed or stored with the userId.
 */
class GroupChatIntegrationTests extends BotIntegrationTest {

	static String newUserId() {
		return "U" + UUID.randomUUID().toString().replace("-", "");
	}

	static ObjectNode inGroup(ObjectNode event, String type, String chatId) {
		String userId = event.path("source").path("userId").asText();
		ObjectNode source = event.putObject("source");
		source.put("type", type);
		source.put(type + "Id", chatId);
		source.put("userId", userId);
		return event;
	}

	/** Posts the event from a group; asserts the one-line answer and the bot leaving. */
	void postInGroupExpectingOnlyTheOneToOneLine(ObjectNode event, String type) throws Exception {
		String chatId = (type.equals("group") ? "C" : "R") + UUID.randomUUID().toString().replace("-", "");
		inGroup(event, type, chatId);
		assertThat(webhook.post(event)).isEqualTo(200);
		List<JsonNode> reply = line.nextReply();
		assertThat(reply).hasSize(1);
		assertThat(reply.get(0).path("text").asText()).isEqualTo(GroupChats.ONE_TO_ONE_ONLY);
		assertThat(reply.get(0).has("quickReply")).isFalse();
		long deadline = System.currentTimeMillis() + 10_000;
		while (line.paths().stream().noneMatch(p -> p.equals("POST /v2/bot/" + type + "/" + chatId + "/leave"))) {
			assertThat(System.currentTimeMillis()).as("the bot leaves the " + type).isLessThan(deadline);
			Thread.sleep(20);
		}
		Document stored = mongo.getCollection(InboxStore.COLLECTION)
			.find(new Document("_id", event.get("webhookEventId").asText()))
			.first();
		assertThat(stored.toJson()).doesNotContain(event.path("source").path("userId").asText());
	}

	ChatUser midComplaint() {
		ChatUser p = person(newUserId());
		p.says("ร้องเรียน PKT");
		p.taps("จัดซื้อจัดจ้าง");
		p.says("ข้อความแรกในแชตส่วนตัว");
		return p;
	}

	@Test
	void groupChatterIsNeverAppendedToAComplaint() throws Exception {
		ChatUser p = midComplaint();
		postInGroupExpectingOnlyTheOneToOneLine(Webhook.text(p.userId(), "ข้อความลับในกลุ่ม"), "group");
		p.taps("✅ ตรวจทานและส่ง");
		assertThat(p.lastText()).contains("ข้อความแรกในแชตส่วนตัว").doesNotContain("ข้อความลับในกลุ่ม");
	}

	@Test
	void aConfirmTappedInARoomFilesNothingAndShowsNoReceiptCode() throws Exception {
		ChatUser p = midComplaint();
		p.taps("✅ ตรวจทานและส่ง");
		String confirm = p.quickReply("✅ ยืนยันส่ง").path("data").asText();
		long complaints = mongo.getCollection("complaints").countDocuments();
		postInGroupExpectingOnlyTheOneToOneLine(Webhook.postback(p.userId(), confirm), "room");
		postInGroupExpectingOnlyTheOneToOneLine(Webhook.text(p.userId(), "ยืนยัน"), "group");
		assertThat(mongo.getCollection("complaints").countDocuments()).isEqualTo(complaints);
		// the private review is still open and confirmed only from the one-to-one chat
		p.taps("✅ ยืนยันส่ง");
		assertThat(th.ita.bot.support.Complaints.receiptCode(p.lastReply())).isNotBlank();
		assertThat(mongo.getCollection("complaints").countDocuments()).isEqualTo(complaints + 1);
	}

	@Test
	void anAnswerTappedInAGroupIsNotRecordedAndTheSummaryIsNotShownThere() throws Exception {
		ChatUser p = person(newUserId());
		p.says("EIT PKT");
		String answer = p.quickReply("มาก").path("data").asText();
		postInGroupExpectingOnlyTheOneToOneLine(Webhook.postback(p.userId(), answer), "group");
		p.says("สวัสดี");
		assertThat(p.lastText()).contains("ข้อ 1/19");
		for (int i = 0; i < 19 && !p.lastText().contains("สรุปคำตอบ"); i++) {
			p.postback(p.lastReply().get(p.lastReply().size() - 1).path("quickReply").path("items").get(0).path("action")
				.path("data").asText());
		}
		assertThat(p.lastText()).contains("สรุปคำตอบ");
		long responses = mongo.getCollection("responses").countDocuments();
		postInGroupExpectingOnlyTheOneToOneLine(Webhook.text(p.userId(), "สรุป"), "group");
		postInGroupExpectingOnlyTheOneToOneLine(Webhook.postback(p.userId(), "nav:submit"), "room");
		assertThat(mongo.getCollection("responses").countDocuments()).isEqualTo(responses);
	}

	@Test
	void whenAddedToAGroupTheBotSaysOneLineAndLeaves() throws Exception {
		postInGroupExpectingOnlyTheOneToOneLine(Webhook.event("join", newUserId()), "group");
	}
}
