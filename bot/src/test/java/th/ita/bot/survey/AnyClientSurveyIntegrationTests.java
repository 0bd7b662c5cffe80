package th.ita.bot.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.FlexReply;
import th.ita.scoring.Item;
import th.ita.scoring.Scale;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey on every LINE client: by typing only (LINE for PC shows no quick replies) and by
 * tapping only the buttons inside the messages; both store exactly the answers given.
 */
class AnyClientSurveyIntegrationTests extends BotIntegrationTest {

	@Autowired
	Scheme scheme;

	static String newUserId() {
		return "U" + UUID.randomUUID().toString().replace("-", "");
	}

	long sessions() {
		return mongo.getCollection("survey_sessions").countDocuments();
	}

	/** The stored response holding exactly these answers (responses carry no person to find them by). */
	Map<String, String> storedEqualTo(Tool tool, Map<String, String> given) {
		List<Document> all = mongo.getCollection("responses").find(new Document("tool", tool.name())).into(new ArrayList<>());
		for (Document d : all) {
			Map<String, String> answers = new LinkedHashMap<>();
			d.getList("answers", Document.class).forEach(a -> answers.put(a.getString("item"), a.getString("value")));
			if (answers.equals(given)) {
				return answers;
			}
		}
		throw new AssertionError("no stored " + tool + " response equals the answers given: " + given);
	}

