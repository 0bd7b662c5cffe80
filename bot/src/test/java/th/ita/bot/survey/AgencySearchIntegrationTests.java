package th.ita.bot.survey;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.FlexReply;
import th.ita.survey.agency.Agency;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province with 65 agencies whose names share their first 40 characters: a person finds theirs
 * by part of the name or the code, and the list shows the full names.
 */
class AgencySearchIntegrationTests extends BotIntegrationTest {

	static final String PREFIX = "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดภูเก็ต สาขาที่ ";

	static final String[] PLACES = { "กะทู้", "ถลาง", "ป่าตอง", "ราไวย์", "ฉลอง", "รัษฎา", "วิชิต", "ตลาดใหญ่", "ตลาดเหนือ",
			"เกาะแก้ว", "กมลา", "เชิงทะเล", "ศรีสุนทร", "เทพกระษัตรี", "ไม้ขาว", "สาคู", "ป่าคลอก" };

	/** This class's province: no other test names an agency "ส่งเสริมการปกครอง". */
	@BeforeEach
	void province() {
		for (int i = 0; i < 65; i++) {
			agencies.save(new Agency(String.format("SRC%02d", i), PREFIX + (i + 1) + " " + PLACES[i % PLACES.length], null, null, null));
		}
	}

	@Test
	void aPersonFindsTheirAgencyByPartOfItsNameAmongSixtyFiveWithTheSamePrefix() {
		ChatUser p = newPerson();
		p.says("ทำแบบประเมิน");
		assertThat(p.lastText()).contains("พิมพ์ชื่อหน่วยงานบางส่วน").contains("ค้นหา");

		p.says("ค้นหา สาขาที่ 42");
		String wanted = PREFIX + "42 " + PLACES[41 % PLACES.length];
		List<String> texts = FlexReply.texts(p.lastReply());
		// the full name, not cut at 20 characters, first (SRC42 follows: "42" is in its code)
		assertThat(texts.get(2)).isEqualTo(wanted);
		assertThat(texts).doesNotContain(PREFIX + "44 " + PLACES[43 % PLACES.length]);
		JsonNode pick = FlexReply.actions(p.lastReply()).stream()
			.filter(a -> a.path("data").asText().equals("survey:pick:SRC41"))
			.findFirst()
			.orElseThrow();
		p.postback(pick.get("data").asText());
		assertThat(p.lastText()).contains(wanted);
		p.postback(FlexReply.button(p.lastReply(), "ผู้รับบริการ (EIT)").get("data").asText());
		assertThat(p.lastText()).contains("ข้อ 1/19");
		assertThat(String.join("\n", FlexReply.texts(p.lastReply()))).contains(wanted);
	}

	@Test
	void aBroadSearchSaysHowManyAndShowsOneMessageOfFullNames() {
		ChatUser p = newPerson();
		p.says("ค้นหา ส่งเสริมการปกครอง");
		assertThat(p.lastReply()).hasSize(1);
		String all = String.join("\n", FlexReply.texts(p.lastReply()));
		assertThat(all).contains("พบ 65 หน่วยงาน").contains("แสดง 30");
		long choices = FlexReply.actions(p.lastReply()).stream().filter(a -> a.path("data").asText().startsWith("survey:pick:")).count();
		assertThat(choices).isEqualTo(30);
		assertThat(th.ita.bot.line.Bubbles.bytes(p.lastReply().get(0))).isLessThan(50_000);

		// by code, and by a place typed alone (no command word) outside any flow
		p.says("ค้นหา src07");
		assertThat(FlexReply.texts(p.lastReply())).contains(PREFIX + "8 " + PLACES[7]);
		p.says("เทพกระษัตรี");
		assertThat(String.join("\n", FlexReply.texts(p.lastReply()))).contains("เทพกระษัตรี").contains("พบ 4 หน่วยงาน");
		p.says("ค้นหา ไม่มีหน่วยงานนี้แน่นอน");
		assertThat(p.lastText()).contains("ไม่พบหน่วยงาน");
	}

	@Test
	void aComplaintFindsItsAgencyByPartOfTheNameToo() {
		ChatUser p = newPerson();
		p.says("ร้องเรียน");
		assertThat(p.lastText()).contains("เลือกหน่วยงาน").contains("พิมพ์ชื่อหน่วยงานบางส่วน");
		p.says("สาขาที่ 42 ตลาดใหญ่");
		assertThat(p.lastText()).contains("พบ 1 หน่วยงาน");
		String wanted = PREFIX + "42 " + PLACES[41 % PLACES.length];
		assertThat(FlexReply.texts(p.lastReply())).contains(wanted);
		p.postback(FlexReply.actions(p.lastReply()).stream()
			.filter(a -> a.path("data").asText().equals("cp:agency:SRC41"))
			.findFirst()
			.orElseThrow()
			.get("data")
			.asText());
		assertThat(p.lastText()).contains("ร้องเรียน" + wanted).contains("ประเภทใด");
	}
}
