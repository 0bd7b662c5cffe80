package th.ita.bot.report;

import th.ita.bot.support.StoredSheets;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.scoring.Item;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.conversation.Answer;
import th.ita.survey.conversation.SurveyService;
import th.ita.survey.response.SurveyResponse;
import th.ita.survey.scores.LiveScores;
import th.ita.survey.staff.StaffDirectory;
import th.ita.survey.staff.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless Chromium (Debian's chromium and chromium-driver): the dashboard through a
 * signed link, charts drawn and refreshed, an expired link refused; and an EIT answered on the
 * try-it page by clicking the bot's buttons. Skipped, with the reason printed, where Chromium or
 * its driver is not installed. Screenshots go to target/screenshots/.
 */
class BrowserIntegrationTests extends BotIntegrationTest {

	static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static ChromeDriver browser;

	static String skipReason;

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

	@BeforeAll
	static void startBrowser() {
		String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM + " not found"
				: !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER + " not found" : null;
		if (missing != null) {
			skipReason = "Browser tests skipped: " + missing
					+ " (install with: apt-get install -y chromium chromium-driver fonts-thai-tlwg)";
			System.out.println(skipReason);
			return;
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=1280,1800", "--lang=th-TH");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void seed() {
		Assumptions.assumeTrue(skipReason == null, skipReason);
		ReportFixtures.load(mongo, surveys, scores, scheme, agencies);
	}

	WebDriverWait waitUpTo(int seconds) {
		return new WebDriverWait(browser, Duration.ofSeconds(seconds));
	}

	Object js(String script, Object... args) {
		return ((JavascriptExecutor) browser).executeScript(script, args);
	}

	void screenshot(String name) throws Exception {
		Files.createDirectories(SCREENSHOTS);
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void dashboardDrawsItsChartsShowsTheLevelAndRefreshesItself() throws Exception {
		ChatUser staff = person(ReportFixtures.newUserId());
		ReportFixtures.register(staffDirectory, staff, ReportFixtures.SEED, StaffMember.Role.VIEWER);
		staff.says("dashboard");
		Matcher m = Pattern.compile("(https?://\\S+/dashboard)").matcher(staff.lastText());
		assertThat(m.find()).as(staff.lastText()).isTrue();

		browser.get(m.group(1));
		waitUpTo(20).until(d -> "true".equals(js("return document.body.dataset.ready")));
		// every chart canvas is drawn by Chart.js
		waitUpTo(10).until(d -> (Long) js("return Array.from(document.querySelectorAll('canvas'))"
				+ ".filter(c => Chart.getChart(c) && c.width > 0).length") >= 9);
		List<WebElement> canvases = browser.findElements(By.tagName("canvas"));
		assertThat(canvases).extracting(c -> c.getAttribute("id"))
			.contains("gauge-IIT", "gauge-EIT", "gauge-OIT", "indicators-chart", "respondents-chart", "dist-IIT-LEVEL4",
					"dist-EIT-LEVEL4", "complaints-category", "complaints-status");
		assertThat(browser.findElement(By.id("level")).getText()).isEqualTo("C");
		assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("74.62");
		assertThat(browser.findElement(By.id("agency")).getText()).contains("หน่วยงานทดสอบรายงาน");
		// e4.1 and the other bribe items: ไม่มี first, in the good colour; items named next to their code
		assertThat(js("const c = Chart.getChart('dist-EIT-YESNO-r'); return c.data.datasets[0].label + ' '"
				+ " + c.data.datasets[0].backgroundColor + ' ' + c.data.labels[0]"))
			.isEqualTo("ไม่มี " + th.ita.bot.plan.ScoreReading.BEST + " e4.1 "
					+ th.ita.bot.plan.ScoreReading.shortText(scheme, scheme.item("e4.1").orElseThrow(), 40) + " (73.95)");
		assertThat(browser.findElement(By.id("guidance")).getText()).contains("หน่วยงานต้องจัดประชุมเตรียมความพร้อม");
		assertThat(browser.findElement(By.id("incomplete")).isDisplayed()).isFalse();
		screenshot("dashboard.png");

		// a new EIT response arrives: the open page shows it without a reload (on an agency of its
		// own, so the seed agency's figures stay those of the seed for the other tests)
		agencies.save(new th.ita.survey.agency.Agency("RPTLIVE", "หน่วยงานทดสอบการอัปเดต", "x", null, null));
		browser.get("http://127.0.0.1:" + port + "/reports/" + links.issue("RPTLIVE").token() + "/dashboard");
		waitUpTo(20).until(d -> "true".equals(js("return document.body.dataset.ready")));
		String before = browser.findElement(By.id("gauge-EIT-note")).getText();
		long eit = Long.parseLong(before.replaceAll("^ผู้ตอบ (\\d+) คน.*$", "$1"));
		List<Answer> answers = scheme.form(Tool.EIT)
			.items()
			.stream()
			.map(i -> new Answer(i.id(), i.scale().options().get(i.scale().options().size() - 1).value()))
			.toList();
		// figures move in steps of 5 respondents (no one can be read off a difference): the 5th
		// new one moves the open page
		for (int i = 0; i < 5; i++) {
			surveys.countResponse(new SurveyResponse(UUID.randomUUID().toString(), Tool.EIT, "RPTLIVE",
					scores.currentFiscalYear(), answers, LocalDate.now(), false));
		}
		waitUpTo(15).until(d -> d.findElement(By.id("gauge-EIT-note")).getText().startsWith("ผู้ตอบ " + (eit + 5) + " คน"));
	}

	@Test
	void thePrintableReportPrintsToPdf() throws Exception {
		String page = "http://127.0.0.1:" + port + "/reports/" + links.issue(ReportFixtures.SEED).token() + "/report.html";
		browser.get(page);
		assertThat(browser.findElement(By.id("level")).getText()).isEqualTo("C");
		assertThat(browser.findElement(By.id("item-i1.1")).getText()).contains("11.22%").contains("75.39");
		screenshot("report.png");
		PrintOptions a4 = new PrintOptions();
		a4.setPageSize(new PageSize(29.7, 21.0));
		a4.setBackground(true);
		byte[] pdf = java.util.Base64.getDecoder().decode(browser.print(a4).getContent());
		Files.write(SCREENSHOTS.resolve("report.pdf"), pdf);
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(pdf.length).isGreaterThan(20_000);
	}

	@Test
	void anExpiredDashboardLinkIsRefused() throws Exception {
		String expired = "http://127.0.0.1:" + port + "/reports/"
				+ links.token(ReportFixtures.SEED, Instant.now().minusSeconds(60).getEpochSecond()) + "/dashboard";
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(expired)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		browser.get(expired);
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("หมดอายุ");
		assertThat(browser.findElements(By.tagName("canvas"))).isEmpty();
	}

	/** Clicks the button (quick reply or in a message) whose text starts with the label; waits for the reply. */
	void click(String label) {
		long replies = replies();
		WebElement button = waitUpTo(10).until(d -> d.findElements(By.cssSelector("#quick button, #log button"))
			.stream()
			.filter(b -> b.getText().startsWith(label))
			.reduce((first, second) -> second)
			.orElse(null));
		button.click();
		waitUpTo(15).until(d -> replies() > replies);
	}

	long replies() {
		Object n = js("return Number(document.body.dataset.replies || 0)");
		return ((Number) n).longValue();
	}

	@Test
	void aNewcomerAnswersTheEitOnTheTryPageByClickingTheBotsButtons() throws Exception {
		List<Document> previous = StoredSheets.of(mongo, new Document("tool", "EIT").append("agency", "PKT"));
		long before = previous.size();
		browser.get("http://127.0.0.1:" + port + "/try");
		js("localStorage.clear()");
		browser.navigate().refresh();
		waitUpTo(15).until(d -> replies() >= 1);
		assertThat(browser.findElement(By.id("log")).getText()).contains("สวัสดีครับ");

		click("ทำแบบประเมิน");
		boolean agencyButtons = browser.findElements(By.cssSelector("#quick button"))
			.stream()
			.anyMatch(b -> b.getText().startsWith("สำนักงานจังหวัดภูเก็ต".substring(0, 15)));
		if (agencyButtons) {
			click("สำนักงานจังหวัดภูเก็ต".substring(0, 15));
			click("ผู้รับบริการ (EIT)");
		}
		else { // many agencies: the bot asks for the code instead of offering buttons
			WebElement input = browser.findElement(By.id("text"));
			long replies = replies();
			input.sendKeys("EIT PKT\n");
			waitUpTo(15).until(d -> replies() > replies);
		}
		List<Item> items = scheme.form(Tool.EIT).items();
		for (int i = 0; i < items.size(); i++) {
			assertThat(lastBotText()).contains("ข้อ " + (i + 1) + "/" + items.size());
			if (i == 3) {
				screenshot("try-eit-question.png");
			}
			click(items.get(i).scale().options().get(1).label());
		}
		assertThat(lastBotText()).contains("สรุปคำตอบ");
		click("✅ ส่งแบบประเมิน");
		assertThat(lastBotText()).contains("ขอบคุณ");
		screenshot("try-eit-done.png");

		List<Document> stored = StoredSheets.of(mongo, new Document("tool", "EIT").append("agency", "PKT"));
		assertThat(stored).hasSize((int) before + 1);
		Document mine = StoredSheets.newest(previous, stored);
		assertThat(mine.getList("answers", Document.class)).hasSize(items.size())
			.allMatch(a -> a.getString("value")
				.equals(scheme.item(a.getString("item")).orElseThrow().scale().options().get(1).value()));
		// the page's person left no trace of their browser userId in the stored answers
		String userId = (String) js("return localStorage.getItem('ita-try-user')");
		assertThat(mine.toJson()).doesNotContain(userId);
	}

	String lastBotText() {
		List<WebElement> bubbles = browser.findElements(By.cssSelector("#log .row.bot")); // text bubbles and Flex bubbles
		return bubbles.get(bubbles.size() - 1).getText();
	}
}
