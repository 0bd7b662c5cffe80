package th.ita.bot.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.Complaints;
import th.ita.bot.support.FlexReply;
import th.ita.survey.staff.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No date a person reads is in the Western calendar or in UTC: chat replies (complaint status,
 * report links, scores), the printable report and the dashboard's data, all scanned for 20xx
 * years, ISO dates, "UTC"/"GMT" and English month names.
 */
class ThaiDatesEverywhereIntegrationTests extends BotIntegrationTest {

	/** A Western year, an ISO date or time zone, an English month: none may appear. */
	static final Pattern WESTERN = Pattern.compile(
			"(?<![0-9A-Za-z])20[0-9]{2}(?![0-9])|[0-9]{4}-[0-9]{2}-[0-9]{2}|\\bUTC\\b|\\bGMT\\b|\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b");

	/** The Buddhist-era year people read (2569 for 2026). */
	static final Pattern BUDDHIST = Pattern.compile("25[6-9][0-9]");

	static final Pattern LINK = Pattern.compile("https?://\\S+");

	/** This class's agency with the seed's answers: figures, reports and days to show. */
	String seed;

	@BeforeEach
	void seed() {
		seed = testAgencies.seeded("RPTTHAI");
	}

	/** Everything a person reads in a reply: texts, alt texts and the texts inside Flex bubbles. */
	static String read(ChatUser p) {
		List<String> all = new ArrayList<>(List.of(p.lastText()));
		all.addAll(FlexReply.texts(p.lastReply()));
		return String.join("\n", all);
	}

	static void assertThaiDatesOnly(String where, String text) {
		Matcher m = WESTERN.matcher(LINK.matcher(text).replaceAll(" "));
		assertThat(m.find()).as(where + " shows a Western date: " + (m.hitEnd() ? "" : m.group()) + "\n" + text).isFalse();
	}

	@Test
	void chatRepliesReportAndDashboardShowOnlyBuddhistEraDatesInBangkokTime() {
		// a complaint, then its status: filed on, history
		ChatUser citizen = newPerson();
		String code = Complaints.file(citizen, line, "PKT", "จัดซื้อจัดจ้าง", List.of("ทดสอบวันที่แบบไทย"), List.of());
		citizen.says("ติดตาม " + code);
		String status = read(citizen);
		assertThat(status).contains("ยื่นเมื่อ").containsPattern(BUDDHIST);
		assertThaiDatesOnly("complaint status", status);

		// staff: scores, report links (expiry), dashboard link
		ChatUser staff = newStaff(seed, StaffMember.Role.VIEWER);
		staff.says("คะแนน");
		assertThaiDatesOnly("score card", read(staff));
		staff.says("รายงาน");
		String report = read(staff);
		assertThat(report).contains("ลิงก์ใช้ได้ถึง").containsPattern(BUDDHIST);
		assertThaiDatesOnly("report links", report);
		Matcher html = ReportDownloadIntegrationTests.HTML_LINK.matcher(staff.lastText());
		assertThat(html.find()).isTrue();
		String page = http.text(html.group(1)).replaceAll("<[^>]+>", " ");
		assertThat(page).containsPattern(BUDDHIST);
		assertThaiDatesOnly("printable report", page);

		// "รายงาน 2569" is a year, not an agency code
		staff.says("รายงาน 2569");
		assertThat(read(staff)).contains("ลิงก์ใช้ได้ถึง").doesNotContain("ไม่พบหน่วยงาน").doesNotContain("เฉพาะหน่วยงานของท่าน");

		staff.says("แดชบอร์ด");
		Matcher dash = DashboardIntegrationTests.DASHBOARD_LINK.matcher(staff.lastText());
		assertThat(dash.find()).isTrue();
		JsonNode d = http.json(dash.group(1) + ".json");
		List<String> labels = new ArrayList<>();
		d.get("respondents").get("days").forEach(day -> labels.add(day.asText()));
		labels.add(d.get("asOf").asText());
		assertThat(labels).isNotEmpty().allSatisfy(label -> {
			assertThat(label).containsPattern(BUDDHIST);
			assertThaiDatesOnly("dashboard label", label);
		});
	}

	@Test
	void instantsAreShownInBangkokTimeAndTheBuddhistEra() {
		java.time.Instant lateUtc = java.time.Instant.parse("2026-11-29T18:30:00Z"); // 01:30 on 30 Nov in Bangkok
		assertThat(th.ita.bot.line.ThaiDates.format(lateUtc)).isEqualTo("30 พ.ย. 2569 01:30 น.");
		assertThat(th.ita.bot.line.ThaiDates.NUMERIC_TIME.format(lateUtc)).isEqualTo("30/11/2569 01:30");
		assertThat(th.ita.bot.line.ThaiDates.numeric(java.time.LocalDate.of(2026, 1, 5))).isEqualTo("5/1/2569");
		assertThat(th.ita.bot.line.ThaiDates.format(java.time.LocalDate.of(2027, 9, 30))).isEqualTo("30 ก.ย. 2570");
	}
}
