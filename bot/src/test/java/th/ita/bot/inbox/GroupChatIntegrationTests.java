package th.ita.bot.inbox;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.Complaints;
import th.ita.bot.support.Webhook;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LINE puts the speaker's userId in group and room events. Whatever a person in the middle of a
 * private flow says or taps in a group, the bot answers one fixed line pointing to a one-to-one
 * chat, leaves, and nothing private is shown, appended, filed or stored with the userId.
 */
class GroupChatIntegrationTests extends BotIntegrationTest {


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
		List<JsonNode> reply = line.replyTo(event.path("replyToken").asText());
		assertThat(reply).hasSize(1);
		assertThat(reply.get(0).path("text").asText()).isEqualTo(GroupChats.ONE_TO_ONE_ONLY);
		assertThat(reply.get(0).has("quickReply")).isFalse();
		org.awaitility.Awaitility.await("the bot leaves the " + type)
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> line.paths().contains("POST /v2/bot/" + type + "/" + chatId + "/leave"));
		Document stored = mongo.getCollection(InboxStore.COLLECTION)
			.find(new Document("_id", event.get("webhookEventId").asText()))
			.first();
		assertThat(stored.toJson()).doesNotContain(event.path("source").path("userId").asText());
	}

	ChatUser midComplaint() {
		ChatUser p = newPerson();
		Complaints.begin(p, "PKT", "จัดซื้อจัดจ้าง");
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

	/** Filed complaints only: the empty storage slots around them have no filing day (SlotPool). */
	long filedComplaints() {
		return mongo.getCollection("complaints").countDocuments(new Document("filedOn", new Document("$exists", true)));
	}

	@Test
	void aConfirmTappedInARoomFilesNothingAndShowsNoReceiptCode() throws Exception {
		ChatUser p = midComplaint();
		p.taps("✅ ตรวจทานและส่ง");
		String confirm = p.quickReply("✅ ยืนยันส่ง").path("data").asText();
		long complaints = filedComplaints();
		postInGroupExpectingOnlyTheOneToOneLine(Webhook.postback(p.userId(), confirm), "room");
		postInGroupExpectingOnlyTheOneToOneLine(Webhook.text(p.userId(), "ยืนยัน"), "group");
		assertThat(filedComplaints()).isEqualTo(complaints);
		// the private review is still open and confirmed only from the one-to-one chat
		p.taps("✅ ยืนยันส่ง");
		assertThat(Complaints.receiptCode(p.lastReply())).isNotBlank();
		assertThat(filedComplaints()).isEqualTo(complaints + 1);
	}

	@Test
	void anAnswerTappedInAGroupIsNotRecordedAndTheSummaryIsNotShownThere() throws Exception {
		ChatUser p = newPerson();
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
		long responses = th.ita.bot.support.StoredSheets.count(mongo, new Document());
		postInGroupExpectingOnlyTheOneToOneLine(Webhook.text(p.userId(), "สรุป"), "group");
		postInGroupExpectingOnlyTheOneToOneLine(Webhook.postback(p.userId(), "nav:submit"), "room");
		assertThat(th.ita.bot.support.StoredSheets.count(mongo, new Document())).isEqualTo(responses);
	}

	@Test
	void whenAddedToAGroupTheBotSaysOneLineAndLeaves() throws Exception {
		postInGroupExpectingOnlyTheOneToOneLine(Webhook.event("join", newUserId()), "group");
	}
}
