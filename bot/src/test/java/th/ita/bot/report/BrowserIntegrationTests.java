package th.ita.bot.report;

import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.bot.plan.ScoreReading;
import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.HeadlessChromium;
import th.ita.bot.support.StoredSheets;
import th.ita.bot.support.TestAgencies;
import th.ita.scoring.Item;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.survey.conversation.Answer;
import th.ita.survey.staff.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless Chromium (Debian's chromium and chromium-driver): the dashboard through a
 * signed link, charts drawn and refreshed, an expired link refused; and an EIT answered on the
 * try-it page by clicking the bot's buttons. Skipped, with the reason printed, where Chromium or
 * its driver is not installed. Screenshots go to target/screenshots/.
 */
class BrowserIntegrationTests extends BotIntegrationTest {

	static final Scheme scheme = TestAgencies.SEED_INSTRUMENT;

	@RegisterExtension
	static final HeadlessChromium chromium = new HeadlessChromium(1280, 1800);

	/** This class's agency with the seed's answers. */
	String seed;

	@Autowired
	ReportLinks links;

	@BeforeEach
	void seed() {
		seed = testAgencies.seeded("RPTWEB");
	}

	static ChromeDriver browser() {
		return chromium.driver();
	}

	@Test
	void dashboardDrawsItsChartsShowsTheLevelAndRefreshesItself() {
		ChatUser staff = newStaff(seed, StaffMember.Role.VIEWER);
		staff.says("dashboard");
		Matcher m = Pattern.compile("(https?://\\S+/dashboard)").matcher(staff.lastText());
		assertThat(m.find()).as(staff.lastText()).isTrue();

		browser().get(m.group(1));
		chromium.waitUpTo(20).until(d -> "true".equals(chromium.js("return document.body.dataset.ready")));
		// every chart canvas is drawn by Chart.js
		chromium.waitUpTo(10).until(d -> (Long) chromium.js("return Array.from(document.querySelectorAll('canvas'))"
				+ ".filter(c => Chart.getChart(c) && c.width > 0).length") >= 9);
		List<WebElement> canvases = browser().findElements(By.tagName("canvas"));
		assertThat(canvases).extracting(c -> c.getAttribute("id"))
			.contains("gauge-IIT", "gauge-EIT", "gauge-OIT", "indicators-chart", "respondents-chart", "dist-IIT-LEVEL4",
					"dist-EIT-LEVEL4", "complaints-category", "complaints-status");
		assertThat(browser().findElement(By.id("level")).getText()).isEqualTo("C");
		assertThat(browser().findElement(By.id("total")).getText()).isEqualTo("74.62");
		assertThat(browser().findElement(By.id("agency")).getText()).contains("หน่วยงานทดสอบรายงาน");
		// e4.1 and the other bribe items: ไม่มี first, in the good colour; items named next to their code
		assertThat(chromium.js("const c = Chart.getChart('dist-EIT-YESNO-r'); return c.data.datasets[0].label + ' '"
				+ " + c.data.datasets[0].backgroundColor + ' ' + c.data.labels[0]"))
			.isEqualTo("ไม่มี " + ScoreReading.BEST + " e4.1 " + ScoreReading.shortText(scheme, scheme.item("e4.1").orElseThrow(), 40)
					+ " (73.95)");
		assertThat(browser().findElement(By.id("guidance")).getText()).contains("หน่วยงานต้องจัดประชุมเตรียมความพร้อม");
		assertThat(browser().findElement(By.id("incomplete")).isDisplayed()).isFalse();
		chromium.screenshot("dashboard.png");

		// a new EIT response arrives: the open page shows it without a reload (on an agency of its
		// own, so the seed agency's figures stay those of the seed)
		String live = testAgencies.create("RPTLIVE", "หน่วยงานทดสอบการอัปเดต");
		browser().get(http.url("/reports/" + links.issue(live).token() + "/dashboard"));
		chromium.waitUpTo(20).until(d -> "true".equals(chromium.js("return document.body.dataset.ready")));
		String before = browser().findElement(By.id("gauge-EIT-note")).getText();
		long eit = Long.parseLong(before.replaceAll("^ผู้ตอบ (\\d+) คน.*$", "$1"));
		List<Answer> answers = TestAgencies.everyItem(Tool.EIT, i -> i.scale().options().size() - 1);
		// figures move in steps of 5 respondents (no one can be read off a difference): the 5th
		// new one moves the open page
		for (int i = 0; i < 5; i++) {
			testAgencies.respond(live, Tool.EIT, answers, today());
		}
		chromium.waitUpTo(15).until(d -> d.findElement(By.id("gauge-EIT-note")).getText().startsWith("ผู้ตอบ " + (eit + 5) + " คน"));
	}

	@Test
	void thePrintableReportPrintsToPdf() throws Exception {
		browser().get(http.url("/reports/" + links.issue(seed).token() + "/report.html"));
		assertThat(browser().findElement(By.id("level")).getText()).isEqualTo("C");
		assertThat(browser().findElement(By.id("item-i1.1")).getText()).contains("11.22%").contains("75.39");
		chromium.screenshot("report.png");
		PrintOptions a4 = new PrintOptions();
		a4.setPageSize(new PageSize(29.7, 21.0));
		a4.setBackground(true);
		byte[] pdf = java.util.Base64.getDecoder().decode(browser().print(a4).getContent());
		Files.write(HeadlessChromium.SCREENSHOTS.resolve("report.pdf"), pdf);
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(pdf.length).isGreaterThan(20_000);
	}

	@Test
	void anExpiredDashboardLinkIsRefused() {
		String expired = http.url("/reports/" + links.token(seed, clock.instant().minusSeconds(60).getEpochSecond()) + "/dashboard");
		assertThat(http.status(expired)).isEqualTo(403);
		browser().get(expired);
		assertThat(browser().findElement(By.tagName("h1")).getText()).contains("หมดอายุ");
		assertThat(browser().findElements(By.tagName("canvas"))).isEmpty();
	}

	/** Clicks the button (quick reply or in a message) whose text starts with the label; waits for the reply. */
	void click(String label) {
		chromium.clickOnTryPage(chromium.waitUpTo(10).until(d -> d.findElements(By.cssSelector("#quick button, #log button"))
			.stream()
			.filter(b -> b.getText().startsWith(label))
			.reduce((first, second) -> second)
			.orElse(null)));
	}

	@Test
	void aNewcomerAnswersTheEitOnTheTryPageByClickingTheBotsButtons() {
		List<Document> previous = StoredSheets.of(mongo, new Document("tool", "EIT").append("agency", "PKT"));
		browser().get(http.url("/try"));
		chromium.js("localStorage.clear()");
		browser().navigate().refresh();
		chromium.waitUpTo(15).until(d -> chromium.tryPageReplies() >= 1);
		assertThat(browser().findElement(By.id("log")).getText()).contains("สวัสดีครับ");

		click("ทำแบบประเมิน");
		// the agency by its code: with the other tests' agencies there may be too many to list as buttons
		chromium.typeOnTryPage("EIT PKT");
		List<Item> items = scheme.form(Tool.EIT).items();
		for (int i = 0; i < items.size(); i++) {
			assertThat(lastBotText()).contains("ข้อ " + (i + 1) + "/" + items.size());
			if (i == 3) {
				chromium.screenshot("try-eit-question.png");
			}
			click(items.get(i).scale().options().get(1).label());
		}
		assertThat(lastBotText()).contains("สรุปคำตอบ");
		click("✅ ส่งแบบประเมิน");
		assertThat(lastBotText()).contains("ขอบคุณ");
		chromium.screenshot("try-eit-done.png");

		List<Document> stored = StoredSheets.of(mongo, new Document("tool", "EIT").append("agency", "PKT"));
		assertThat(stored).hasSize(previous.size() + 1);
		Document mine = StoredSheets.newest(previous, stored);
		assertThat(mine.getList("answers", Document.class)).hasSize(items.size())
			.allMatch(a -> a.getString("value")
				.equals(scheme.item(a.getString("item")).orElseThrow().scale().options().get(1).value()));
		// the page's person left no trace of their browser userId in the stored answers
		String userId = (String) chromium.js("return localStorage.getItem('ita-try-user')");
		assertThat(mine.toJson()).doesNotContain(userId);
	}

	String lastBotText() {
		List<WebElement> bubbles = browser().findElements(By.cssSelector("#log .row.bot")); // text bubbles and Flex bubbles
		return bubbles.get(bubbles.size() - 1).getText();
	}
}
