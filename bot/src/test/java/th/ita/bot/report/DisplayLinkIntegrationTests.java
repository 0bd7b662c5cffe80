package th.ita.bot.report;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.staff.StaffDirectory;
import th.ita.survey.staff.StaffMember;
import th.ita.survey.staff.StaffMember.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Office screens: a display link keeps the dashboard's data answering long after a short link has
 * stopped (the application's clock is moved, nothing sleeps), and stops at once when revoked. Links
 * signed for longer than their kind allows are refused even with a right signature.
 */
@Import(DisplayLinkIntegrationTests.MovableClockConfiguration.class)
class DisplayLinkIntegrationTests extends BotIntegrationTest {

	static final String AGENCY = "DSP";

	static final Pattern LINK = Pattern.compile("(https?://\\S+/reports/(\\S+)/dashboard)");

	/** A clock the test moves forward: every bean that asks the time gets this one. */
	static class MovableClock extends Clock {

		private volatile Instant now = Instant.now();

		void advance(Duration d) {
			now = now.plus(d);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Bangkok");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	}

	@TestConfiguration
	static class MovableClockConfiguration {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}
	}

	@Autowired
	MovableClock clock;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	StaffDirectory staffDirectory;

	@Autowired
	ReportLinks links;

	final HttpClient http = HttpClient.newHttpClient();

	ChatUser staff(Role... roles) {
		agencies.save(new Agency(AGENCY, "สำนักงานทดสอบจอแสดงผล", "DSP2569", null, null));
		ChatUser p = person("U" + java.util.UUID.randomUUID().toString().replace("-", ""));
		staffDirectory.save(new StaffMember(staffDirectory.staffKey(p.userId()), AGENCY, Set.of(roles), LocalDate.now(clock)));
		return p;
	}

	int status(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	static Matcher link(String text) {
		Matcher m = LINK.matcher(text);
		assertThat(m.find()).as(text).isTrue();
		return m;
	}

	@Test
	void aDisplayLinkOutlivesShortLinksAndStopsAtOnceWhenRevoked() throws Exception {
		ChatUser admin = staff(Role.AGENCY_ADMIN);
		admin.says("แดชบอร์ด");
		String shortLink = link(admin.lastText()).group(1);
		admin.says("จอแสดงผล จอหน้าห้องประชุม");
		assertThat(admin.lastText()).contains("สร้างจอแสดงผล \"จอหน้าห้องประชุม\"").contains("ยกเลิกจอ");
		Matcher display = link(admin.lastText());
		String screen = display.group(1);
		assertThat(display.group(2)).startsWith("S-").doesNotContain(admin.userId())
			.doesNotContain(staffDirectory.staffKey(admin.userId()));
		assertThat(status(screen)).isEqualTo(200);
		assertThat(status(screen + ".json")).isEqualTo(200);
		assertThat(status(shortLink + ".json")).isEqualTo(200);

		clock.advance(Duration.ofMinutes(20));
		assertThat(status(shortLink + ".json")).as("a short link stops after 15 minutes").isEqualTo(403);
		assertThat(status(screen + ".json")).as("the office screen keeps updating").isEqualTo(200);
		clock.advance(Duration.ofDays(200));
		assertThat(status(screen + ".json")).isEqualTo(200);
		// a display link opens the dashboard only, never the report files
		String reportFile = screen.replace("/dashboard", "/report.xlsx");
		assertThat(status(reportFile)).isEqualTo(403);

		admin.says("จอแสดงผลทั้งหมด");
		assertThat(admin.lastText()).contains("จอหน้าห้องประชุม");
		String shortId = admin.lastText().replaceAll("(?s).*• ([0-9A-F]{6}) · จอหน้าห้องประชุม.*", "$1");
		admin.says("ยกเลิกจอ " + shortId);
		assertThat(admin.lastText()).contains("หยุดแสดงข้อมูลทันที");
		assertThat(status(screen + ".json")).as("revoked: the next refresh is refused").isEqualTo(403);
		assertThat(status(screen)).isEqualTo(403);
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
	void aForgedLongLivedLinkIsRefusedEvenWithARightSignature() throws Exception {
		long tenYears = clock.instant().plus(Duration.ofDays(3650)).getEpochSecond();
		String forged = links.token(ReportLinks.ALL_AGENCIES, tenYears);
		assertThat(links.verify(forged)).isEmpty();
		assertThat(links.verifyDashboard(forged)).isEmpty();
		String base = "http://127.0.0.1:" + port + "/reports/";
		assertThat(status(base + forged + "/dashboard.json")).isEqualTo(403);
		assertThat(status(base + forged + "/report.xlsx?agency=PKT")).isEqualTo(403);
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
