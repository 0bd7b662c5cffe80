package th.ita.bot.report;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.conversation.SurveyService;
import th.ita.survey.response.SurveyResponse;
import th.ita.survey.scores.LiveScores;
import th.ita.survey.staff.StaffDirectory;
import th.ita.survey.staff.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard behind the link from "แดชบอร์ด": its page, its JSON and the chart library it loads. */
class DashboardIntegrationTests extends BotIntegrationTest {

	static final Pattern DASHBOARD_LINK = Pattern.compile("(https?://\\S+/reports/\\S+/dashboard)");

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	SurveyService surveys;

	@Autowired
	LiveScores scores;

	// the seed instrument: these tests run on the shipped 2563 only
	Scheme scheme = Scheme.load(2563);

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	StaffDirectory staffDirectory;

	@Autowired
	ReportLinks links;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void seed() {
		ReportFixtures.load(mongo, surveys, scores, scheme, agencies);
	}

	HttpResponse<String> get(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	String dashboardLink(String agency, StaffMember.Role role, String command) {
		ChatUser staff = person(ReportFixtures.newUserId());
		ReportFixtures.register(staffDirectory, staff, agency, role);
		staff.says(command);
		Matcher m = DASHBOARD_LINK.matcher(staff.lastText());
		assertThat(m.find()).as(staff.lastText()).isTrue();
		return m.group(1);
	}

	@Test
	void staffOpenTheDashboardFromTheChatAndItsDataHoldsTheSeedsFigures() throws Exception {
		String page = dashboardLink(ReportFixtures.SEED, StaffMember.Role.VIEWER, "แดชบอร์ด");
		HttpResponse<String> html = get(page);
		assertThat(html.statusCode()).isEqualTo(200);
		assertThat(html.body()).contains("<canvas id=\"indicators-chart\">").contains("/webjars/chart.js/");
		// the chart library is served by the app itself
		Matcher script = Pattern.compile("src=\"(/webjars/chart\\.js/[^\"]+)\"").matcher(html.body());
		assertThat(script.find()).isTrue();
		HttpResponse<String> chartJs = get("http://127.0.0.1:" + port + script.group(1));
		assertThat(chartJs.statusCode()).isEqualTo(200);
		assertThat(chartJs.body()).contains("Chart.js");

		JsonNode d = JSON.readTree(get(page + ".json").body());
		assertThat(d.get("agency").asText()).isEqualTo(ReportFixtures.SEED);
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
		assertThat(respondents.get("days").get(respondents.get("days").size() - 1).asText())
			.isEqualTo(th.ita.bot.line.ThaiDates.numeric(LocalDate.now()));
		assertThat(respondents.get("cumulative").get("IIT").get(respondents.get("days").size() - 1).asLong())
			.isEqualTo(392);
		assertThat(respondents.get("minimum").asInt()).isEqualTo(5);
	}

	@Test
	void respondentsPerDayMoveInStepsOfTheMinimumLikeEveryOtherFigure() throws Exception {
		// an agency of its own: RPTFEW must stay below the minimum for the other tests
		String agency = "RPTDAYS" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		agencies.save(new th.ita.survey.agency.Agency(agency, "หน่วยงานทดสอบผู้ตอบรายวัน", "x", null, null));
		int year = scores.currentFiscalYear();
		LocalDate today = LocalDate.now();
		java.util.List<th.ita.survey.conversation.Answer> answers = scheme.form(Tool.EIT).items().stream()
			.map(i -> new th.ita.survey.conversation.Answer(i.id(), i.scale().options().get(0).value()))
			.toList();
		for (LocalDate day : new LocalDate[] { today.minusDays(2), today.minusDays(2), today.minusDays(2), today.minusDays(1) }) {
			surveys.countResponse(new SurveyResponse(UUID.randomUUID().toString(), Tool.EIT, agency, year, answers, day, true));
		}
		String page = "http://127.0.0.1:" + port + "/reports/" + links.issue(agency).token() + "/dashboard";
		JsonNode d = JSON.readTree(get(page + ".json").body());
		// 4 respondents: nothing published yet, not even how many answered on which day
		assertThat(d.get("respondents").get("days")).isEmpty();
		assertThat(d.get("distributions")).isEmpty();
		assertThat(d.get("tools").get(1).get("hidden").asBoolean()).isTrue();
		assertThat(d.get("tools").get(1).get("score").isNull()).isTrue();
		assertThat(d.get("total").isNull()).isTrue();

		surveys.countResponse(new SurveyResponse(UUID.randomUUID().toString(), Tool.EIT, agency, year, answers,
				today.minusDays(1), true));
		d = JSON.readTree(get(page + ".json").body());
		JsonNode days = d.get("respondents").get("days");
		assertThat(days.get(0).asText()).isEqualTo(th.ita.bot.line.ThaiDates.numeric(today.minusDays(2)));
		assertThat(days.get(1).asText()).isEqualTo(th.ita.bot.line.ThaiDates.numeric(today.minusDays(1)));
		assertThat(d.get("respondents").get("cumulative").get("EIT").get(0).asLong()).isEqualTo(3);
		assertThat(d.get("respondents").get("cumulative").get("EIT").get(1).asLong()).isEqualTo(5);
		assertThat(d.get("tools").get(1).get("hidden").asBoolean()).isFalse();
	}

	@Test
	void complaintsAreCountedByCategoryAndStatusWhenTheCollectionExists() throws Exception {
		String agency = ReportFixtures.SEED;
		try {
			// receiptKey is unique in the complaints collection: each stored complaint has its own
			mongo.getCollection("complaints").insertMany(java.util.List.of(
					complaint(agency, "BRIBERY", "RECEIVED"), complaint(agency, "BRIBERY", "CLOSED"),
					complaint(agency, "PROCUREMENT", "RECEIVED"), complaint("OTHERAGENCY", "BRIBERY", "RECEIVED")));
			String page = "http://127.0.0.1:" + port + "/reports/" + links.issue(agency).token() + "/dashboard";
			JsonNode c = JSON.readTree(get(page + ".json").body()).get("complaints");
			assertThat(c.get("total").asLong()).isEqualTo(3);
			assertThat(c.get("byCategory").get("เรียกรับสินบน/ผลประโยชน์").asLong()).isEqualTo(2);
			assertThat(c.get("byCategory").get("จัดซื้อจัดจ้าง").asLong()).isEqualTo(1);
			assertThat(c.get("byStatus").get("รับเรื่องแล้ว").asLong()).isEqualTo(2);
		}
		finally {
			mongo.getCollection("complaints").deleteMany(new Document("agency", new Document("$in",
					java.util.List.of(agency, "OTHERAGENCY"))));
		}
	}

	static Document complaint(String agency, String category, String status) {
		return new Document("agency", agency).append("category", category)
			.append("status", status)
			.append("caseNumber", "C-" + java.util.UUID.randomUUID())
			.append("receiptKey", java.util.UUID.randomUUID().toString());
	}

	@Test
	void provinceAdminsDashboardListsEveryAgencyAndOpensAnyOfThem() throws Exception {
		String page = dashboardLink("PKT", StaffMember.Role.PROVINCE_ADMIN, "dashboard");
		assertThat(page).contains("/reports/*.");
		JsonNode d = JSON.readTree(get(page + ".json?agency=" + ReportFixtures.SEED).body());
		assertThat(d.get("agency").asText()).isEqualTo(ReportFixtures.SEED);
		assertThat(d.get("agencies").findValuesAsText("code")).contains("PKT", ReportFixtures.SEED, ReportFixtures.FEW);
	}

	@Test
	void expiredOrForeignDashboardLinksAreRefused() throws Exception {
		String base = "http://127.0.0.1:" + port + "/reports/";
		String expired = links.token(ReportFixtures.SEED, Instant.now().minusSeconds(1).getEpochSecond());
		assertThat(get(base + expired + "/dashboard").statusCode()).isEqualTo(403);
		assertThat(get(base + expired + "/dashboard.json").statusCode()).isEqualTo(403);
		String own = links.issue(ReportFixtures.FEW).token();
		assertThat(get(base + own + "/dashboard.json?agency=" + ReportFixtures.SEED).statusCode()).isEqualTo(403);
	}
}
