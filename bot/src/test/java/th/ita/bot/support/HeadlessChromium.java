package th.ita.bot.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven headless through its chromedriver, one browser for a test class:
 * register it as {@code @RegisterExtension static final HeadlessChromium chromium = new
 * HeadlessChromium(width, height)}. Where chromium or its driver is not installed the class's tests
 * are skipped with {@link #MISSING} as the reason. Screenshots go to target/screenshots/ and, with
 * {@code -Dscreens.dir=...}, there too.
 */
public final class HeadlessChromium implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

	public static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	public static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** Why the browser tests are skipped here, or null where they run. */
	public static final String MISSING = !Files.isExecutable(CHROMIUM) ? skipped(CHROMIUM + " not found")
			: !Files.isExecutable(CHROMEDRIVER) ? skipped(CHROMEDRIVER + " not found") : null;

	private final int width;

	private final int height;

	private ChromeDriver driver;

	public HeadlessChromium(int width, int height) {
		this.width = width;
		this.height = height;
	}

	private static String skipped(String why) {
		return "Browser tests skipped: " + why + " (install with: apt-get install -y chromium chromium-driver fonts-thai-tlwg)";
	}

	/** Starts the browser, in Thai, with the window size given. */
	@Override
	public void beforeAll(ExtensionContext context) {
		if (MISSING != null) {
			System.out.println(MISSING);
			return;
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=" + width + "," + height, "--lang=th-TH");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		Assumptions.assumeTrue(driver != null, MISSING);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	public ChromeDriver driver() {
		return driver;
	}

	public Object js(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	public WebDriverWait waitUpTo(int seconds) {
		return new WebDriverWait(driver, Duration.ofSeconds(seconds));
	}

	/** How many replies the try page has shown so far (its own counter on the page's body). */
	public long tryPageReplies() {
		return ((Number) js("return Number(document.body.dataset.replies || 0)")).longValue();
	}

	/** Types a line into the try page and waits for the bot's reply. */
	public void typeOnTryPage(String text) {
		long before = tryPageReplies();
		driver.findElement(By.id("text")).sendKeys(text + "\n");
		waitUpTo(15).until(d -> tryPageReplies() > before);
	}

	/** Clicks a button or row on the try page and waits for the bot's reply. */
	public void clickOnTryPage(WebElement element) {
		long before = tryPageReplies();
		element.click();
		waitUpTo(15).until(d -> tryPageReplies() > before);
	}

	public void screenshot(String name) {
		try {
			File shot = driver.getScreenshotAs(OutputType.FILE);
			Files.createDirectories(SCREENSHOTS);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
			String extra = System.getProperty("screens.dir");
			if (extra != null && !extra.isBlank()) {
				Files.createDirectories(Path.of(extra));
				Files.copy(shot.toPath(), Path.of(extra).resolve(name), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
