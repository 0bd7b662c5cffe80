package th.ita.bot.report;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.conversation.SurveyService;
import th.ita.survey.scores.LiveScores;
import th.ita.survey.staff.StaffDirectory;
import th.ita.survey.staff.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The try page in headless Chromium draws Flex messages as LINE does: the staff score card with
 * its bars and pass-mark line, the survey summary as a carousel, the agency search list; the
 * newest message is never left under the quick-reply bar. Screenshots go to target/screenshots/
 * and, with {@code -Dscreens.dir=...}, there too. Skipped where Chromium is not installed.
 */
class TryPageFlexBrowserIntegrationTests extends BotIntegrationTest {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static ChromeDriver browser;

	static String skipReason;

	@Autowired
	SurveyService surveys;

	@Autowired
	LiveScores scores;

	@Autowired
	Scheme scheme;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	StaffDirectory staffDirectory;

	@BeforeAll
	static void startBrowser() {
		Path chromium = BrowserIntegrationTests.CHROMIUM;
		Path driver = BrowserIntegrationTests.CHROMEDRIVER;
		if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
			skipReason = "Browser tests skipped: chromium or chromedriver not installed";
			System.out.println(skipReason);
			return;
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=430,932", "--lang=th-TH");
		browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).usingAnyFreePort().build(),
				options);
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

	Object js(String script, Object... args) {
		return ((JavascriptExecutor) browser).executeScript(script, args);
	}

	long replies() {
		return ((Number) js("return Number(document.body.dataset.replies || 0)")).longValue();
	}

	/** Opens the page as a new person with this userId and waits for the welcome. */
	void open(String userId, int width, int height) {
		browser.manage().window().setSize(new Dimension(width, height));
		browser.get("http://127.0.0.1:" + port + "/try");
		js("localStorage.setItem('ita-try-user', arguments[0])", userId);
		browser.navigate().refresh();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> replies() >= 1);
	}

	void type(String text) {
		long before = replies();
		browser.findElement(By.id("text")).sendKeys(text + "\n");
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> replies() > before);
	}

	void screenshot(String name) throws Exception {
		Files.createDirectories(SCREENSHOTS);
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
		String extra = System.getProperty("screens.dir");
		if (extra != null && !extra.isBlank()) {
			Files.createDirectories(Path.of(extra));
			Files.copy(shot.toPath(), Path.of(extra).resolve(name), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** The newest message's bottom is inside the visible chat, above the quick-reply bar. */
	void assertNewestVisible() {
		Object gap = js("""
				const log = document.getElementById('log');
				const rows = log.querySelectorAll('.row');
				const last = rows[rows.length - 1].getBoundingClientRect();
				return log.getBoundingClientRect().bottom - last.bottom;""");
		assertThat(((Number) gap).doubleValue()).as("newest message hidden by %s px", gap).isGreaterThanOrEqualTo(0);
	}

	static String newUserId() {
		return ReportFixtures.newUserId();
	}

	@Test
	void theStaffScoreCardIsDrawnAsBoxesWithBarsAndThePassMarkLine() throws Exception {
		String userId = newUserId();
		staffDirectory.save(StaffMember.of(staffDirectory.staffKey(userId), ReportFixtures.SEED, java.time.LocalDate.now(),
				StaffMember.Role.VIEWER));
		open(userId, 430, 1400);
		assertThat(browser.findElement(By.tagName("header")).getText()).contains("จำลอง").doesNotContain("ทุกประการ");
		type("คะแนน");
		List<WebElement> bubbles = browser.findElements(By.cssSelector("#log .fbubble"));
		assertThat(bubbles).isNotEmpty();
		WebElement card = bubbles.get(bubbles.size() - 1);
		assertThat(card.getText()).contains("74.62");
		// bars: boxes with a width in percent and a colour; the pass mark: a thin absolute red line
		Number bars = (Number) js("""
				return Array.from(arguments[0].querySelectorAll('.fbox')).filter(b => b.style.width.endsWith('%')
				  && b.style.backgroundColor && b.getBoundingClientRect().width > 0).length;""", card);
		Number marks = (Number) js("""
				return Array.from(arguments[0].querySelectorAll('.fbox')).filter(b => b.style.position === 'absolute'
				  && b.getBoundingClientRect().width <= 3 && b.getBoundingClientRect().height > 0).length;""", card);
		assertThat(bars.intValue()).isGreaterThanOrEqualTo(3);
		assertThat(marks.intValue()).isGreaterThanOrEqualTo(1);
		assertNewestVisible();
		js("arguments[0].scrollIntoView({block: 'start'})", card);
		screenshot("try-score-card.png");
	}

	@Test
	void theSummaryIsACarouselOfIndicatorsAndTheQuestionsCanBeTyped() throws Exception {
		open(newUserId(), 1100, 1000);
		type("EIT PKT");
		assertThat(browser.findElements(By.cssSelector("#log .fbubble .fbtn")).size()).isGreaterThanOrEqualTo(4);
		assertNewestVisible();
		screenshot("try-question.png");
		int items = scheme.form(Tool.EIT).items().size();
		for (int i = 0; i < items; i++) {
			type(String.valueOf(1 + i % 2)); // 1 or 2: every scale has both
		}
		List<WebElement> carousels = browser.findElements(By.cssSelector("#log .carousel"));
		WebElement summary = carousels.get(carousels.size() - 1);
		assertThat(summary.findElements(By.cssSelector(".fbubble")).size()).isGreaterThanOrEqualTo(4);
		assertThat(summary.getText()).contains("คุณภาพการดำเนินงาน").contains("โปร่งใสเป็นไปตามขั้นตอนที่กำหนด");
		assertNewestVisible();
		js("arguments[0].scrollIntoView({block: 'start'})", summary);
		screenshot("try-summary.png");
		// a tap on a row opens that item, and answering returns to the summary
		long before = replies();
		summary.findElements(By.cssSelector(".fbox.clickable")).get(2).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> replies() > before);
		assertThat(browser.findElement(By.id("log")).getText()).contains("แก้ไขคำตอบ");
		type("4");
		type("ส่งแบบประเมิน");
		assertThat(browser.findElement(By.id("log")).getText()).contains("ส่งแบบประเมินเรียบร้อยแล้ว");
	}

	@Test
	void theAgencySearchListsFullNamesWithAButtonEach() throws Exception {
		for (int i = 0; i < 62; i++) {
			agencies.save(new Agency(String.format("SCR%02d", i), "สำนักงานสาธารณสุขอำเภอในจังหวัดภูเก็ต หน่วยบริการที่ " + (i + 1), null,
					null, null));
		}
		try {
			open(newUserId(), 430, 1400);
			type("ทำแบบประเมิน");
			type("ค้นหา หน่วยบริการที่ 1");
			List<WebElement> carousels = browser.findElements(By.cssSelector("#log .carousel"));
			WebElement list = carousels.get(carousels.size() - 1);
			assertThat(list.getText()).contains("สำนักงานสาธารณสุขอำเภอในจังหวัดภูเก็ต หน่วยบริการที่ 1").contains("เลือก");
			js("arguments[0].scrollIntoView({block: 'start'})", list);
			screenshot("try-agency-search.png");
			long before = replies();
			list.findElements(By.cssSelector("button.fbtn")).get(0).click();
			new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> replies() > before);
			assertThat(browser.findElement(By.id("log")).getText()).contains("ท่านตอบในฐานะใด");
		}
		finally {
			mongo.getCollection("agencies").deleteMany(new Document("_id", new Document("$regex", "^SCR")));
			agencies.save(agencies.find("PKT").orElseThrow());
		}
	}
}
