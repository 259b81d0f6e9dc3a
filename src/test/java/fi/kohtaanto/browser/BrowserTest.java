package fi.kohtaanto.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import fi.kohtaanto.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browser tests: the whole application on a random port and one system chromium per test class
 * (see {@link SystemChromium}). Subclasses open pages with {@link #signedIn}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

	@LocalServerPort
	protected int port;

	protected Playwright playwright;

	protected Browser browser;

	@BeforeAll
	void startBrowser() {
		SystemChromium.assumeAvailable();
		playwright = SystemChromium.playwright();
		browser = SystemChromium.launch(playwright);
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** A new browser context signed in as the user (password {@link TestData#PASSWORD}), in the given language. */
	protected Page signedIn(String username, String language) {
		Page page = browser.newContext().newPage();
		page.navigate(url("/login?lang=" + language));
		page.locator("#username").fill(username);
		page.locator("#password").fill(TestData.PASSWORD);
		page.locator("form.stacked button[type=submit]").click();
		page.waitForURL(url -> !url.contains("/login"));
		return page;
	}

}
