package th.ita.bot.staff;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed report's answers stored for one agency: the staff commands give the report's figures. */
class SeedScoreCommandIntegrationTests extends BotIntegrationTest {

	@Autowired
	StaffCodeCommand staffCode;

	@Autowired
	RecountCommand recount;

	@Test
	void theSeedsResponsesGiveTotal7462LevelCThroughTheScoreCommand() {
		String code = testAgencies.create("SEED", "หน่วยงานทดสอบ (ข้อมูลรายงานภูเก็ต)");
		testAgencies.loadSeed(code);
		ChatUser staff = newPerson();
		staff.says("ลงทะเบียน " + StaffFixture.run(staffCode::run, "--agency", code).firstLine());

		List<JsonNode> reply = staff.says("score");
		assertThat(reply.get(0).get("type").asText()).isEqualTo("flex");
		assertThat(reply.get(0).get("altText").asText()).contains("รวม 74.62 ระดับ C")
			.contains("IIT 83.77")
			.contains("EIT 73.64")
			.contains("OIT 68.50")
			.contains("ตัวชี้วัด 1:89.28 2:81.91 3:85.74 4:79.72 5:82.19 6:74.54 7:74.52 8:71.87 9:87.00 10:50.00");
		assertThat(StaffFixture.texts(reply)).contains("74.62", "C", "83.77", "73.64", "68.50");

		// the report's analysis: urgent indicators 10, 8, 7, 6, 4, 2, 5 (weakest first), then 3, 9, 1
		staff.says("จุดอ่อน");
		String analysis = staff.lastText();
		assertThat(analysis).containsSubsequence("1. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน",
				"1.1 การป้องกันการทุจริต คะแนนร้อยละ 50.00", "1.2 การปรับปรุงการทำงาน คะแนนร้อยละ 71.87",
				"1.3 ประสิทธิภาพการสื่อสาร คะแนนร้อยละ 74.52", "1.4 คุณภาพการดำเนินงาน คะแนนร้อยละ 74.54",
				"1.5 การใช้ทรัพย์สินของทางราชการ คะแนนร้อยละ 79.72", "1.6 การใช้งบประมาณ คะแนนร้อยละ 81.91",
				"1.7 การแก้ไขปัญหาการทุจริต คะแนนร้อยละ 82.19", "2. ประเด็นที่จะต้องพัฒนาให้ดีขึ้น",
				"2.1 การใช้อำนาจ คะแนนร้อยละ 85.74", "2.2 การเปิดเผยข้อมูล คะแนนร้อยละ 87.00",
				"2.3 การปฏิบัติหน้าที่ คะแนนร้อยละ 89.28");
		assertThat(analysis).contains("ควรแก้ไขก่อน: o42");

		// and the counters agree with a full recount of the stored responses
		StaffFixture.Printed check = StaffFixture.run(recount::run, "--agency", code);
		assertThat(check.status()).as(check.out()).isZero();
		assertThat(check.out()).contains(code + " " + testAgencies.year() + ": ตรงกัน").contains("total 74.62");
	}
}
