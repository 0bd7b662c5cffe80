package th.ita.bot.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.bot.line.ThaiDates;
import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.TestAgencies;
import th.ita.scoring.Tool;
import th.ita.survey.conversation.Answer;
import th.ita.survey.staff.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard behind the link from "แดชบอร์ด": its page, its JSON and the chart library it loads. */
class DashboardIntegrationTests extends BotIntegrationTest {

	static final Pattern DASHBOARD_LINK = Pattern.compile("(https?://\\S+/reports/\\S+/dashboard)");

	/** This class's agency with the seed's answers. */
	String seed;

	@Autowired
	ReportLinks links;

	@BeforeEach
	void agencies() {
		seed = testAgencies.seeded("RPTDASH");
	}

	String dashboardLink(String agency, StaffMember.Role role, String command) {
		ChatUser staff = newStaff(agency, role);
		staff.says(command);
		Matcher m = DASHBOARD_LINK.matcher(staff.lastText());
		assertThat(m.find()).as(staff.lastText()).isTrue();
		return m.group(1);
	}

	@Test
	void staffOpenTheDashboardFromTheChatAndItsDataHoldsTheSeedsFigures() {
		String page = dashboardLink(seed, StaffMember.Role.VIEWER, "แดชบอร์ด");
		String html = http.text(page);
		assertThat(html).contains("<canvas id=\"indicators-chart\">").contains("/webjars/chart.js/");
		// the chart library is served by the app itself
		Matcher script = Pattern.compile("src=\"(/webjars/chart\\.js/[^\"]+)\"").matcher(html);
		assertThat(script.find()).isTrue();
		assertThat(http.text(script.group(1))).contains("Chart.js");

		JsonNode d = http.json(page + ".json");
		assertThat(d.get("agency").asText()).isEqualTo(seed);
		assertThat(d.get("total").decimalValue()).isEqualByComparingTo("74.62");
		assertThat(d.get("level").asText()).isEqualTo("C");
		assertThat(d.get("passMark").asInt()).isEqualTo(85);
		assertThat(d.get("indicators")).hasSize(10);
		assertThat(d.get("indicators").get(9).get("score").decimalValue()).isEqualByComparingTo("50.00");
		assertThat(d.get("tools").get(0).get("respondents").asLong()).isEqualTo(392);
		JsonNode first = d.get("distributions").get(0);
		assertThat(first.get("tool").asText()).isEqualTo("IIT");
		JsonNode i11 = first.get("items").get(0);
		assertThat(i11.get("id").asText()).isEqualTo("i1.1");
		// options best for the score first: มากที่สุด 48.72 … น้อยที่สุด 11.22
		assertThat(first.get("options").get(0).get("label").asText()).isEqualTo("มากที่สุด");
		assertThat(i11.get("percents").get(0).decimalValue()).isEqualByComparingTo("48.72");
		assertThat(i11.get("percents").get(3).decimalValue()).isEqualByComparingTo("11.22");
		assertThat(i11.get("score").decimalValue()).isEqualByComparingTo("75.39");
		// respondents per day from the stored responses: the seed was loaded today
		JsonNode respondents = d.get("respondents");
		int lastDay = respondents.get("days").size() - 1;
		assertThat(respondents.get("days").get(lastDay).asText()).isEqualTo(ThaiDates.numeric(today()));
		assertThat(respondents.get("cumulative").get("IIT").get(lastDay).asLong()).isEqualTo(392);
		assertThat(respondents.get("minimum").asInt()).isEqualTo(5);
	}

