package fi.kohtaanto.vacancies;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.browser.SystemChromium;
import fi.kohtaanto.employers.BusinessIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An advisor registers an employer and a vacancy, and composes its bilingual ad from the phrase bank in a real
 * browser (Debian's chromium through Playwright, never a downloaded browser); then the employer continues through a
 * self-service link without signing in. Skipped without {@code /usr/bin/chromium}, unless
 * {@code KOHTAANTO_BROWSER_TESTS=required} makes that a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobAdBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	Playwright playwright;

	Browser browser;

	BrowserContext context;

	Page page;

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

	@BeforeEach
	void signIn() {
		CurrentUser advisor = testData.advisor(testData.organisation().id());
		context = browser.newContext();
		page = context.newPage();
		page.navigate(url("/login?lang=en"));
		page.fill("#username", advisor.username());
		page.fill("#password", TestData.PASSWORD);
		page.click("form.stacked button[type=submit]");
		page.waitForURL(url("/clients"));
	}

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Types into a concept picker and chooses the first suggestion with the keyboard. */
	void pick(String pickerId, String text) {
		Locator input = page.locator("#" + pickerId);
		input.pressSequentially(text);
		assertThat(page.locator("#" + pickerId + "-list button").first())
			.isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
		input.press("ArrowDown");
		page.keyboard().press("Enter");
		assertThat(page.locator("#" + pickerId + "-uri")).not().hasValue("");
	}

	/** Registers an employer and an open vacancy for a cook through the forms; leaves the browser on the vacancy. */
	void employerAndVacancy(String employerName, LocalDate applyBy) {
		page.navigate(url("/employers/new"));
		page.fill("#name", employerName);
		page.fill("#businessId", BusinessIds.next());
		page.selectOption("#industry", "I");
		page.selectOption("#municipalityCode", "491");
		page.getByLabel("Small (10–49)").check();
		page.getByLabel("Private company").check();
		page.click("button.primary");
		assertThat(page.locator("h1")).hasText(employerName);
		assertThat(page.locator(".flash")).hasText("The employer has been registered.");

		page.getByText("New vacancy").click();
		// The picker needs htmx, which loads after the page's content.
		page.waitForLoadState();
		page.waitForFunction("() => window.htmx !== undefined");
		assertThat(page.locator("#employerId option:checked")).containsText(employerName);
		page.fill("#title", "Cook for the lunch restaurant");
		pick("occupation", "kokk");
		assertThat(page.locator("#occupation")).hasValue("cook");
		pick("required0", "food hyg");
		page.selectOption("[id='languages0.code']", "fi");
		page.selectOption("[id='languages0.level']", "A2");
		page.selectOption("#municipalityCode", "491");
		page.getByLabel("Open", new Page.GetByLabelOptions().setExact(true)).check();
		page.fill("#applyBy", applyBy.toString());
		page.fill("#applicationContact", "Maija Virtanen, 040 123 4567");
		page.click("button.primary");
		assertThat(page.locator("h1")).hasText("Cook for the lunch restaurant");
		assertThat(page.locator("main")).containsText("food hygiene rules");
	}

	@Test
	void composesABilingualAdFromThePhraseBankAndPreviewsAllThreeVersions() {
		LocalDate applyBy = LocalDate.now().plusDays(20);
		employerAndVacancy("Browser Bistro Oy", applyBy);

		page.getByText("Job ad", new Page.GetByTextOptions().setExact(true)).click();
		page.waitForLoadState();
		page.waitForFunction("() => window.htmx !== undefined");
		assertThat(page.locator("h1")).hasText("Job ad: Cook for the lunch restaurant");
		Locator finnish = page.locator("#preview-FI");
		Locator english = page.locator("#preview-EN");
		Locator plain = page.locator("#preview-PLAIN");
		assertThat(finnish.locator(".ad-title")).hasText("Cook for the lunch restaurant");
		assertThat(english.locator(".ad-title")).hasText("Cook");

		page.click("button[data-phrase='duties.role']");
		assertThat(page.locator("#ad-status")).hasText("The sentence was added to the ad.");
		page.click("button[data-phrase='apply.by']");
		page.click("button[data-phrase='company.welcome']");

		assertThat(finnish).containsText("Haemme työntekijää tehtävään: kokki.");
		assertThat(english).containsText("We are looking for a person to work as: cook.");
		assertThat(plain).containsText("Etsimme työntekijää. Työ on: kokki.");
		assertThat(finnish).containsText("Hae viimeistään " + applyBy.getDayOfMonth() + "." + applyBy.getMonthValue()
				+ "." + applyBy.getYear() + ".");
		assertThat(english).containsText(
				"Apply by " + applyBy.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)) + ".");
		assertThat(finnish.locator("h4").first()).hasText("Keitä olemme");
		assertThat(english.locator("h4").first()).hasText("About us");
		assertThat(finnish.locator("[lang=fi]")).hasCount(1);
		assertThat(english.locator("[lang=en]")).hasCount(1);

		page.selectOption("#section", "OFFER");
		page.fill("#textFi", "Saat työsuhdepyörän.");
		page.fill("#textEn", "You get an employee bicycle.");
		page.click("#own button[type=submit]");
		assertThat(page.locator("#preview-FI")).containsText("Saat työsuhdepyörän.");
		assertThat(page.locator("#preview-EN")).containsText("You get an employee bicycle.");
		assertThat(page.locator("#preview-PLAIN")).containsText("Saat työsuhdepyörän.");

		page.locator("#ad-lines li").filter(new Locator.FilterOptions().setHasText("Haemme työntekijää"))
			.getByText("Remove")
			.click();
		assertThat(page.locator("#ad-status")).hasText("The sentence was removed from the ad.");
		assertThat(page.locator("#preview-FI")).not().containsText("Haemme työntekijää");
	}

	@Test
	void theEmployerContinuesTheAdThroughASelfServiceLinkWithoutSigningIn() {
		employerAndVacancy("Link Bistro Oy", LocalDate.now().plusDays(20));
		page.click("#links button[type=submit]");
		String link = page.locator("#new-link").inputValue();

		try (BrowserContext employer = browser.newContext()) {
			Page employerPage = employer.newPage();
			employerPage.navigate(link + "?lang=en");
			employerPage.waitForFunction("() => window.htmx !== undefined");
			assertThat(employerPage.locator("main")).containsText("Welcome, Link Bistro Oy.");
			assertThat(employerPage.locator(".main-nav")).hasCount(0);
			employerPage.click("button[data-phrase='offer.permanent']");
			assertThat(employerPage.locator("#preview-EN")).containsText("We offer a permanent employment contract.");
			assertThat(employerPage.locator("#preview-FI")).containsText("Tarjoamme vakituisen työsuhteen.");
			assertThat(employerPage.locator("#preview-PLAIN")).containsText("Työ on vakituinen.");
		}

		page.navigate(page.url().replaceAll("[?#].*$", "") + "/ad");
		assertThat(page.locator("#preview-FI")).containsText("Tarjoamme vakituisen työsuhteen.");
	}

}
