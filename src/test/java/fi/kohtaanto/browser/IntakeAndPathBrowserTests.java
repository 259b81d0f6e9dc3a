package fi.kohtaanto.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first workflow as an advisor does it in a real browser (Debian's chromium driven by Playwright): sign in,
 * register a client with consents, open the path plan, add a step and move it along. Inputs are found by their
 * visible labels, so the test also checks that the forms are labelled.
 */
class IntakeAndPathBrowserTests extends BrowserTest {

	@Autowired
	TestData testData;

	@Autowired
	JdbcClient jdbc;

	Page page;

	CurrentUser advisor;

	@BeforeEach
	void signIn() {
		advisor = testData.advisor(testData.organisation().id());
		page = signedIn(advisor.username(), "en");
		assertThat(page).hasURL(url("/clients"));
	}

	long clientsOf(CurrentUser user) {
		return jdbc.sql("select count(*) from client where responsible_user_id = :user")
			.param("user", user.id().value())
			.query(Long.class)
			.single();
	}

	@Test
	void registersAClientWithConsentAndPlansAPathStep() {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New client")).click();

		// An empty form is refused with an error summary that links to the fields, and nothing is stored.
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register client")).click();
		Locator summary = page.locator(".error-summary");
		assertThat(summary).isVisible();
		assertThat(summary).containsText("The client must consent to the service");
		assertThat(summary.locator("a[href='#firstName']")).isVisible();
		assertThat(clientsOf(advisor)).isZero();

		page.getByLabel("First name").fill("Amina");
		page.getByLabel("Last name").fill("Haddad");
		page.getByLabel("Year of birth").fill("1991");
		page.getByLabel("Woman").check();
		page.getByLabel("Unemployed", new Page.GetByLabelOptions().setExact(true)).check();
		page.locator("#citizenship").selectOption("SY");
		page.locator("#municipalityCode").selectOption("491");
		page.locator("#iscedLevel").selectOption("ISCED_6");
		page.locator("#finnishLevel").selectOption("A2");
		page.locator("input[name=serviceConsent]").check();
		page.locator("input[name=employerVisible]").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register client")).click();

		assertThat(page.locator("h1")).hasText("Amina Haddad");
		assertThat(page.locator(".flash")).hasText("The client has been registered.");
		Locator consents = page.locator("#consents tbody tr");
		assertThat(consents).hasCount(2);
		assertThat(consents.filter(new Locator.FilterOptions().setHasText("Service"))).containsText("In force");
		assertThat(clientsOf(advisor)).isEqualTo(1);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Path plan")).click();
		assertThat(page.locator("h1")).hasText("Path plan: Amina Haddad");
		assertThat(page.locator("#timeline")).containsText("The plan has no steps yet.");

		LocalDate start = LocalDate.now().plusDays(14);
		page.getByLabel("Kind of step").selectOption("WORK_TRIAL");
		page.getByLabel("Description").fill("Bakery Oy, kitchen work");
		page.getByLabel("Start date").fill(start.toString());
		page.getByLabel("End date").fill(start.plusWeeks(8).toString());
		page.locator("#add-step textarea[name=notes]").fill("Goal: hygiene passport during the trial.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add step")).click();

		assertThat(page.locator(".flash")).hasText("The step has been added to the plan.");
		Locator step = page.locator(".timeline li.status-PLANNED");
		assertThat(step).containsText("Work trial: Bakery Oy, kitchen work");
		assertThat(step).containsText(start.toString());
		assertThat(step).containsText("Planned");
		assertThat(page.locator(".timeline li").first()).hasClass(Pattern.compile("today-marker"));

		step.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start now")).click();
		Locator started = page.locator(".timeline li.status-IN_PROGRESS");
		assertThat(started).containsText("In progress");
		assertThat(started).containsText(LocalDate.now().toString());
		assertThat(page.locator(".timeline li").last()).hasClass(Pattern.compile("today-marker"));

		page.getByLabel("Duration in minutes").fill("30");
		page.getByLabel("Step of the plan").selectOption(new com.microsoft.playwright.options.SelectOption()
			.setLabel("Work trial: Bakery Oy, kitchen work"));
		page.locator("#sessions textarea[name=summary]").fill("Agreed on the trial with the bakery.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log session")).click();
		assertThat(page.locator("#sessions")).containsText("1 session, 30 minutes in all");
		assertThat(page.locator("#sessions tbody")).containsText("Agreed on the trial with the bakery.");
	}

}
