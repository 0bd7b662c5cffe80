package th.ita.bot.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.FlexReply;
import th.ita.bot.support.TestAgencies;
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

	static final Scheme scheme = TestAgencies.SEED_INSTRUMENT;

	/** A new person past the IIT's access code, at its first item. */
	ChatUser atTheIitsFirstItem() {
		ChatUser p = newPerson();
		p.says("IIT PKT");
		p.says("PKT2569");
		assertThat(p.lastText()).contains("ข้อ 1/51");
		return p;
	}

	/** The stored response holding exactly these answers (responses carry no person to find them by). */
	Map<String, String> storedEqualTo(Tool tool, Map<String, String> given) {
		List<Document> all = th.ita.bot.support.StoredSheets.of(mongo, new Document("tool", tool.name()));
		for (Document d : all) {
			Map<String, String> answers = new LinkedHashMap<>();
			d.getList("answers", Document.class).forEach(a -> answers.put(a.getString("item"), a.getString("value")));
			if (answers.equals(given)) {
				return answers;
			}
		}
		throw new AssertionError("no stored " + tool + " response equals the answers given: " + given);
	}

	/** The i-th item of the IIT and the option (of its n) it is answered with: number {@code (i * step + offset) % n}. */
	record Pick(int index, Item item, int choice) {

		Scale.Option option() {
			return item.scale().options().get(choice);
		}
	}

	static List<Pick> iitPicks(int step, int offset) {
		List<Item> items = scheme.form(Tool.IIT).items();
		return IntStream.range(0, items.size())
			.mapToObj(i -> new Pick(i, items.get(i), (i * step + offset) % items.get(i).scale().options().size()))
			.toList();
	}

	/** The answers the picks give, as stored: item id to option value. */
	static Map<String, String> given(List<Pick> picks) {
		Map<String, String> given = new LinkedHashMap<>();
		picks.forEach(p -> given.put(p.item().id(), p.option().value()));
		return given;
	}

	@Test
	void staffAtADeskAnswerTheWholeIitByTypingOnlyNumbersAndWords() {
		ChatUser p = atTheIitsFirstItem();
		List<Pick> picks = iitPicks(7, 3);
		for (Pick pick : picks) {
			assertThat(p.lastText()).contains("ข้อ " + (pick.index() + 1) + "/" + picks.size());
			String label = pick.option().label();
			String typed = switch (pick.index() % 3) {
				case 0 -> String.valueOf(pick.choice() + 1); // the option's number as shown
				case 1 -> label; // its words
				default -> label.contains("/") ? label.split("/")[1] : "  " + label + " "; // part of them
			};
			p.says(typed);
		}
		assertThat(p.lastText()).contains("สรุปคำตอบ").contains("ตอบแล้ว 51/51");
		p.says("ส่งแบบประเมิน");
		assertThat(p.lastText()).contains("ส่งแบบประเมินเรียบร้อยแล้ว");
		assertThat(storedEqualTo(Tool.IIT, given(picks))).hasSize(picks.size());
	}

	@Test
	void onLinePcTheWholeIitIsAnsweredWithTheButtonsInsideTheMessages() {
		ChatUser p = atTheIitsFirstItem();
		List<Pick> picks = iitPicks(5, 1);
		for (Pick pick : picks) {
			// every option of the form's scale is a button in the message body
			List<String> labels = FlexReply.actions(p.lastReply()).stream().map(a -> a.path("label").asText()).toList();
			assertThat(labels).containsAll(pick.item().scale().options().stream().map(Scale.Option::label).toList());
			JsonNode button = FlexReply.button(p.lastReply(), pick.option().label());
			assertThat(button.get("data").asText()).contains(pick.item().id());
			p.postback(button.get("data").asText());
		}
		p.postback(FlexReply.button(p.lastReply(), "✅ ส่งแบบประเมิน").get("data").asText());
		assertThat(p.lastText()).contains("ส่งแบบประเมินเรียบร้อยแล้ว");
		assertThat(storedEqualTo(Tool.IIT, given(picks))).hasSize(picks.size());
	}

	@Test
	void aTypedAnswerLandsOnTheItemShownAndNonsenseGetsAHintAndIsNotStored() {
		ChatUser p = newPerson();
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
		ChatUser p = newPerson();
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
	}

	@Test
	void editingFromTheSummaryJumpsToTheItemAndComesBackToTheSummary() {
		ChatUser p = newPerson();
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
		ChatUser p = atTheIitsFirstItem();
		for (int i = 0; i < 7; i++) {
			p.says("2");
		}
		p.taps("✖ ยกเลิก");
		assertThat(p.lastText()).contains("7 จาก 51 ข้อ").contains("ถูกลบ").contains("ทำต่อ");
		assertThat(sessions.of(p)).as("nothing deleted yet").hasValueSatisfying(s -> assertThat(s.getAnswers()).hasSize(7));
		// the confirmation is in the message body too (PC)
		FlexReply.button(p.lastReply(), "ลบคำตอบและยกเลิก");
		p.postback(FlexReply.button(p.lastReply(), "ทำต่อ").get("data").asText());
		assertThat(p.lastText()).contains("ข้อ 8/51");
		// a confirmation left from another survey deletes nothing
		p.postback("x:EIT:PKT");
		assertThat(p.lastText()).contains("ข้อ 8/51");
		assertThat(sessions.of(p)).hasValueSatisfying(s -> assertThat(s.getAnswers()).hasSize(7));
		p.says("ยกเลิก");
		p.postback(FlexReply.button(p.lastReply(), "ลบคำตอบและยกเลิก").get("data").asText());
		assertThat(p.lastText()).contains("ยกเลิกแบบประเมินแล้ว");
		assertThat(sessions.of(p)).as("the answers are deleted").isEmpty();
	}
}
