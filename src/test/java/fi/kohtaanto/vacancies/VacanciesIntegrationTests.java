package fi.kohtaanto.vacancies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaanto.FormPost;
import fi.kohtaanto.IntegrationTest;
import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.catalogue.CefrLevel;
import fi.kohtaanto.employers.BusinessIds;
import fi.kohtaanto.employers.EmployerData;
import fi.kohtaanto.employers.Employers;
import fi.kohtaanto.employers.Industry;
import fi.kohtaanto.employers.Sector;
import fi.kohtaanto.employers.SizeClass;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.VacancyId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@RecordApplicationEvents
class VacanciesIntegrationTests {

	static final String COOK = "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e";

	static final String HYGIENE = "http://data.europa.eu/esco/skill/791fa659-3382-49f8-a8dd-505226d0da48";

	static final String TEAM = "http://data.europa.eu/esco/skill/8c8da904-cdb3-47d9-bfbf-15ade747d9ec";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Employers employers;

	@Autowired
	Vacancies vacancies;

	@Autowired
	ApplicationEvents events;

	final ObjectMapper json = new ObjectMapper();

	OrganisationView home;

	CurrentUser advisor;

	EmployerId employer;

	String businessId;

	@BeforeEach
	void setUp() {
		home = testData.organisation();
		advisor = testData.advisor(home.id());
		businessId = BusinessIds.next();
		employer = employers.register(advisor, new EmployerData("Saimaan Testiravintola Oy", businessId, Industry.I,
				SizeClass.SMALL, Sector.PRIVATE_COMPANY, "491"));
	}

	MockHttpServletRequestBuilder form(String url, String... params) {
		return form(advisor, url, params);
	}

	MockHttpServletRequestBuilder anonymous(String url, String... params) {
		return form((CurrentUser) null, url, params);
	}

	MockHttpServletRequestBuilder form(CurrentUser user, String url, String... params) {
		return FormPost.of(user == null ? null : testData.as(user), url, params);
	}

	String[] vacancyForm(String title, String... overrides) {
		List<String> params = new java.util.ArrayList<>(List.of("employerId", String.valueOf(employer.value()), "title",
				title, "kind", "JOB", "hidden", "false", "status", "OPEN", "occupation.uriText", "kokki",
				"requiredSkills[0].uri", HYGIENE, "requiredSkills[0].uriText", "food hygiene rules",
				"niceToHaveSkills[0].uriText", "work in a hospitality team", "languages[0].code", "fi",
				"languages[0].level", "A2", "municipalityCode", "491", "places", "2", "workingTime", "FULL_TIME",
				"startDate", LocalDate.now().plusDays(30).toString(), "applyBy",
				LocalDate.now().plusDays(14).toString(), "applicationContact", "Maija Virtanen, 040 123 4567", "version",
				"0"));
		params.addAll(List.of(overrides));
		return params.toArray(String[]::new);
	}

