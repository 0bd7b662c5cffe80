package th.ita.bot;

import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The IIT stays closed without the agency's access code: what the security benchmark probes. */
class IitAccessIntegrationTests extends BotIntegrationTest {

	static String newUserId() {
		return "U" + UUID.randomUUID().toString().replace("-", "");
	}

	@Test
	void forgedNavigationWhileTheCodeIsAwaitedShowsNoItem() {
		ChatUser outsider = person(newUserId());
		outsider.says("IIT PKT");
		for (String forged : new String[] { "nav:submit", "nav:resume", "a:IIT:PKT:i1:4", "survey:start:IIT:PKT" }) {
			outsider.postback(forged);
			assertThat(outsider.lastText()).as(forged).contains("รหัสเข้าร่วม").doesNotContain("/51");
		}
		outsider.says("ยืนยันยกเลิก");
	}

	@Test
	void tenWrongCodesInADayStopTheCheckEvenForTheRightCode() {
		String userId = newUserId();
		ChatUser guesser = person(userId);
		for (int start = 0; start < 2; start++) {
			guesser.says("IIT PKT");
			for (int i = 0; i < 5; i++) {
				guesser.says("PKT" + (1000 + start * 5 + i));
			}
			assertThat(guesser.lastText()).contains("ยกเลิกการเข้าแบบวัด IIT");
		}
		guesser.says("IIT PKT PKT2569");
		assertThat(guesser.lastText()).contains("จนถึงวันพรุ่งนี้").doesNotContain("ข้อ 1/51");
		assertThat(mongo.getCollection("survey_sessions").countDocuments(new Document("phase", "ANSWERING"))).isZero();
		// the counter is anonymous like everything else
		for (Document d : mongo.getCollection("code_attempts").find()) {
			assertThat(d.toJson()).doesNotContain(userId);
		}
		// someone else, with the code, is not affected
		ChatUser staff = person(newUserId());
		staff.says("IIT PKT PKT2569");
		assertThat(staff.lastText()).contains("ข้อ 1/51");
		staff.says("ยืนยันยกเลิก");
	}
}
