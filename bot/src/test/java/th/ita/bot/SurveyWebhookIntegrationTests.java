package th.ita.bot;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.FlexReply;
import th.ita.bot.support.TestAgencies;
import th.ita.bot.support.Webhook;
import th.ita.scoring.Item;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.conversation.Answer;
import th.ita.survey.conversation.SurveySession;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyWebhookIntegrationTests extends BotIntegrationTest {

	// the seed instrument: these tests run on the shipped 2563 only
	static final Scheme scheme = TestAgencies.SEED_INSTRUMENT;

	@Autowired
	Pseudonyms pseudonyms;

	/** The answers this person's stored session holds. */
	List<Answer> answersKept(ChatUser p) {
		return sessions.of(p).orElseThrow().getAnswers();
	}

	List<Document> responses(Tool tool) {
		return th.ita.bot.support.StoredSheets.of(mongo, new Document("tool", tool.name()));
	}

	/** The one response stored since {@code before} (the H2 file keeps no insertion order). */
	Document newResponse(Tool tool, List<Document> before) {
		java.util.Set<Object> old = new java.util.HashSet<>();
		before.forEach(d -> old.add(d.get("_id")));
		List<Document> added = responses(tool).stream().filter(d -> !old.contains(d.get("_id"))).toList();
		assertThat(added).hasSize(1);
		return added.get(0);
	}

	/** Answers every item by tapping the button with this option index (cycling for variety). */
	void answerAll(ChatUser p, Tool tool, java.util.Map<String, String> given) {
		List<Item> items = scheme.form(tool).items();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			assertThat(p.lastText()).contains("ข้อ " + (i + 1) + "/" + items.size()).contains(item.questionId());
			if (item.isSubItem()) {
				assertThat(p.lastText()).contains(item.text());
			}
			var option = item.scale().options().get(i % item.scale().options().size());
			p.taps(option.label());
			given.put(item.id(), option.value());
		}
	}

	@Test
	void citizenCompletesTheEitAndTheResponseHoldsExactlyTheAnswersAndNoUserId() {
		ChatUser citizen = newPerson();
		List<Document> previous = responses(Tool.EIT);
		long before = previous.size();
		citizen.says("EIT PKT");
		assertThat(citizen.quickReplyLabels()).containsExactly("น้อยที่สุด/ไม่มีเลย", "น้อย", "มาก", "มากที่สุด", "✖ ยกเลิก");
		assertThat(citizen.lastText()).contains("ข้อ 1/19").contains("สำนักงานจังหวัดภูเก็ต").contains("โปร่งใสเป็นไปตามขั้นตอนที่กำหนด");
		var given = new java.util.LinkedHashMap<String, String>();
		answerAll(citizen, Tool.EIT, given);
		assertThat(citizen.lastText()).contains("สรุปคำตอบ").contains("ตอบแล้ว 19/19");
		citizen.taps("✅ ส่งแบบประเมิน");
		assertThat(citizen.lastText()).contains("ขอบคุณ");

		List<Document> eit = responses(Tool.EIT);
		assertThat(eit).hasSize((int) before + 1);
		Document stored = th.ita.bot.support.StoredSheets.newest(previous, eit);
		assertThat(th.ita.bot.support.StoredSheets.of(mongo, new Document("tool", "EIT").append("agency", "PKT")))
			.contains(stored);
		var answers = new java.util.LinkedHashMap<String, String>();
		stored.getList("answers", Document.class).forEach(a -> answers.put(a.getString("item"), a.getString("value")));
		assertThat(answers).isEqualTo(given);
		// a random key, the day and the answers: nothing else
		assertThat(stored.keySet()).containsExactlyInAnyOrder("k", "on", "answers");
		assertNoTraceOf(citizen.userId());
		// the conversation state is gone after submit
		assertThat(sessions.of(citizen)).isEmpty();
	}

	@Test
	void staffCompletesTheIitWithTheAccessCode() {
		ChatUser staff = newPerson();
		List<Document> previous = responses(Tool.IIT);
		staff.says("IIT PKT");
		assertThat(staff.lastText()).contains("รหัสเข้าร่วม");
		staff.says("wrong-code");
		assertThat(staff.lastText()).contains("ไม่ถูกต้อง");
		staff.says("PKT2569");
		assertThat(staff.lastText()).contains("ข้อ 1/51");
		var given = new java.util.LinkedHashMap<String, String>();
		answerAll(staff, Tool.IIT, given);
		staff.taps("✅ ส่งแบบประเมิน");
		Document stored = th.ita.bot.support.StoredSheets.newest(previous, responses(Tool.IIT));
		assertThat(stored.getList("answers", Document.class)).hasSize(51);
		assertNoTraceOf(staff.userId());
	}

	@Test
	void iitIsRefusedWithoutTheAccessCode() {
		ChatUser outsider = newPerson();
		outsider.says("IIT PKT");
		for (int i = 0; i < 4; i++) {
			outsider.says("guess" + i);
			assertThat(outsider.lastText()).contains("ไม่ถูกต้อง").doesNotContain("ข้อ 1/51");
		}
		outsider.says("guess-last");
		assertThat(outsider.lastText()).contains("ยกเลิกการเข้าแบบวัด IIT");
		outsider.says("PKT2569"); // too late: the attempt was dropped
		assertThat(outsider.lastText()).doesNotContain("ข้อ 1/51");
	}

	@Test
	void backGoesToThePreviousItemAndShowsTheEarlierAnswer() {
		ChatUser p = newPerson();
		p.says("EIT PKT");
		p.taps("มาก");
		assertThat(p.lastText()).contains("ข้อ 2/19");
		p.taps("◀ ย้อนกลับ");
		assertThat(p.lastText()).contains("ข้อ 1/19").contains("คำตอบเดิม: มาก");
		p.taps("น้อย");
		assertThat(p.lastText()).contains("ข้อ 2/19");
		assertThat(answersKept(p)).containsExactly(TestAgencies.answer("e1.1", "น้อย"));
	}

	@Test
	void cancelDropsEverythingAnswered() {
		ChatUser p = newPerson();
		long before = responses(Tool.EIT).size();
		p.says("EIT PKT");
		p.taps("มาก");
		p.taps("✖ ยกเลิก");
		assertThat(p.lastText()).contains("ใช่หรือไม่").contains("1 จาก 19 ข้อ");
		p.taps("ลบคำตอบและยกเลิก");
		assertThat(p.lastText()).contains("ยกเลิกแบบประเมินแล้ว");
		assertThat(responses(Tool.EIT)).hasSize((int) before);
		assertThat(sessions.of(p)).isEmpty();
		p.says("EIT PKT");
		assertThat(p.lastText()).contains("ข้อ 1/19");
	}

	@Test
	void typedTextOrAStickerGetsAHintAndTheSameQuestionAndStoresNothing() {
		ChatUser p = newPerson();
		p.says("EIT PKT");
		p.taps("มาก");
		p.says("ดีมากครับ");
		assertThat(p.lastText()).contains("จึงไม่ได้บันทึก").contains("ข้อ 2/19");
		p.send(Webhook.sticker(p.userId()));
		assertThat(p.lastText()).contains("จึงไม่ได้บันทึก").contains("ข้อ 2/19");
		assertThat(answersKept(p)).containsExactly(TestAgencies.answer("e1.1", "มาก"));
		assertThat(mongo.getCollection("survey_sessions").find(new Document("_id", sessions.of(p).orElseThrow().getId()))
			.first().toJson()).doesNotContain("ดีมากครับ");
	}

	@Test
	void aTapOnAnOldButtonIsNotRecordedForAnotherItem() {
		ChatUser p = newPerson();
		p.says("EIT PKT");
		String firstItemButton = p.quickReply("มากที่สุด").get("data").asText();
		p.taps("มาก");
		assertThat(p.lastText()).contains("ข้อ 2/19");
		p.postback(firstItemButton); // the same button on the first question, tapped again
		assertThat(p.lastText()).contains("ไม่ได้บันทึก").contains("ข้อ 2/19");
		p.postback("a:EIT:PKT:e99:4"); // forged: no such item
		assertThat(p.lastText()).contains("ไม่ได้บันทึก").contains("ข้อ 2/19");
		assertThat(answersKept(p)).containsExactly(TestAgencies.answer("e1.1", "มาก"));
	}

	@Test
	void aSecondSubmitAndASecondAttemptInTheSameYearAreRefused() {
		ChatUser p = newPerson();
		p.says("EIT PKT");
		answerAll(p, Tool.EIT, new java.util.HashMap<>());
		String submit = p.quickReply("✅ ส่งแบบประเมิน").get("data").asText();
		p.postback(submit);
		int after = responses(Tool.EIT).size();
		p.postback(submit); // double tap on the same button
		assertThat(responses(Tool.EIT)).hasSize(after);
		p.says("EIT PKT");
		assertThat(p.lastText()).contains("แล้ว").contains("ครั้งเดียวต่อปีงบประมาณ");
		assertThat(responses(Tool.EIT)).hasSize(after);
	}

	@Test
	void aRedeliveredEventChangesNothing() {
		ChatUser p = newPerson();
		p.says("EIT PKT");
		ObjectNode tap = Webhook.postback(p.userId(), p.quickReply("มาก").get("data").asText());
		p.send(tap);
		assertThat(p.lastText()).contains("ข้อ 2/19");
		assertThat(webhook.post(Webhook.redelivery(tap))).isEqualTo(200);
		p.assertNoOtherReply();
		SurveySession session = sessions.of(p).orElseThrow();
		assertThat(session.getAnswers()).containsExactly(TestAgencies.answer("e1.1", "มาก"));
		assertThat(session.getCursor()).as("still at item 2").isEqualTo(1);
	}

	@Test
	void aForgedSignatureIsRefusedAndNothingIsProcessed() {
		ChatUser p = newPerson();
		String body = Webhook.body(Webhook.text(p.userId(), "EIT PKT"));
		assertThat(webhook.post(body, "AAAAforgedsignatureAAAA=")).isEqualTo(400);
		assertThat(webhook.post(body, null)).isEqualTo(400);
		p.assertNoOtherReply();
		assertThat(sessions.of(p)).isEmpty();
	}

	@Test
	void unknownAgencyGetsAClearAnswer() {
		ChatUser p = newPerson();
		p.says("EIT XYZ");
		assertThat(p.lastText()).contains("ไม่พบหน่วยงานรหัส \"XYZ\"");
	}

	@Test
	void theMenuWordLeadsToAgencyAndFormChoice() {
		ChatUser p = newPerson();
		p.says("ทำแบบประเมิน");
		// a list to pick from, or with many agencies (the other tests' too) a search: AgencyPickerTests
		assertThat(p.lastText()).contains("เลือกหน่วยงานที่ท่านต้องการประเมิน");
		p.says("ค้นหา สำนักงานจังหวัดภูเก็ต");
		p.postback(pick(p, "survey:pick:PKT"));
		assertThat(p.lastText()).contains("สำนักงานจังหวัดภูเก็ต");
		p.postback(FlexReply.button(p.lastReply(), "ผู้รับบริการ (EIT)").get("data").asText());
		assertThat(p.lastText()).contains("ข้อ 1/19");
	}

	/** The data of the body button (Flex) whose postback is this. */
	static String pick(ChatUser p, String data) {
		return FlexReply.actions(p.lastReply()).stream()
			.map(a -> a.path("data").asText())
			.filter(data::equals)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no button " + data + " in " + p.lastReply()));
	}

	/** No response document and no counter holds the userId or any pseudonym of it. */
	void assertNoTraceOf(String userId) {
		List<String> traces = new java.util.ArrayList<>(List.of(userId));
		for (Pseudonyms.Purpose purpose : Pseudonyms.Purpose.values()) {
			traces.add(pseudonyms.of(purpose, userId));
		}
		for (String collection : List.of("responses", "published_tallies")) {
			for (Document d : mongo.getCollection(collection).find()) {
				String json = d.toJson();
				traces.forEach(t -> assertThat(json).as(collection).doesNotContain(t));
			}
		}
	}
}
