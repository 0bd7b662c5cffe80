package th.ita.bot.complaint;

import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.Complaints;
import th.ita.bot.support.FlexReply;

import static org.assertj.core.api.Assertions.assertThat;

/** On LINE for PC a person types the buttons' words: they act as the buttons, never as complaint text. */
class TypedButtonLabelsIntegrationTests extends BotIntegrationTest {

	@Test
	void typedButtonLabelsAreTheButtonsAndNeverPartOfTheComplaint() {
		ChatUser p = newPerson();
		String details = "เจ้าหน้าที่เรียกเงินเพิ่ม 500 บาท ทดสอบป้ายปุ่ม " + UUID.randomUUID();
		p.says("ร้องเรียน PKT");
		// the categories are buttons in the message body too
		p.postback(FlexReply.actions(p.lastReply()).stream()
			.filter(a -> a.path("data").asText().equals("cp:cat:BRIBERY"))
			.findFirst()
			.orElseThrow()
			.get("data")
			.asText());
		p.says(details);
		p.says("ตรวจทานและส่ง");
		assertThat(p.lastText()).contains("ตรวจทานเรื่องร้องเรียน");
		p.says("✅ ตรวจทานและส่ง"); // the label with its icon, pasted
		assertThat(p.lastText()).contains("ตรวจทานเรื่องร้องเรียน");
		p.says("ยืนยันส่ง");
		Complaints.receiptCode(p.lastReply());

		Document stored = mongo.getCollection("complaints").find(new Document("text", new Document("$regex", details.substring(40))))
			.first();
		assertThat(stored).isNotNull();
		assertThat(stored.getString("text")).isEqualTo(details).doesNotContain("ตรวจทาน").doesNotContain("ยืนยัน");
	}

	@Test
	void aPhotoStartsLinesLoadingAnimationInTheOneToOneChat() {
		ChatUser p = newPerson();
		Complaints.begin(p, "PKT", "อื่น ๆ");
		Complaints.sendPhoto(p, line, th.ita.bot.support.TestPhotos.jpeg(40, 40, java.awt.Color.BLUE));
		assertThat(p.lastText()).contains("รับภาพแล้ว");
		String loading = line.nextLoadingStart(p.userId(), 5_000);
		assertThat(loading).as("a loading animation for this chat").isNotNull().contains("\"loadingSeconds\":10");
	}

	@Test
	void opinionTopicsAreInPlainThaiWithTheirFullWordsInTheMessage() {
		ChatUser p = newPerson();
		p.says("ความคิดเห็น PKT");
		List<String> texts = FlexReply.texts(p.lastReply());
		assertThat(texts).contains("การทำงานและการให้บริการของเจ้าหน้าที่", "การป้องกันและแก้ไขการทุจริตในหน่วยงาน",
				"การให้ข้อมูลและการตอบคำถามประชาชน");
		assertThat(String.join("\n", texts)).doesNotContain("ตัวชี้วัด");
	}
}
