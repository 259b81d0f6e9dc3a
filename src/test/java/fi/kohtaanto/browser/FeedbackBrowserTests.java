package fi.kohtaanto.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.organisations.OrganisationView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Feedback as people give it: an advisor creates links for an event and gets a sheet of them; someone who is not
 * signed in opens one, switches the survey to Ukrainian, answers and is thanked; the link then takes no second
 * answer. Inputs are found by their labels and groups, so the test also checks that the survey is labelled.
 */
class FeedbackBrowserTests extends BrowserTest {

	@Autowired
	TestData testData;

	@Autowired
	JdbcClient jdbc;

	long answersOf(OrganisationView organisation) {
		return jdbc.sql("select count(*) from feedback_answer where organisation_id = :organisation")
			.param("organisation", organisation.id().value())
			.query(Long.class)
			.single();
	}

	/** Chooses a score in the group of radio buttons named by the question. */
	static void answer(Page page, String question, String score) {
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question)).getByLabel(score).check();
	}

	@Test
	void advisorCreatesLinksAndAnAnonymousRespondentAnswersOnceInUkrainian() {
		OrganisationView organisation = testData.organisation();
		CurrentUser advisor = testData.advisor(organisation.id());
		Page staff = signedIn(advisor.username(), "en");

		staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Feedback").setExact(true)).click();
		assertThat(staff.locator("h1")).hasText("Feedback results");
		staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Feedback links")).click();
		staff.getByLabel("Clients").check();
		staff.getByLabel("Kind of service").selectOption("EVENT");
		staff.getByLabel("Label").fill("Language café B1, 14 Nov");
		staff.getByLabel("Language the survey opens in").selectOption("EN");
		staff.getByLabel("Number of links").fill("2");
		staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create links")).click();

		assertThat(staff.locator("h1")).hasText("Feedback links to hand out");
		assertThat(staff.locator(".flash-inline")).hasText("2 links have been created.");
		Locator urls = staff.locator(".slip-url a");
		assertThat(urls).hasCount(2);
		assertThat(staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print"))).isVisible();
		List<String> links = urls.allTextContents();
		assertThat(links.get(0)).startsWith(url("/public/feedback/"));
		staff.context().close();

		// Someone who is not signed in, in a browser of their own.
		BrowserContext respondentBrowser = browser.newContext();
		Page respondent = respondentBrowser.newPage();
		respondent.navigate(links.get(0));
		assertThat(respondent.locator("html")).hasAttribute("lang", "en");
		assertThat(respondent.locator("h1")).hasText("Feedback: Event");
		respondent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("українська")).click();
		assertThat(respondent.locator("html")).hasAttribute("lang", "uk");
		assertThat(respondent.locator("h1")).hasText("Відгук: Захід");

		// Sending without the required answers: errors in Ukrainian, and what was typed stays.
		respondent.getByLabel("Що нам варто покращити?").fill("Більше вечірніх зустрічей.");
		respondent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Надіслати відгук")).click();
		assertThat(respondent.locator(".error-summary")).containsText("Виберіть число від 1 до 5.");
		assertThat(respondent.getByLabel("Що нам варто покращити?")).hasValue("Більше вечірніх зустрічей.");
		assertThat(answersOf(organisation)).isZero();

		answer(respondent, "1. Наскільки ви задоволені заходом загалом?", "5");
		answer(respondent, "2. Отриману інформацію було легко зрозуміти.", "4");
		answer(respondent, "3. Захід був добре організований.", "4");
		answer(respondent, "4. Захід був для мене корисним.", "3");
		respondent.getByLabel("Так").check();
		respondent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Надіслати відгук")).click();

		assertThat(respondent.locator("h1")).hasText("Дякуємо за ваш відгук!");
		assertThat(answersOf(organisation)).isEqualTo(1);

		// The same link again, in this browser and in another one: no second answer.
		respondent.navigate(links.get(0));
		assertThat(respondent.locator("h1")).hasText("Ви вже відповіли");
		respondentBrowser.close();
		Page stranger = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("uk"))
			.newPage();
		stranger.navigate(links.get(0));
		assertThat(stranger.locator("h1")).hasText("Це посилання не працює");
		assertThat(stranger.locator("form")).hasCount(0);
		assertThat(answersOf(organisation)).isEqualTo(1);

		// The other link still works, and the survey can be read right to left in Arabic.
		stranger.navigate(links.get(1) + "?language=ar");
		assertThat(stranger.locator("html")).hasAttribute("dir", "rtl");
		assertThat(stranger.locator("h1")).hasText("استبيان الرأي: فعالية");
		stranger.context().close();
	}

}
