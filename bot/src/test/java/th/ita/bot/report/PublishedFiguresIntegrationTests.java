package th.ita.bot.report;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.TestAgencies;
import th.ita.scoring.Item;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.survey.staff.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differencing attack of issue 13 from outside: people answer the EIT one by one through signed
 * webhooks, and after each of them a staff member reads the dashboard JSON and the chat's score card.
 * What they see changes only in steps of at least 5 respondents.
 */
class PublishedFiguresIntegrationTests extends BotIntegrationTest {

	static final int K = 5;

	// the seed instrument: these tests run on the shipped 2563 only
	static final Scheme scheme = TestAgencies.SEED_INSTRUMENT;

	@Autowired
	ReportLinks links;

	record Seen(long n, String dashboard, String chat) {
	}

	Seen read(String agency, ChatUser staff) {
		ObjectNode d = (ObjectNode) http.json("/reports/" + links.issue(agency).token() + "/dashboard.json");
		d.remove("asOf"); // the time of reading, not a figure
		long n = 0;
		for (JsonNode tool : d.get("tools")) {
			if ("EIT".equals(tool.get("tool").asText())) {
				n = tool.get("respondents").asLong();
			}
		}
		staff.says("คะแนน");
		return new Seen(n, d.toString(), staff.lastText() + String.join("|", staff.quickReplyLabels()));
	}

	void answerEit(String agency, int seed) {
		ChatUser citizen = newPerson();
		citizen.says("EIT " + agency);
		List<Item> items = scheme.form(Tool.EIT).items();
		for (int i = 0; i < items.size(); i++) {
			var options = items.get(i).scale().options();
			citizen.taps(options.get((i + seed) % options.size()).label());
		}
		citizen.taps("✅ ส่งแบบประเมิน");
		assertThat(citizen.lastText()).contains("ขอบคุณ");
	}

	@Test
	void whatStaffSeeChangesOnlyInStepsOfFiveRespondents() {
		String agency = testAgencies.create("PUB", "หน่วยงานทดสอบการเผยแพร่");
		ChatUser staff = newStaff(agency, StaffMember.Role.VIEWER);

		List<Seen> states = new ArrayList<>();
		states.add(read(agency, staff));
		for (int i = 1; i <= 11; i++) {
			answerEit(agency, i);
			Seen now = read(agency, staff);
			Seen last = states.get(states.size() - 1);
			if (!now.dashboard().equals(last.dashboard()) || !now.chat().equals(last.chat())) {
				assertThat(now.n() - last.n()).as("respondents between two published states").isGreaterThanOrEqualTo(K);
				states.add(now);
			}
		}
		assertThat(states).extracting(Seen::n).containsExactly(0L, 5L, 10L);
		assertThat(states.get(2).chat()).contains("n=10");
	}
}
