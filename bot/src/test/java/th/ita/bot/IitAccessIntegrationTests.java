package th.ita.bot;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.survey.conversation.SurveySession.Phase;

import static org.assertj.core.api.Assertions.assertThat;

/** The IIT stays closed without the agency's access code: what the security benchmark probes. */
class IitAccessIntegrationTests extends BotIntegrationTest {

	@Test
	void forgedNavigationWhileTheCodeIsAwaitedShowsNoItem() {
		ChatUser outsider = newPerson();
		outsider.says("IIT PKT");
		for (String forged : new String[] { "nav:submit", "nav:resume", "a:IIT:PKT:i1:4", "survey:start:IIT:PKT" }) {
			outsider.postback(forged);
			assertThat(outsider.lastText()).as(forged).contains("รหัสเข้าร่วม").doesNotContain("/51");
		}
		assertThat(sessions.of(outsider).filter(s -> s.getPhase() == Phase.ANSWERING)).as("no survey under way").isEmpty();
	}

	@Test
	void tenWrongCodesInADayStopTheCheckEvenForTheRightCode() {
		ChatUser guesser = newPerson();
		String userId = guesser.userId();
		for (int start = 0; start < 2; start++) {
			guesser.says("IIT PKT");
			for (int i = 0; i < 5; i++) {
				guesser.says("PKT" + (1000 + start * 5 + i));
			}
			assertThat(guesser.lastText()).contains("ยกเลิกการเข้าแบบวัด IIT");
		}
		guesser.says("IIT PKT PKT2569");
		assertThat(guesser.lastText()).contains("จนถึงวันพรุ่งนี้").doesNotContain("ข้อ 1/51");
		assertThat(sessions.of(guesser).filter(s -> s.getPhase() == Phase.ANSWERING)).as("no survey under way").isEmpty();
		// the counter is anonymous like everything else
		for (Document d : mongo.getCollection("code_attempts").find()) {
			assertThat(d.toJson()).doesNotContain(userId);
		}
		// someone else, with the code, is not affected
		ChatUser staff = newPerson();
		staff.says("IIT PKT PKT2569");
		assertThat(staff.lastText()).contains("ข้อ 1/51");
	}
}
