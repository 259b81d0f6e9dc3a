package fi.kohtaanto.events.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.kohtaanto.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The organiser of a Meet&Match event plans it in a real browser: meeting slots, employers and their presence,
 * computing the schedule, and reading it as a grid and per person. Controls are found by their accessible names.
 */
class MeetMatchBrowserTests extends BrowserTest {

	@Autowired
	MeetMatchFixture fixture;

	@Autowired
	MeetMatchService meetMatch;

	@Test
	void organiserPlansTheMeetingsAndReadsAnOptimalSchedule() {
		MeetMatchFixture.Scene scene = fixture.scene();
		long eventId = scene.event().id();
		Page page = signedIn(scene.organiser().username(), "en");

		page.navigate(url("/events/" + eventId));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meet&Match schedule")).click();
		assertThat(page.locator("h1")).hasText("Meet&Match schedule: Meet&Match: kitchens and warehouses");
		assertThat(page.locator("#schedule")).containsText("The schedule has not been computed yet.");

		// Slots that do not fit within the event are refused with the input kept.
		page.getByLabel("First meeting starts at").fill("13:30");
		page.getByLabel("Meeting length in minutes").fill("10");
		page.getByLabel("Break between meetings in minutes").fill("2");
		page.getByLabel("Number of meeting slots").fill("12");
		page.getByLabel("Meetings per candidate at most").fill("2");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		assertThat(page.locator(".error-summary")).containsText("The slots must fit within the event");
		assertThat(page.getByLabel("Number of meeting slots")).hasValue("12");
		assertThat(meetMatch.setup(eventId)).isEmpty();

		page.getByLabel("First meeting starts at").fill("12:00");
		page.getByLabel("Number of meeting slots").fill("3");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		assertThat(page.locator(".flash")).isVisible();

		String kitchen = scene.employerNames().get(0);
		String warehouse = scene.employerNames().get(1);
		for (String employer : List.of(kitchen, warehouse)) {
			page.getByLabel("Add an employer").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(employer));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add").setExact(true)).click();
			assertThat(page.locator(".flash")).hasText("The employer has been added; it is present in every slot.");
		}
		// The warehouse arrives late: not present at 12:00.
		Locator early = page.getByLabel(warehouse + " present at 12:00");
		assertThat(early).isChecked();
		early.uncheck();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the presence of " + warehouse)).click();
		assertThat(page.getByLabel(warehouse + " present at 12:00")).not().isChecked();
		assertThat(page.getByLabel(warehouse + " present at 12:12")).isChecked();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compute the schedule")).click();
		assertThat(page.locator(".flash")).hasText("The schedule has been computed.");
		Locator summary = page.locator("#schedule-summary");
		assertThat(summary).containsText("Proven optimal");
		assertThat(summary).containsText("4 registered, of whom 1 without a fit or without consent");

		Locator grid = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Meetings by time and employer"));
		Locator rows = grid.locator("tbody tr");
		assertThat(rows).hasCount(3);
		assertThat(rows.nth(0).locator("th")).hasText("12:00–12:10");
		// Columns: time, kitchen, warehouse (the order they were added in). Nobody meets the warehouse while it is away.
		assertThat(rows.nth(0).locator("td").nth(1)).hasText("");
		assertThat(grid).containsText("Amira Tapaaja");
		assertThat(grid).containsText("Bashir Tapaaja");
		assertThat(grid).not().containsText("Dana");
		Locator kitchenColumn = grid.locator("tbody td:nth-child(2)");
		assertThat(kitchenColumn.filter(new Locator.FilterOptions().setHasText("Amira Tapaaja"))).hasCount(1);
		Locator warehouseColumn = grid.locator("tbody td:nth-child(3)");
		assertThat(warehouseColumn.filter(new Locator.FilterOptions().setHasText("Bashir Tapaaja"))).hasCount(1);

		Locator amira = page.locator(".person-schedule").filter(new Locator.FilterOptions().setHas(
				page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Amira Tapaaja"))));
		assertThat(amira.locator("li").first()).containsText(kitchen);
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print"))).isVisible();

		// Every meeting on the page is the stored one, and the page reads the same in Finnish.
		assertThat(page.locator(".schedule-grid .meeting")).hasCount(meetMatch.meetings(eventId).size());
		page.navigate(url("/events/" + eventId + "/meetmatch?lang=fi"));
		assertThat(page.locator("#schedule-summary")).containsText("Todistetusti optimaalinen");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Laske aikataulu uudelleen")))
			.isVisible();
	}

}
