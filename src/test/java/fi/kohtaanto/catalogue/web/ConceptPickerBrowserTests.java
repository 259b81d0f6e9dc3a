package fi.kohtaanto.catalogue.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;


import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fi.kohtaanto.TestData;
import fi.kohtaanto.browser.BrowserTest;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.accounts.Role;
import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.Concept;
import fi.kohtaanto.catalogue.ConceptType;
import fi.kohtaanto.catalogue.importer.DemoCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The concept picker, the search page and the admin page in a real browser: Debian's chromium driven by Playwright
 * (never a downloaded browser). Skipped without {@code /usr/bin/chromium}, unless
 * {@code KOHTAANTO_BROWSER_TESTS=required} makes that a failure.
 */
class ConceptPickerBrowserTests extends BrowserTest {

	static final String WELDING_TECHNIQUES = "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea";

	@Autowired
	TestData testData;

	@Autowired
	ApplicationContext context;

	Page page;

	@BeforeEach
	void signIn() {
		CurrentUser admin = testData.user(testData.organisation().id(), Role.ADMIN);
		page = signedIn(admin.username(), "fi");
		assertThat(page).hasURL(url("/"));
	}

	@Test
	void choosesASuggestionWithTheKeyboard() {
		page.navigate(url("/test/picker"));
		Locator input = page.locator("#skill");
		Locator choices = page.locator("#skill-list button[data-pick-for=skill]");

		input.pressSequentially("hitsa");
		assertThat(choices).hasCount(3);
		assertThat(choices.first()).containsText("hitsaustekniikat");
		input.press("ArrowDown");
		assertThat(choices.nth(0)).isFocused();
		page.keyboard().press("ArrowDown");
		assertThat(choices.nth(1)).isFocused();
		page.keyboard().press("ArrowUp");
		page.keyboard().press("ArrowUp");
		assertThat(input).isFocused();
		input.press("ArrowDown");
		page.keyboard().press("Enter");

		assertThat(page.locator("#skill-uri")).hasValue(WELDING_TECHNIQUES);
		assertThat(input).hasValue("hitsaustekniikat");
		assertThat(input).isFocused();
		assertThat(page.locator("#skill-list li")).hasCount(0);

		page.click("#save");
		assertThat(page.locator("#result")).hasText(WELDING_TECHNIQUES);
	}

	@Test
	void choosesWithTheMouseAndForgetsTheChoiceWhenTheTextChanges() {
		page.navigate(url("/test/picker"));
		Locator input = page.locator("#skill");

		input.pressSequentially("janitor");
		assertThat(page.locator("#skill-list li.none")).containsText("Ei osumia haulle ”janitor”");
		input.fill("");
		input.pressSequentially("käyttää hitsaus");
		page.locator("#skill-list button").first().click();
		assertThat(page.locator("#skill-uri")).not().hasValue("");
		input.press("End");
		input.pressSequentially("x");
		assertThat(page.locator("#skill-uri")).hasValue("");
		input.press("Escape");
		assertThat(page.locator("#skill-list li")).hasCount(0);
	}

	@Test
	void resolvesTypedTextWhenNothingWasChosen() {
		page.navigate(url("/test/picker"));
		page.locator("#skill").fill("hitsaustekniikat");
		page.click("#save");
		assertThat(page.locator("#result")).hasText(WELDING_TECHNIQUES);
	}

	@Test
	void searchPageUpdatesAsYouType() {
		page.navigate(url("/catalogue?lang=en"));
		page.locator("#catalogue-q").pressSequentially("kokki");
		assertThat(page.locator("#catalogue-results a").first()).hasText("cook");
		assertThat(page.locator("#catalogue-count")).hasText("One result");
		page.locator("label:has-text('Skills') input").check();
		page.locator("#catalogue-q").fill("hitsa");
		page.locator("#catalogue-q").press("Enter");
		assertThat(page.locator("#catalogue-count")).hasText("3 results");
		page.locator("#catalogue-results a").first().click();
		assertThat(page.locator("h1")).hasText("welding techniques");
	}

	@Test
	void importsFromTheAdminPageAndShowsTheResultWithoutReloading() {
		try {
			page.navigate(url("/admin/catalogue?lang=en"));
			page.click("#catalogue-import-form button");
			assertThat(page.locator("#catalogue-import-progress")).containsText("Import completed",
					new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
			assertThat(page.locator("#catalogue-status")).containsText("ESCO v1.1.1");
			assertThat(page.locator("#catalogue-import-form button")).isEnabled();
		}
		finally {
			DemoCatalogue.restore(context);
		}
	}

	/** A form of another module that includes the picker, and resolves typed text when nothing was chosen. */
	@TestConfiguration
	static class PickerHost {

		@Bean
		PickerHostController pickerHostController(Catalogue catalogue) {
			return new PickerHostController(catalogue);
		}

	}

	@Controller
	static class PickerHostController {

		private final Catalogue catalogue;

		PickerHostController(Catalogue catalogue) {
			this.catalogue = catalogue;
		}

		@GetMapping("/test/picker")
		String form(Model model) {
			model.addAttribute("result", "");
			return "catalogue/picker-test";
		}

		@PostMapping("/test/picker")
		String submit(@RequestParam String skillUri, @RequestParam String skillUriText, Model model) {
			String uri = skillUri.isBlank()
					? catalogue.resolve(skillUriText, ConceptType.SKILL).map(Concept::uri).orElse("none") : skillUri;
			model.addAttribute("result", uri);
			return "catalogue/picker-test";
		}

	}

}
