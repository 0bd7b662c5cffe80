package th.ita.bot.report;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.HeadlessChromium;
import th.ita.bot.support.TestAgencies;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.staff.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The try page in headless Chromium draws Flex messages as LINE does: the staff score card with
 * its bars and pass-mark line, the survey summary as a carousel, the agency search list; the
 * newest message is never left under the quick-reply bar. Screenshots go to target/screenshots/
 * and, with {@code -Dscreens.dir=...}, there too. Skipped where Chromium is not installed.
 */
class TryPageFlexBrowserIntegrationTests extends BotIntegrationTest {

	@RegisterExtension
	static final HeadlessChromium chromium = new HeadlessChromium(430, 932);

	static ChromeDriver browser() {
		return chromium.driver();
	}

	/** Opens the page as a new person with this userId and waits for the welcome. */
	void open(String userId, int width, int height) {
		browser().manage().window().setSize(new Dimension(width, height));
		browser().get(http.url("/try"));
		chromium.js("localStorage.setItem('ita-try-user', arguments[0])", userId);
		browser().navigate().refresh();
		chromium.waitUpTo(15).until(d -> chromium.tryPageReplies() >= 1);
	}

	/** The newest message's bottom is inside the visible chat, above the quick-reply bar. */
	void assertNewestVisible() {
		Object gap = chromium.js("""
				const log = document.getElementById('log');
				const rows = log.querySelectorAll('.row');
				const last = rows[rows.length - 1].getBoundingClientRect();
				return log.getBoundingClientRect().bottom - last.bottom;""");
		assertThat(((Number) gap).doubleValue()).as("newest message hidden by %s px", gap).isGreaterThanOrEqualTo(0);
	}

	@Test
	void theStaffScoreCardIsDrawnAsBoxesWithBarsAndThePassMarkLine() throws Exception {
		String seed = testAgencies.seeded("RPTTRY");
		String userId = newStaff(seed, StaffMember.Role.VIEWER).userId();
		open(userId, 430, 1400);
		assertThat(browser().findElement(By.tagName("header")).getText()).contains("จำลอง").doesNotContain("ทุกประการ");
		chromium.typeOnTryPage("คะแนน");
		List<WebElement> bubbles = browser().findElements(By.cssSelector("#log .fbubble"));
		assertThat(bubbles).isNotEmpty();
		WebElement card = bubbles.get(bubbles.size() - 1);
		assertThat(card.getText()).contains("74.62");
		// bars: boxes with a width in percent and a colour; the pass mark: a thin absolute red line
		Number bars = (Number) chromium.js("""
				return Array.from(arguments[0].querySelectorAll('.fbox')).filter(b => b.style.width.endsWith('%')
				  && b.style.backgroundColor && b.getBoundingClientRect().width > 0).length;""", card);
		Number marks = (Number) chromium.js("""
				return Array.from(arguments[0].querySelectorAll('.fbox')).filter(b => b.style.position === 'absolute'
				  && b.getBoundingClientRect().width <= 3 && b.getBoundingClientRect().height > 0).length;""", card);
		assertThat(bars.intValue()).isGreaterThanOrEqualTo(3);
		assertThat(marks.intValue()).isGreaterThanOrEqualTo(1);
		assertNewestVisible();
		chromium.js("arguments[0].scrollIntoView({block: 'start'})", card);
		chromium.screenshot("try-score-card.png");
	}

	@Test
	void theSummaryIsACarouselOfIndicatorsAndTheQuestionsCanBeTyped() throws Exception {
		open(newUserId(), 1100, 1000);
		chromium.typeOnTryPage("EIT PKT");
		assertThat(browser().findElements(By.cssSelector("#log .fbubble .fbtn")).size()).isGreaterThanOrEqualTo(4);
		assertNewestVisible();
		chromium.screenshot("try-question.png");
		int items = TestAgencies.SEED_INSTRUMENT.form(Tool.EIT).items().size();
		for (int i = 0; i < items; i++) {
			chromium.typeOnTryPage(String.valueOf(1 + i % 2)); // 1 or 2: every scale has both
		}
		List<WebElement> carousels = browser().findElements(By.cssSelector("#log .carousel"));
		WebElement summary = carousels.get(carousels.size() - 1);
		assertThat(summary.findElements(By.cssSelector(".fbubble")).size()).isGreaterThanOrEqualTo(4);
		assertThat(summary.getText()).contains("คุณภาพการดำเนินงาน").contains("โปร่งใสเป็นไปตามขั้นตอนที่กำหนด");
		assertNewestVisible();
		chromium.js("arguments[0].scrollIntoView({block: 'start'})", summary);
		chromium.screenshot("try-summary.png");
		// a tap on a row opens that item, and answering returns to the summary
		chromium.clickOnTryPage(summary.findElements(By.cssSelector(".fbox.clickable")).get(2));
		assertThat(browser().findElement(By.id("log")).getText()).contains("แก้ไขคำตอบ");
		chromium.typeOnTryPage("4");
		chromium.typeOnTryPage("ส่งแบบประเมิน");
		assertThat(browser().findElement(By.id("log")).getText()).contains("ส่งแบบประเมินเรียบร้อยแล้ว");
	}

	@Test
	void theAgencySearchListsFullNamesWithAButtonEach() {
		// 62 names alike but for their last words, this class's own (no other test names a หน่วยบริการ)
		for (int i = 0; i < 62; i++) {
			agencies.save(new Agency(String.format("SCR%02d", i), "สำนักงานสาธารณสุขอำเภอในจังหวัดภูเก็ต หน่วยบริการที่ " + (i + 1), null,
					null, null));
		}
		open(newUserId(), 430, 1400);
		chromium.typeOnTryPage("ทำแบบประเมิน");
		chromium.typeOnTryPage("ค้นหา หน่วยบริการที่ 1");
		List<WebElement> carousels = browser().findElements(By.cssSelector("#log .carousel"));
		WebElement list = carousels.get(carousels.size() - 1);
		assertThat(list.getText()).contains("สำนักงานสาธารณสุขอำเภอในจังหวัดภูเก็ต หน่วยบริการที่ 1").contains("เลือก");
		chromium.js("arguments[0].scrollIntoView({block: 'start'})", list);
		chromium.screenshot("try-agency-search.png");
		chromium.clickOnTryPage(list.findElements(By.cssSelector("button.fbtn")).get(0));
		assertThat(browser().findElement(By.id("log")).getText()).contains("ท่านตอบในฐานะใด");
	}
}
