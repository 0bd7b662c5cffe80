package th.ita.bot.report;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.survey.agency.Agency;
import th.ita.survey.staff.StaffMember.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Office screens: a display link keeps the dashboard's data answering long after a short link has
 * stopped (the application's clock is moved, nothing sleeps; put back after each test), and stops at
 * once when revoked. Links signed for longer than their kind allows are refused even with a right
 * signature.
 */
class DisplayLinkIntegrationTests extends BotIntegrationTest {

	static final String AGENCY = "DSP";

	static final Pattern LINK = Pattern.compile("(https?://\\S+/reports/(\\S+)/dashboard)");

	@Autowired
	ReportLinks links;

	ChatUser staff(Role... roles) {
		agencies.save(new Agency(AGENCY, "สำนักงานทดสอบจอแสดงผล", "DSP2569", null, null));
		return newStaff(AGENCY, roles);
	}

	static Matcher link(String text) {
		Matcher m = LINK.matcher(text);
		assertThat(m.find()).as(text).isTrue();
		return m;
	}

	@Test
	void aDisplayLinkOutlivesShortLinksAndStopsAtOnceWhenRevoked() {
		ChatUser admin = staff(Role.AGENCY_ADMIN);
		admin.says("แดชบอร์ด");
		String shortLink = link(admin.lastText()).group(1);
		admin.says("จอแสดงผล จอหน้าห้องประชุม");
		assertThat(admin.lastText()).contains("สร้างจอแสดงผล \"จอหน้าห้องประชุม\"").contains("ยกเลิกจอ");
		Matcher display = link(admin.lastText());
		String screen = display.group(1);
		assertThat(display.group(2)).startsWith("S-").doesNotContain(admin.userId())
			.doesNotContain(staffDirectory.staffKey(admin.userId()));
		assertThat(http.status(screen)).isEqualTo(200);
		assertThat(http.status(screen + ".json")).isEqualTo(200);
		assertThat(http.status(shortLink + ".json")).isEqualTo(200);

		clock.advance(Duration.ofMinutes(20));
		assertThat(http.status(shortLink + ".json")).as("a short link stops after 15 minutes").isEqualTo(403);
		assertThat(http.status(screen + ".json")).as("the office screen keeps updating").isEqualTo(200);
		clock.advance(Duration.ofDays(200));
		assertThat(http.status(screen + ".json")).isEqualTo(200);
		// a display link opens the dashboard only, never the report files
		String reportFile = screen.replace("/dashboard", "/report.xlsx");
		assertThat(http.status(reportFile)).isEqualTo(403);

		admin.says("จอแสดงผลทั้งหมด");
		assertThat(admin.lastText()).contains("จอหน้าห้องประชุม");
		String shortId = admin.lastText().replaceAll("(?s).*• ([0-9A-F]{6}) · จอหน้าห้องประชุม.*", "$1");
		admin.says("ยกเลิกจอ " + shortId);
		assertThat(admin.lastText()).contains("หยุดแสดงข้อมูลทันที");
		assertThat(http.status(screen + ".json")).as("revoked: the next refresh is refused").isEqualTo(403);
		assertThat(http.status(screen)).isEqualTo(403);
	}

	@Test
	void onlyAnAgencyAdminCreatesOrRevokesScreens() {
		ChatUser viewer = staff(Role.VIEWER);
		viewer.says("จอแสดงผล");
		assertThat(viewer.lastText()).contains("ไม่ใช่ผู้ดูแลของหน่วยงาน " + AGENCY);
		assertThat(mongo.getCollection("display_screens").countDocuments(new org.bson.Document("agency", AGENCY)))
			.isZero();
	}

	@Test
	void aForgedLongLivedLinkIsRefusedEvenWithARightSignature() {
		long tenYears = clock.instant().plus(Duration.ofDays(3650)).getEpochSecond();
		String forged = links.token(ReportLinks.ALL_AGENCIES, tenYears);
		assertThat(links.verify(forged)).isEmpty();
		assertThat(links.verifyDashboard(forged)).isEmpty();
		String base = "/reports/";
		assertThat(http.status(base + forged + "/dashboard.json")).isEqualTo(403);
		assertThat(http.status(base + forged + "/report.xlsx?agency=PKT")).isEqualTo(403);
		// one within the short lifetime, signed the same way, works: the refusal is the lifetime's
		String fair = links.token(ReportLinks.ALL_AGENCIES, clock.instant().plus(Duration.ofMinutes(10)).getEpochSecond());
		assertThat(links.verify(fair)).contains(ReportLinks.ALL_AGENCIES);
	}

	@Test
	void aDisplayLinkWithAnotherExpiryOrAnotherKeyIsRefused() {
		ChatUser admin = staff(Role.AGENCY_ADMIN);
		admin.says("จอแสดงผล จอทดสอบลายเซ็น");
		String token = link(admin.lastText()).group(2);
		assertThat(links.verifyDashboard(token)).contains(AGENCY);
		String[] parts = token.split("\\.");
		String later = parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2];
		assertThat(links.verifyDashboard(later)).isEmpty();
		assertThat(links.verify(token)).as("not a short link").isEmpty();
	}
}