	@Test
	void staffAtADeskAnswerTheWholeIitByTypingOnlyNumbersAndWords() {
		ChatUser p = person(newUserId());
		p.says("IIT PKT");
		p.says("PKT2569");
		List<Item> items = scheme.form(Tool.IIT).items();
		Map<String, String> given = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			assertThat(p.lastText()).contains("ข้อ " + (i + 1) + "/" + items.size());
			List<Scale.Option> options = item.scale().options();
			int choice = (i * 7 + 3) % options.size();
			Scale.Option o = options.get(choice);
			String typed = switch (i % 3) {
				case 0 -> String.valueOf(choice + 1); // the option's number as shown
				case 1 -> o.label(); // its words
				default -> o.label().contains("/") ? o.label().split("/")[1] : "  " + o.label() + " "; // part of them
			};
			p.says(typed);
			given.put(item.id(), o.value());
		}
		assertThat(p.lastText()).contains("สรุปคำตอบ").contains("ตอบแล้ว 51/51");
		p.says("ส่งแบบประเมิน");
		assertThat(p.lastText()).contains("ส่งแบบประเมินเรียบร้อยแล้ว");
		assertThat(storedEqualTo(Tool.IIT, given)).hasSize(items.size());
	}

	@Test
	void onLinePcTheWholeIitIsAnsweredWithTheButtonsInsideTheMessages() {
		ChatUser p = person(newUserId());
		p.says("IIT PKT");
		p.says("PKT2569");
		List<Item> items = scheme.form(Tool.IIT).items();
		Map<String, String> given = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			List<Scale.Option> options = item.scale().options();
			// every option of the form's scale is a button in the message body
			List<String> labels = FlexReply.actions(p.lastReply()).stream().map(a -> a.path("label").asText()).toList();
			assertThat(labels).containsAll(options.stream().map(Scale.Option::label).toList());
			Scale.Option o = options.get((i * 5 + 1) % options.size());
			JsonNode button = FlexReply.button(p.lastReply(), o.label());
			assertThat(button.get("data").asText()).contains(item.id());
			p.postback(button.get("data").asText());
			given.put(item.id(), o.value());
		}
		p.postback(FlexReply.button(p.lastReply(), "✅ ส่งแบบประเมิน").get("data").asText());
		assertThat(p.lastText()).contains("ส่งแบบประเมินเรียบร้อยแล้ว");
		assertThat(storedEqualTo(Tool.IIT, given)).hasSize(items.size());
	}

	@Test
	void aTypedAnswerLandsOnTheItemShownAndNonsenseGetsAHintAndIsNotStored() {
		ChatUser p = person(newUserId());
		p.says("EIT PKT");
		p.says("5"); // four options: no fifth
		assertThat(p.lastText()).contains("ไม่ใช่คำตอบของข้อนี้").contains("ข้อ 1/19").contains("1–4");
		p.says("น้อยจัง");
		assertThat(p.lastText()).contains("ข้อ 1/19");
		p.says("๓"); // Thai digit
		assertThat(p.lastText()).contains("ข้อ 2/19").contains("โปร่งใสเป็นไปตามระยะเวลาที่กำหนด");
		// a tap on the old item-1 button after moving on is not recorded for item 2
		p.postback("a:EIT:PKT:e1.1:4");
		assertThat(p.lastText()).contains("ปุ่มที่กดเป็นของข้อก่อนหน้า").contains("ข้อ 2/19");
		// mid-survey, "แก้ไขข้อ 1" opens item 1; after the answer the survey goes on at item 2
		p.says("แก้ไขข้อ 1");
		assertThat(p.lastText()).contains("ข้อ 1/19").contains("คำตอบเดิม: มาก");
		p.says("4");
		assertThat(p.lastText()).contains("ข้อ 2/19");
		p.says("แก้ไขข้อ 2"); // not answered yet: a hint, no jump
		assertThat(p.lastText()).contains("ข้อ 2/19").contains("จึงไม่ได้บันทึก");
		p.says("✖ ยกเลิก");
		p.taps("ลบคำตอบและยกเลิก");
		assertThat(p.lastText()).contains("ยกเลิกแบบประเมินแล้ว");
	}

	@Test
	void theSummaryShowsTheQuestionsInWordsGroupedByIndicatorInOneMessage() {
		ChatUser p = person(newUserId());
		p.says("EIT PKT");
		List<Item> items = scheme.form(Tool.EIT).items();
		for (int i = 0; i < items.size(); i++) {
			p.says(String.valueOf(1 + i % items.get(i).scale().options().size()));
		}
		List<JsonNode> reply = p.lastReply();
		assertThat(reply).hasSize(1);
		assertThat(reply.get(0).path("type").asText()).isEqualTo("flex");
		assertThat(reply.get(0).path("contents").path("type").asText()).isEqualTo("carousel");
		List<String> texts = FlexReply.texts(reply);
		String all = String.join("\n", texts);
		// indicator names as headings, the seed's wording, the chosen labels; no bare item codes
		assertThat(all).contains("คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร", "การปรับปรุงการทำงาน")
			.contains("โปร่งใสเป็นไปตามขั้นตอนที่กำหนด")
			.contains("มีช่องทางร้องเรียนการทุจริตของเจ้าหน้าที่ในหน่วยงาน")
			.contains("น้อยที่สุด/ไม่มีเลย", "มากที่สุด")
			.doesNotContain("e1.1:", "e15:");
		assertThat(all).doesNotContain("มากน้อยเพียงใด");
		// every answered item is a row a tap opens
		long rows = FlexReply.actions(reply).stream().filter(a -> a.path("data").asText().startsWith("e:EIT:PKT:")).count();
		assertThat(rows).isEqualTo(items.size());
		// typed text here gets a hint, and the summary again
		p.says("เรียบร้อยครับ");
		assertThat(p.lastReply()).hasSizeLessThanOrEqualTo(5);
		assertThat(p.lastText()).contains("ไม่ใช่คำตอบ").contains("แก้ไขข้อ").contains("สรุปคำตอบ");
		p.says("ยกเลิก");
		p.says("ยืนยันยกเลิก");
	}

	@Test
	void editingFromTheSummaryJumpsToTheItemAndComesBackToTheSummary() {
		ChatUser p = person(newUserId());
		p.says("EIT PKT");
		List<Item> items = scheme.form(Tool.EIT).items();
		Map<String, String> given = new LinkedHashMap<>();
		for (Item item : items) {
			p.says("1");
			given.put(item.id(), item.scale().options().get(0).value());
		}
		// typed: "แก้ไขข้อ 3" opens item 3 and after the answer the summary is back
		p.says("แก้ไขข้อ 3");
		assertThat(p.lastText()).contains("ข้อ 3/19").contains(items.get(2).id());
		assertThat(String.join(" ", FlexReply.texts(p.lastReply()))).contains("แก้ไขคำตอบ");
		Scale.Option last = items.get(2).scale().options().get(items.get(2).scale().options().size() - 1);
		p.says(last.label());
		given.put(items.get(2).id(), last.value());
		assertThat(p.lastText()).contains("สรุปคำตอบ");
		// tapped: a row of the summary opens its item
		JsonNode row = FlexReply.actions(p.lastReply()).stream()
			.filter(a -> a.path("data").asText().equals("e:EIT:PKT:" + items.get(10).id()))
			.findFirst()
			.orElseThrow();
		p.postback(row.get("data").asText());
		assertThat(p.lastText()).contains("ข้อ 11/19");
		Scale.Option second = items.get(10).scale().options().get(1);
		p.postback(FlexReply.button(p.lastReply(), second.label()).get("data").asText());
		given.put(items.get(10).id(), second.value());
		assertThat(p.lastText()).contains("สรุปคำตอบ");
		assertThat(String.join("\n", FlexReply.texts(p.lastReply()))).contains(last.label());
		// back from an opened item returns to the summary with nothing changed
		p.says("แก้ไขข้อ 5");
		p.says("ย้อนกลับ");
		assertThat(p.lastText()).contains("สรุปคำตอบ");
		p.taps("✅ ส่งแบบประเมิน");
		assertThat(storedEqualTo(Tool.EIT, given)).hasSize(items.size());
	}

	@Test
	void cancelAsksFirstAndSaysWhatWillBeDeleted() {
		ChatUser p = person(newUserId());
		p.says("IIT PKT");
		p.says("PKT2569");
		for (int i = 0; i < 7; i++) {
			p.says("2");
		}
		long before = sessions();
		p.taps("✖ ยกเลิก");
		assertThat(p.lastText()).contains("7 จาก 51 ข้อ").contains("ถูกลบ").contains("ทำต่อ");
		assertThat(sessions()).as("nothing deleted yet").isEqualTo(before);
		// the confirmation is in the message body too (PC)
		FlexReply.button(p.lastReply(), "ลบคำตอบและยกเลิก");
		p.postback(FlexReply.button(p.lastReply(), "ทำต่อ").get("data").asText());
		assertThat(p.lastText()).contains("ข้อ 8/51");
		// a confirmation left from another survey deletes nothing
		p.postback("x:EIT:PKT");
		assertThat(p.lastText()).contains("ข้อ 8/51");
		assertThat(sessions()).isEqualTo(before);
		p.says("ยกเลิก");
		p.postback(FlexReply.button(p.lastReply(), "ลบคำตอบและยกเลิก").get("data").asText());
		assertThat(p.lastText()).contains("ยกเลิกแบบประเมินแล้ว");
		assertThat(sessions()).isEqualTo(before - 1);
	}
}
