package fi.kohtaanto.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import fi.kohtaanto.IntegrationTest;
import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.accounts.Role;
import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.importer.CatalogueImports;
import fi.kohtaanto.catalogue.importer.DemoCatalogue;
import fi.kohtaanto.catalogue.importer.ImportProgress;
import fi.kohtaanto.shared.OrganisationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

@IntegrationTest
class CatalogueWebIntegrationTests {

	static final String COOK = "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Catalogue catalogue;

	@Autowired
	CatalogueImports imports;

	@Autowired
	ApplicationContext context;

	@Autowired
	SpringTemplateEngine templates;

	CurrentUser advisor;

	CurrentUser admin;

	@BeforeEach
	void users() {
		OrganisationId organisation = testData.organisation().id();
		advisor = testData.advisor(organisation);
		admin = testData.user(organisation, Role.ADMIN);
	}

	@Test
	void suggestsConceptsAsPickerButtonsInThePageLanguage() throws Exception {
		mvc.perform(get("/catalogue/suggest").param("type", "OCCUPATION")
			.param("q", "kokki")
			.param("for", "occupation-picker")
			.with(testData.as(advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<li>"), containsString("data-pick-for=\"occupation-picker\""),
					containsString("data-uri=\"" + COOK + "\""), containsString("data-label=\"kokki\""),
					containsString("<span class=\"alt\" lang=\"en\">cook</span>"))));
		mvc.perform(get("/catalogue/suggest").param("type", "OCCUPATION")
			.param("q", "kokki")
			.param("for", "occupation-picker")
			.param("lang", "en")
			.with(testData.as(advisor)))
			.andExpect(content().string(allOf(containsString("data-label=\"cook\""),
					containsString("<span class=\"alt\" lang=\"fi\">kokki</span>"))));
	}

	@Test
	void showsTheAlternativeLabelThatMatched() throws Exception {
		mvc.perform(get("/catalogue/suggest").param("type", "OCCUPATION")
			.param("q", "janitor")
			.param("for", "p")
			.param("lang", "en")
			.with(testData.as(advisor)))
			.andExpect(content().string(allOf(containsString("data-label=\"building cleaner\""),
					containsString("(also: janitor)"))));
	}

	@Test
	void escapesTheTextAndSaysWhenNothingMatches() throws Exception {
		mvc.perform(get("/catalogue/suggest").param("type", "SKILL")
			.param("q", "<script>alert(1)</script>")
			.param("for", "skill")
			.with(testData.as(advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<li class=\"none\">"),
					containsString("Ei osumia haulle ”&lt;script&gt;alert(1)&lt;/script&gt;”"),
					not(containsString("<script>")))));
		mvc.perform(get("/catalogue/suggest").param("type", "SKILL")
			.param("q", "zzzz")
			.param("lang", "sv")
			.with(testData.as(advisor))).andExpect(content().string(containsString("Inga träffar för ”zzzz”.")));
	}

	@Test
	void answersShortTextWithAnEmptyList() throws Exception {
		mvc.perform(get("/catalogue/suggest").param("type", "SKILL").param("q", "k").with(testData.as(advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(emptyString()));
	}

	@Test
	void acceptsThePickerFieldNameAsText() throws Exception {
		mvc.perform(get("/catalogue/suggest").param("type", "OCCUPATION")
			.param("for", "work")
			.param("occupationUriText", "kokki")
			.with(testData.as(advisor))).andExpect(content().string(containsString("data-uri=\"" + COOK + "\"")));
	}

	@Test
	void rejectsBadParameters() throws Exception {
		mvc.perform(get("/catalogue/suggest").param("type", "SKILL")
			.param("q", "kokki")
			.param("for", "\"><b>")
			.with(testData.as(advisor))).andExpect(status().isBadRequest());
		mvc.perform(get("/catalogue/suggest").param("type", "COUNTRY").param("q", "kokki").with(testData.as(advisor)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void requiresSignIn() throws Exception {
		mvc.perform(get("/catalogue/suggest").param("type", "SKILL").param("q", "kokki"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("**/login"));
	}

	@Test
	void searchPageShowsResultsAndTheEscoAttribution() throws Exception {
		mvc.perform(get("/catalogue").param("q", "kokki").with(testData.as(advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ammatit ja taidot"),
					containsString("href=\"/catalogue/concept?uri=http://data.europa.eu/esco/occupation/90f75f67"),
					containsString("Yksi tulos"),
					containsString("Tämä palvelu käyttää Euroopan komission ESCO-luokitusta."),
					containsString("https://esco.ec.europa.eu/en/use-esco/download"))));
		mvc.perform(get("/catalogue").param("lang", "en").with(testData.as(advisor)))
			.andExpect(content().string(
					containsString("This service uses the ESCO classification of the European Commission.")));
	}

	@Test
	void conceptPageShowsLabelsAndEssentialSkills() throws Exception {
		mvc.perform(get("/catalogue/concept").param("uri", COOK).with(testData.as(advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1 lang=\"fi\">kokki</h1>"),
					containsString("<dd lang=\"en\">cook</dd>"), containsString("5120"),
					containsString("Keskeiset taidot (5)"), containsString(">hallita kuluja<"))));
		mvc.perform(get("/catalogue/concept").param("uri", "http://example.org/none").with(testData.as(advisor)))
			.andExpect(status().isNotFound());
	}

	@Test
	void adminPageIsForAdminsOnly() throws Exception {
		mvc.perform(get("/admin/catalogue").with(testData.as(advisor))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/catalogue").with(testData.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Viitetiedot</h1>"),
					containsString("sisäänrakennettu esittelyote ESCOn versiosta 1.1.1"),
					containsString("esco-fixture"), containsString("Tuo nyt"), containsString("role=\"status\""))));
		mvc.perform(post("/admin/catalogue/import").with(csrf()).with(testData.as(advisor)))
			.andExpect(status().isForbidden());
	}

	@Test
	void importsFromTheAdminPageInTheBackground() throws Exception {
		try {
			mvc.perform(post("/admin/catalogue/import").with(csrf()).with(testData.as(admin)))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/admin/catalogue"));
			Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
			while (imports.progress().running() && Instant.now().isBefore(deadline)) {
				Thread.sleep(100);
			}
			ImportProgress progress = imports.progress();
			assertThat(progress.succeeded()).as("%s %s", progress.errorKey(), progress.errorArguments()).isTrue();
			assertThat(catalogue.status().source()).isEqualTo("ESCO v1.1.1");
			mvc.perform(get("/admin/catalogue/progress").header("HX-Request", "true")
				.param("lang", "en")
				.with(testData.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Import completed in"),
						containsString("ESCO occupations and skills, municipalities"),
						containsString("id=\"catalogue-status\""), containsString("hx-swap-oob=\"true\""),
						not(containsString("every 2s")))));
		}
		finally {
			DemoCatalogue.restore(context);
		}
	}

	@Test
	void pickerFragmentHasLabelledFieldsForTheHostForm() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/clients/1");
		WebContext webContext = new WebContext(JakartaServletWebApplication
			.buildApplication(request.getServletContext())
			.buildExchange(request, new MockHttpServletResponse()), Locale.ENGLISH);

		String html = templates.process("catalogue/picker-only", webContext).replaceAll("\\s+", " ");

		assertThat(html).contains("<label for=\"skill\">Skill</label>")
			.contains("<span class=\"hint\" id=\"skill-hint\">For example hitsaus</span>")
			.contains("id=\"skill-instructions\">Suggestions appear below the field as you type.")
			.contains("<input type=\"hidden\" name=\"skillUri\" id=\"skill-uri\" value=\"\" data-picker-value>")
			.contains("<ul class=\"suggestions\" id=\"skill-list\" aria-live=\"polite\"></ul>");
		assertThat(tag(html, "skill")).contains("name=\"skillUriText\"", "autocomplete=\"off\"",
				"aria-describedby=\"skill-hint skill-instructions\"", "aria-controls=\"skill-list\"",
				"hx-get=\"/catalogue/suggest?type=SKILL&amp;for=skill\"", "hx-target=\"#skill-list\"",
				"hx-trigger=\"input changed delay:250ms, search\"");
		// An edit form shows the chosen concept; without a hint only the instructions describe the field.
		assertThat(tag(html, "job")).contains("name=\"occupationUriText\"", "value=\"kokki\"",
				"data-picked-label=\"kokki\"", "aria-describedby=\"job-instructions\"");
		assertThat(html).contains("name=\"occupationUri\" id=\"job-uri\" "
					+ "value=\"http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e\"")
			.doesNotContain("job-hint");
	}

	/** The search field of a picker, as one tag. */
	private static String tag(String html, String id) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("<input type=\"search\" id=\"" + id + "\"[^>]*>")
			.matcher(html);
		assertThat(matcher.find()).as("search field %s", id).isTrue();
		return matcher.group();
	}

	@Test
	void progressWithoutHtmxGoesToThePage() throws Exception {
		mvc.perform(get("/admin/catalogue/progress").with(testData.as(admin)))
			.andExpect(redirectedUrl("/admin/catalogue"));
	}

}