	VacancyId create(String title, String... overrides) throws Exception {
		String location = mvc.perform(form("/vacancies/new", vacancyForm(title, overrides)))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return VacancyId.of(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	List<String> audit(VacancyId id) {
		return jdbc.sql("select actor_username || ' ' || action || ' ' || details from audit_event "
				+ "where subject_type = 'vacancy' and subject_id = :id order by id")
			.param("id", id.value())
			.query(String.class)
			.list();
	}

	@Test
	void createsAVacancyWithSkillsAndLanguagesAndPublishesIt() throws Exception {
		VacancyId id = create("Kokki lounaalle");

		VacancyView view = vacancies.find(id).orElseThrow();
		assertThat(view.employerId()).isEqualTo(employer);
		assertThat(view.title()).isEqualTo("Kokki lounaalle");
		assertThat(view.kind()).isEqualTo(VacancyKind.JOB);
		assertThat(view.status()).isEqualTo(VacancyStatus.OPEN);
		assertThat(view.advertised()).isTrue();
		assertThat(view.occupationUri()).isEqualTo(COOK);
		assertThat(view.requiredSkillUris()).containsExactly(HYGIENE);
		assertThat(view.niceToHaveSkillUris()).containsExactly(TEAM);
		assertThat(view.languages()).containsExactly(new LanguageRequirement("fi", CefrLevel.A2));
		assertThat(view.places()).isEqualTo(2);
		assertThat(view.applyBy()).isEqualTo(LocalDate.now().plusDays(14));
		assertThat(vacancies.open()).contains(view);
		assertThat(vacancies.ofEmployer(employer)).containsExactly(view);
		assertThat(events.stream(VacancyPublished.class)).containsExactly(new VacancyPublished(id));
		assertThat(audit(id)).containsExactly(advisor.username() + " CREATE vacancy");
		mvc.perform(get("/vacancies/" + id.value()).with(testData.as(advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("elintarvikehygieniaa koskevat määräykset")))
			.andExpect(content().string(containsString("vähintään A2")));
	}

	@Test
	void publishesClosedAndChangedEventsAndAuditsTheChangedFields() throws Exception {
		VacancyId id = create("Kokki iltaan");
		events.clear();

		mvc.perform(form("/vacancies/" + id.value() + "/edit", vacancyForm("Kokki iltaan ja viikonloppuun", "status",
				"FILLED"))).andExpect(status().isFound());

		assertThat(events.stream(VacancyClosed.class)).containsExactly(new VacancyClosed(id));
		assertThat(events.stream(VacancyChanged.class)).containsExactly(new VacancyChanged(id));
		assertThat(events.stream(VacancyPublished.class)).isEmpty();
		assertThat(audit(id)).last().isEqualTo(advisor.username() + " UPDATE fields: title, status");
		assertThat(vacancies.open()).noneMatch(open -> open.id().equals(id));

		mvc.perform(form("/vacancies/" + id.value() + "/edit", vacancyForm("Vanha versio", "status", "OPEN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Joku muu tallensi tämän työpaikan")));
		assertThat(vacancies.find(id).orElseThrow().title()).isEqualTo("Kokki iltaan ja viikonloppuun");
	}

	@Test
	void refusesDatesInTheWrongOrderUnknownConceptsAndMarkupAndStoresNothing() throws Exception {
		long before = count("vacancy");
		mvc.perform(form("/vacancies/new", vacancyForm("<b>Kokki</b>", "startDate", "2027-05-01", "endDate",
				"2027-04-01", "applyBy", "2027-04-15", "occupation.uriText", "", "requiredSkills[1].uriText",
				"xyzzy-taito", "niceToHaveSkills[0].uri", HYGIENE, "places", "0")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Korjaa nämä kohdat")))
			.andExpect(content().string(containsString("Päättymispäivä ei voi olla ennen alkamispäivää.")))
			.andExpect(content().string(containsString("Haku ei voi päättyä työn päättymisen jälkeen.")))
			.andExpect(content().string(containsString("Valitse ammatti ehdotuksista.")))
			.andExpect(content().string(containsString("Luokituksesta ei löydy tätä.")))
			.andExpect(content().string(containsString("Tämä osaaminen on jo vaaditun osaamisen listassa.")))
			.andExpect(content().string(containsString("Arvon pitää olla vähintään 1.")))
			.andExpect(content().string(containsString("Poista merkit")));
		mvc.perform(form("/vacancies/new?lang=sv", vacancyForm("Kock", "endDate", "2020-01-01")))
			.andExpect(content().string(containsString("Slutdatumet får inte vara före startdatumet.")));
		assertThat(count("vacancy")).isEqualTo(before);
		assertThat(events.stream(VacancyPublished.class)).isEmpty();
	}

	@Test
	void hiddenVacanciesNeverAppearOnPublicPages() throws Exception {
		VacancyId advertised = create("Näkyvä kokin paikka");
		VacancyId hidden = create("Salainen kokin paikka", "hidden", "true");
		VacancyId draft = create("Luonnos kokin paikasta", "status", "DRAFT");
		assertThat(vacancies.open()).extracting(VacancyView::id).contains(advertised, hidden);

		mvc.perform(get("/public/jobs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Näkyvä kokin paikka")))
			.andExpect(content().string(not(containsString("Salainen kokin paikka"))))
			.andExpect(content().string(not(containsString("Luonnos kokin paikasta"))));
		for (VacancyId id : List.of(hidden, draft)) {
			mvc.perform(get("/public/jobs/" + id.value())).andExpect(status().isNotFound());
			mvc.perform(get("/public/jobs/" + id.value() + "/print")).andExpect(status().isNotFound());
		}
		mvc.perform(form("/vacancies/" + hidden.value() + "/links", "days", "30")).andExpect(status().isFound());
		assertThat(count("job_ad_link where vacancy_id = " + hidden.value())).isZero();

		// Hiding an advertised vacancy takes it off the public pages at once.
		mvc.perform(get("/public/jobs/" + advertised.value())).andExpect(status().isOk());
		mvc.perform(form("/vacancies/" + advertised.value() + "/edit", vacancyForm("Näkyvä kokin paikka", "hidden",
				"true"))).andExpect(status().isFound());
		mvc.perform(get("/public/jobs/" + advertised.value())).andExpect(status().isNotFound());
		mvc.perform(get("/public/jobs")).andExpect(content().string(not(containsString("Näkyvä kokin paikka"))));
	}

	@Test
	void thePublicJobPageEmbedsTheJobPostingAsJsonLd() throws Exception {
		VacancyId id = create("Kokki julkiselle listalle");
		String page = mvc.perform(get("/public/jobs/" + id.value()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
			.matcher(page);
		assertThat(script.find()).isTrue();
		JsonNode posting = json.readTree(script.group(1));
		assertThat(posting.path("@type").asText()).isEqualTo("JobPosting");
		assertThat(posting.path("title").asText()).isEqualTo("Kokki julkiselle listalle");
		assertThat(posting.path("url").asText()).endsWith("/public/jobs/" + id.value());
		assertThat(posting.path("hiringOrganization").path("identifier").path("value").asText())
			.isEqualTo(businessId);
	}

	@Test
	void exportsTheAdAsJsonLdForStaffEvenBeforeItIsPublished() throws Exception {
		VacancyId id = create("Kokki luonnos", "status", "DRAFT", "endDate", LocalDate.now().plusDays(60).toString());
		MvcResult result = mvc.perform(get("/vacancies/" + id.value() + "/ad.jsonld").param("variant", "EN")
			.with(testData.as(advisor))).andExpect(status().isOk()).andReturn();

		assertThat(result.getResponse().getContentType()).startsWith("application/ld+json");
		JsonNode posting = json.readTree(result.getResponse().getContentAsString());
		assertThat(posting.path("title").asText()).isEqualTo("Cook");
		assertThat(posting.path("occupationalCategory").asText()).isEqualTo("5120");
		assertThat(posting.path("employmentType").toString()).isEqualTo("[\"FULL_TIME\",\"TEMPORARY\"]");
		assertThat(posting.path("hiringOrganization").path("name").asText()).isEqualTo("Saimaan Testiravintola Oy");
		assertThat(posting.path("jobLocation").path("address").path("addressCountry").asText()).isEqualTo("FI");
		assertThat(posting.has("url")).isFalse();
		mvc.perform(get("/vacancies/" + id.value() + "/ad.jsonld")).andExpect(status().isFound());
	}

	long phrase(String code) {
		return jdbc.sql("select id from job_ad_phrase where code = :code").param("code", code).query(Long.class).single();
	}

	@Test
	void composesABilingualAdFromThePhraseBankAndOwnSentences() throws Exception {
		VacancyId id = create("Kokki ilmoitukseen");
		String ad = "/vacancies/" + id.value() + "/ad";
		mvc.perform(form(ad + "/phrases", "phraseId", String.valueOf(phrase("duties.role"))))
			.andExpect(status().isFound());
		mvc.perform(form(ad + "/phrases", "phraseId", String.valueOf(phrase("apply.by"))).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-swap-oob=\"true\"")))
			.andExpect(content().string(containsString("Lause lisättiin ilmoitukseen.")))
			.andExpect(content().string(containsString("Apply by " + english(LocalDate.now().plusDays(14)))))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(form(ad + "/sentences", "section", "OFFER", "textFi", "Saat työsuhdepyörän.", "textEn", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tämä tieto on pakollinen.")));
		mvc.perform(form(ad + "/sentences", "section", "OFFER", "textFi", "Saat työsuhdepyörän.", "textEn",
				"You get an employee bicycle."))
			.andExpect(status().isFound());

		String page = mvc.perform(get(ad).with(testData.as(advisor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Haemme työntekijää tehtävään: kokki.", "We are looking for a person to work as: cook.",
				"Etsimme työntekijää. Työ on: kokki.", "Saat työsuhdepyörän.", "You get an employee bicycle.",
				"Hae viimeistään " + finnish(LocalDate.now().plusDays(14)) + ".");
		assertThat(count("job_ad_sentence where vacancy_id = " + id.value())).isEqualTo(3);
		assertThat(audit(id)).filteredOn(line -> line.contains("ad: sentences")).hasSize(3);

		long first = jdbc.sql("select id from job_ad_sentence where vacancy_id = :id and section = 'DUTIES'")
			.param("id", id.value())
			.query(Long.class)
			.single();
		mvc.perform(form(ad + "/sentences/" + first + "/remove")).andExpect(status().isFound());
		assertThat(count("job_ad_sentence where vacancy_id = " + id.value())).isEqualTo(2);
	}

	@Test
	void movesSentencesWithinTheirSection() throws Exception {
		VacancyId id = create("Kokki järjestykseen");
		String ad = "/vacancies/" + id.value() + "/ad";
		for (String code : List.of("offer.permanent", "offer.lunch", "offer.sports")) {
			mvc.perform(form(ad + "/phrases", "phraseId", String.valueOf(phrase(code)))).andExpect(status().isFound());
		}
		long lunch = jdbc.sql("""
				select s.id from job_ad_sentence s join job_ad_phrase p on p.id = s.phrase_id
				where s.vacancy_id = :id and p.code = 'offer.lunch'""")
			.param("id", id.value())
			.query(Long.class)
			.single();
		mvc.perform(form(ad + "/sentences/" + lunch + "/up")).andExpect(status().isFound());

		assertThat(jdbc.sql("""
				select p.code from job_ad_sentence s join job_ad_phrase p on p.id = s.phrase_id
				where s.vacancy_id = :id order by s.position""")
			.param("id", id.value())
			.query(String.class)
			.list()).containsExactly("offer.lunch", "offer.permanent", "offer.sports");
	}

	@Test
	void anEmployerComposesTheAdThroughASelfServiceLinkUntilItIsRevoked() throws Exception {
		VacancyId id = create("Kokki itsepalveluun");
		String link = (String) mvc.perform(form("/vacancies/" + id.value() + "/links", "days", "14"))
			.andExpect(status().isFound())
			.andReturn()
			.getFlashMap()
			.get("newLink");
		String path = link.substring(link.indexOf("/public/ads/"));
		String token = path.substring("/public/ads/".length());
		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		assertThat(jdbc.sql("select count(*) from job_ad_link where token_hash like :token")
			.param("token", "%" + token + "%")
			.query(Long.class)
			.single()).isZero();

		mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tervetuloa, Saimaan Testiravintola Oy.")))
			.andExpect(content().string(containsString("Lausepankki")));
		mvc.perform(anonymous(path + "/phrases", "phraseId", String.valueOf(phrase("company.local"))))
			.andExpect(status().isFound());
		mvc.perform(anonymous(path + "/titles", "titleFi", "Kokki meille", "titleEn", "Cook with us"))
			.andExpect(status().isFound());
		long linkId = jdbc.sql("select id from job_ad_link where vacancy_id = :id")
			.param("id", id.value())
			.query(Long.class)
			.single();
		assertThat(audit(id)).contains(
				"self-service-link-" + linkId + " UPDATE via self-service link " + linkId + ": ad: sentences",
				"self-service-link-" + linkId + " UPDATE via self-service link " + linkId + ": ad: titles");
		mvc.perform(get(path + "/print"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cook with us")))
			.andExpect(content().string(containsString("Saimaan Testiravintola Oy is a local employer based in Mikkeli.")));

		mvc.perform(form("/vacancies/" + id.value() + "/links/" + linkId + "/revoke")).andExpect(status().isFound());
		mvc.perform(get(path)).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Linkki ei ole enää voimassa")));
		mvc.perform(anonymous(path + "/phrases", "phraseId", String.valueOf(phrase("company.family"))))
			.andExpect(status().isNotFound());
		assertThat(count("job_ad_sentence where vacancy_id = " + id.value())).isEqualTo(1);
	}

	@Test
	void aSelfServiceLinkStopsWorkingWhenItExpiresOrTheVacancyIsHidden() throws Exception {
		VacancyId id = create("Kokki vanhenevaan linkkiin");
		String path = ((String) mvc.perform(form("/vacancies/" + id.value() + "/links", "days", "1"))
			.andReturn()
			.getFlashMap()
			.get("newLink")).replaceFirst("^.*(/public/ads/)", "$1");
		mvc.perform(get(path)).andExpect(status().isOk());

		mvc.perform(form("/vacancies/" + id.value() + "/edit", vacancyForm("Kokki vanhenevaan linkkiin", "hidden",
				"true"))).andExpect(status().isFound());
		mvc.perform(get(path)).andExpect(status().isNotFound());
		mvc.perform(form("/vacancies/" + id.value() + "/edit", vacancyForm("Kokki vanhenevaan linkkiin", "version",
				"1"))).andExpect(status().isFound());
		mvc.perform(get(path)).andExpect(status().isOk());

		jdbc.sql("update job_ad_link set expires_at = now() - interval '1 minute' where vacancy_id = :id")
			.param("id", id.value())
			.update();
		mvc.perform(get(path)).andExpect(status().isNotFound());
		mvc.perform(get("/public/ads/not-a-token")).andExpect(status().isNotFound());
		mvc.perform(get("/public/ads/" + "A".repeat(43))).andExpect(status().isNotFound());
	}

	static String finnish(LocalDate date) {
		return date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
	}

	static String english(LocalDate date) {
		return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH));
	}

}