	@Test
	void respondentsPerDayMoveInStepsOfTheMinimumLikeEveryOtherFigure() {
		String agency = testAgencies.create("RPTDAYS", "หน่วยงานทดสอบผู้ตอบรายวัน");
		LocalDate today = today();
		List<Answer> answers = TestAgencies.everyItem(Tool.EIT, item -> 0);
		for (LocalDate day : new LocalDate[] { today.minusDays(2), today.minusDays(2), today.minusDays(2), today.minusDays(1) }) {
			testAgencies.respond(agency, Tool.EIT, answers, day);
		}
		String page = "/reports/" + links.issue(agency).token() + "/dashboard";
		JsonNode d = http.json(page + ".json");
		// 4 respondents: nothing published yet, not even how many answered on which day
		assertThat(d.get("respondents").get("days")).isEmpty();
		assertThat(d.get("distributions")).isEmpty();
		assertThat(d.get("tools").get(1).get("hidden").asBoolean()).isTrue();
		assertThat(d.get("tools").get(1).get("score").isNull()).isTrue();
		assertThat(d.get("total").isNull()).isTrue();

		testAgencies.respond(agency, Tool.EIT, answers, today.minusDays(1));
		d = http.json(page + ".json");
		JsonNode days = d.get("respondents").get("days");
		assertThat(days.get(0).asText()).isEqualTo(ThaiDates.numeric(today.minusDays(2)));
		assertThat(days.get(1).asText()).isEqualTo(ThaiDates.numeric(today.minusDays(1)));
		assertThat(d.get("respondents").get("cumulative").get("EIT").get(0).asLong()).isEqualTo(3);
		assertThat(d.get("respondents").get("cumulative").get("EIT").get(1).asLong()).isEqualTo(5);
		assertThat(d.get("tools").get(1).get("hidden").asBoolean()).isFalse();
	}

	@Test
	void complaintsAreCountedByCategoryAndStatusWhenTheCollectionExists() {
		// agencies of this test alone: the complaints stay theirs
		String agency = testAgencies.create("RPTCMP", "หน่วยงานทดสอบสถิติเรื่องร้องเรียน");
		String other = testAgencies.create("RPTCMPO", "หน่วยงานอื่น");
		// receiptKey is unique in the complaints collection: each stored complaint has its own
		mongo.getCollection("complaints").insertMany(List.of(complaint(agency, "BRIBERY", "RECEIVED"),
				complaint(agency, "BRIBERY", "CLOSED"), complaint(agency, "PROCUREMENT", "RECEIVED"),
				complaint(other, "BRIBERY", "RECEIVED")));
		JsonNode c = http.json("/reports/" + links.issue(agency).token() + "/dashboard.json").get("complaints");
		assertThat(c.get("total").asLong()).isEqualTo(3);
		assertThat(c.get("byCategory").get("เรียกรับสินบน/ผลประโยชน์").asLong()).isEqualTo(2);
		assertThat(c.get("byCategory").get("จัดซื้อจัดจ้าง").asLong()).isEqualTo(1);
		assertThat(c.get("byStatus").get("รับเรื่องแล้ว").asLong()).isEqualTo(2);
	}

	static Document complaint(String agency, String category, String status) {
		return new Document("agency", agency).append("category", category)
			.append("status", status)
			.append("caseNumber", "C-" + UUID.randomUUID())
			.append("receiptKey", UUID.randomUUID().toString());
	}

	@Test
	void provinceAdminsDashboardListsEveryAgencyAndOpensAnyOfThem() {
		String few = testAgencies.withTooFewRespondents();
		String page = dashboardLink("PKT", StaffMember.Role.PROVINCE_ADMIN, "dashboard");
		assertThat(page).contains("/reports/*.");
		JsonNode d = http.json(page + ".json?agency=" + seed);
		assertThat(d.get("agency").asText()).isEqualTo(seed);
		assertThat(d.get("agencies").findValuesAsText("code")).contains("PKT", seed, few);
	}

	@Test
	void expiredOrForeignDashboardLinksAreRefused() {
		String expired = "/reports/" + links.token(seed, clock.instant().minusSeconds(1).getEpochSecond());
		assertThat(http.status(expired + "/dashboard")).isEqualTo(403);
		assertThat(http.status(expired + "/dashboard.json")).isEqualTo(403);
		String own = links.issue(testAgencies.withTooFewRespondents()).token();
		assertThat(http.status("/reports/" + own + "/dashboard.json?agency=" + seed)).isEqualTo(403);
	}
}
