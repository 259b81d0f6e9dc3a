package fi.kohtaanto.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.kohtaanto.FormPost;
import fi.kohtaanto.IntegrationTest;
import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.accounts.Role;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class EmployersIntegrationTests {

	static final String HYGIENE = "http://data.europa.eu/esco/skill/791fa659-3382-49f8-a8dd-505226d0da48";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Employers employers;

	OrganisationView home;

	CurrentUser advisor;

	@BeforeEach
	void setUp() {
		home = testData.organisation();
		advisor = testData.advisor(home.id());
	}

	MockHttpServletRequestBuilder form(CurrentUser user, String url, String... params) {
		return FormPost.of(testData.as(user), url, params);
	}

	ResultActions register(String name, String businessId, String... overrides) throws Exception {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("name", name);
		params.put("businessId", businessId);
		params.put("industry", "I");
		params.put("municipalityCode", "491");
		params.put("sizeClass", "SMALL");
		params.put("sector", "PRIVATE_COMPANY");
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		return mvc.perform(form(advisor, "/employers/new",
				params.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray(String[]::new)));
	}

	long registered(String name, String businessId) throws Exception {
		String location = register(name, businessId).andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/employers/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	List<String> audit(String subjectType, long id) {
		return jdbc.sql("select action || ' ' || details from audit_event where subject_type = :type and subject_id = :id order by id")
			.param("type", subjectType)
			.param("id", id)
			.query(String.class)
			.list();
	}

	@Test
	void registersAnEmployerWithTheBusinessIdNormalisedAndAuditsIt() throws Exception {
		String businessId = BusinessIds.next();
		long id = registered("Saimaan Testikeittiö Oy", "  " + businessId.substring(1) + " ");

		assertThat(jdbc.sql("select business_id from employer where id = :id").param("id", id).query(String.class).single())
			.isEqualTo(businessId);
		assertThat(employers.find(EmployerId.of(id))).hasValueSatisfying(view -> {
			assertThat(view.businessId()).isEqualTo(businessId);
			assertThat(view.createdBy()).isEqualTo(home.id());
			assertThat(view.sme()).isTrue();
		});
		assertThat(audit("employer", id)).containsExactly("CREATE registry");
		mvc.perform(get("/employers/" + id).with(testData.as(advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Saimaan Testikeittiö Oy")))
			.andExpect(content().string(containsString("I – Majoitus- ja ravitsemistoiminta")))
			.andExpect(content().string(containsString("Pk-yritys")));
	}

	@Test
	void explainsEachKindOfInvalidBusinessIdAndStoresNothing() throws Exception {
		long before = count("employer");
		register("Virheellinen Oy", "0112038-8").andExpect(status().isOk())
			.andExpect(content().string(containsString("Korjaa nämä kohdat")))
			.andExpect(content().string(containsString("Tarkistusmerkki (viimeinen numero) ei täsmää")));
		register("Virheellinen Oy", "1000008-0").andExpect(status().isOk())
			.andExpect(content().string(containsString("Tällaista Y-tunnusta ei voi olla")));
		register("Virheellinen Oy", "O112038-9").andExpect(status().isOk())
			.andExpect(content().string(containsString("Kirjoita Y-tunnus muodossa seitsemän numeroa")));
		mvc.perform(form(advisor, "/employers/new?lang=en", "name", "Invalid Ltd", "businessId", "01120389",
				"industry", "I", "municipalityCode", "491", "sizeClass", "SMALL", "sector", "PRIVATE_COMPANY"))
			.andExpect(content().string(containsString("Enter the business ID as seven digits")));
		mvc.perform(form(advisor, "/employers/new?lang=sv", "name", "Ogiltig Ab", "businessId", "2472908-3",
				"industry", "I", "municipalityCode", "491", "sizeClass", "SMALL", "sector", "PRIVATE_COMPANY"))
			.andExpect(content().string(containsString("Kontrollsiffran (den sista siffran) stämmer inte")));
		assertThat(count("employer")).isEqualTo(before);
	}

	@Test
	void refusesASecondEmployerWithTheSameBusinessId() throws Exception {
		String businessId = BusinessIds.next();
		long first = registered("Ensimmäinen Oy", businessId);
		long before = count("employer");

		register("Toinen Oy", " " + businessId.substring(1)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Työnantaja, jolla on tämä Y-tunnus, on jo tallennettu.")))
			.andExpect(content().string(containsString("/employers/" + first)));
		assertThat(count("employer")).isEqualTo(before);
		assertThatThrownBy(() -> employers.register(advisor, new EmployerData("Kolmas Oy", businessId, Industry.C,
				SizeClass.MICRO, Sector.PRIVATE_COMPANY, "491")))
			.isInstanceOfSatisfying(DuplicateEmployerException.class,
					ex -> assertThat(ex.existing()).isEqualTo(EmployerId.of(first)));
	}

	@Test
	void rejectsMarkupMissingChoicesAndUnknownMunicipalitiesAndStoresNothing() throws Exception {
		long before = count("employer");
		register("<script>alert(1)</script>", BusinessIds.next(), "municipalityCode", "999", "industry", "",
				"sector", "").andExpect(status().isOk())
			.andExpect(content().string(containsString("Poista merkit")))
			.andExpect(content().string(containsString("Valitse kunta listasta.")))
			.andExpect(content().string(containsString("Tämä tieto on pakollinen.")));
		register("x".repeat(201), BusinessIds.next()).andExpect(status().isOk())
			.andExpect(content().string(containsString("Kirjoita 0–200 merkkiä.")));
		assertThat(count("employer")).isEqualTo(before);
	}

	@Test
	void adminsDoNotWorkWithEmployers() throws Exception {
		CurrentUser admin = testData.user(home.id(), Role.ADMIN);
		mvc.perform(get("/employers").with(testData.as(admin))).andExpect(status().isForbidden());
		mvc.perform(get("/vacancies").with(testData.as(admin))).andExpect(status().isForbidden());
		assertThatThrownBy(() -> employers.register(admin, new EmployerData("Admin Oy", BusinessIds.next(),
				Industry.C, SizeClass.MICRO, Sector.PRIVATE_COMPANY, "491")))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void auditsTheDisplayOfContactPersonsAndNamesChangedFieldsWithoutValues() throws Exception {
		long id = registered("Yhteyshenkilö Oy", BusinessIds.next());
		mvc.perform(form(advisor, "/employers/" + id + "/people", "name", "Maija Meikäläinen", "title", "HR",
				"email", "maija@example.fi", "phone", "+358 40 123 4567", "preferredLanguage", "sv"))
			.andExpect(status().isFound());
		long personId = jdbc.sql("select id from employer_contact_person where employer_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();

		CurrentUser partner = testData.advisor(testData.organisation().id());
		mvc.perform(get("/employers/" + id).with(testData.as(partner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Maija Meikäläinen")))
			.andExpect(content().string(containsString("ruotsi")));
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'LIST' and subject_type = 'employer_contact_person'
				    and :person = any(subject_ids) and actor_username = :username""")
			.param("person", personId)
			.param("username", partner.username())
			.query(Long.class)
			.single()).isEqualTo(1);

		mvc.perform(form(advisor, "/employers/" + id + "/edit", "name", "Uusi Nimi Oy", "businessId",
				employers.find(EmployerId.of(id)).orElseThrow().businessId(), "industry", "Q", "municipalityCode",
				"491", "sizeClass", "SMALL", "sector", "PRIVATE_COMPANY", "version", "0"))
			.andExpect(status().isFound());
		assertThat(audit("employer", id)).containsExactly("CREATE registry", "UPDATE fields: name, industry");
		assertThat(jdbc.sql("select count(*) from audit_event where details like '%Uusi Nimi%' or details like '%Maija%'")
			.query(Long.class)
			.single()).isZero();

		mvc.perform(get("/employers/" + id + "/people/" + personId + "/edit").with(testData.as(advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"maija@example.fi\"")));
		String[] edit = { "name", "Maija Meikäläinen", "title", "HR manager", "email", "maija@example.fi", "phone",
				"+358 40 765 4321", "preferredLanguage", "sv" };
		mvc.perform(form(advisor, "/employers/" + id + "/people/" + personId + "/edit", edit))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/employers/" + id + "#people"));
		// Bad input: a clear error on the form, and nothing of it stored.
		mvc.perform(form(advisor, "/employers/" + id + "/people/" + personId + "/edit", "name",
				"<script>alert(1)</script>", "title", "", "email", "not an address", "phone", "+358 40 765 4321",
				"preferredLanguage", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"error-summary\"")));
		assertThat(jdbc.sql("select name || '|' || title || '|' || phone from employer_contact_person where id = :id")
			.param("id", personId)
			.query(String.class)
			.single()).isEqualTo("Maija Meikäläinen|HR manager|+358 40 765 4321");
		// Another employer's address for the same person finds nothing.
		long other = registered("Toinen Yhteys Oy", BusinessIds.next());
		mvc.perform(get("/employers/" + other + "/people/" + personId + "/edit").with(testData.as(advisor)))
			.andExpect(status().isNotFound());

		mvc.perform(form(advisor, "/employers/" + id + "/people/" + personId + "/remove")).andExpect(status().isFound());
		assertThat(count("employer_contact_person where id = " + personId)).isZero();
		assertThat(audit("employer_contact_person", personId)).containsExactly("CREATE employer " + id,
				"VIEW employer " + id, "UPDATE employer " + id + ", fields: title, phone", "DELETE employer " + id);
	}

	@Test
	void refusesAnEditOfAnEmployerSomeoneElseSavedMeanwhile() throws Exception {
		long id = registered("Versio Oy", BusinessIds.next());
		String businessId = employers.find(EmployerId.of(id)).orElseThrow().businessId();
		String[] edit = { "businessId", businessId, "industry", "I", "municipalityCode", "491", "sizeClass", "SMALL",
				"sector", "PRIVATE_COMPANY", "version", "0" };
		mvc.perform(form(advisor, "/employers/" + id + "/edit", concat(edit, "name", "Versio Kaksi Oy")))
			.andExpect(status().isFound());
		mvc.perform(form(advisor, "/employers/" + id + "/edit", concat(edit, "name", "Versio Kolme Oy")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Joku muu tallensi")));
		assertThat(employers.find(EmployerId.of(id)).orElseThrow().name()).isEqualTo("Versio Kaksi Oy");
	}

	static String[] concat(String[] params, String... more) {
		return java.util.stream.Stream.concat(java.util.Arrays.stream(params), java.util.Arrays.stream(more))
			.toArray(String[]::new);
	}

	@Test
	void recordsContactsInTheNameOfTheUsersOrganisation() throws Exception {
		long id = registered("Käynti Oy", BusinessIds.next());
		OrganisationView partnerOrganisation = testData.organisation();
		CurrentUser partner = testData.advisor(partnerOrganisation.id());
		mvc.perform(form(partner, "/employers/" + id + "/contacts", "date", LocalDate.now().toString(), "kind",
				"VISIT", "topic", "Rekrytointitarpeet", "notes", "Kävimme tehtaalla."))
			.andExpect(status().isFound());
		mvc.perform(form(partner, "/employers/" + id + "/contacts", "date", LocalDate.now().plusDays(3).toString(),
				"kind", "PHONE", "topic", "")).andExpect(status().isOk());

		assertThat(jdbc.sql("select organisation_id || ' ' || username || ' ' || kind from employer_contact where employer_id = :id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly(partnerOrganisation.id().value() + " " + partner.username() + " VISIT");
		mvc.perform(get("/employers/" + id).with(testData.as(advisor)))
			.andExpect(content().string(containsString("Rekrytointitarpeet")))
			.andExpect(content().string(containsString(partnerOrganisation.shortName())));
	}

	@Test
	void storesANeedsSurveyAndSummarisesEachEmployersLatestSurveyForCoordinators() throws Exception {
		long first = registered("Tarve Oy", BusinessIds.next());
		long second = registered("Toinen Tarve Oy", BusinessIds.next());
		String[] survey = { "occupations[0].uriText", "kokki", "occupations[0].people", "3", "occupations[0].timing",
				"NOW", "skills[0].uri", HYGIENE, "skills[0].uriText", "food hygiene rules", "languages[0].code", "fi",
				"languages[0].level", "B1", "readiness", "READY", "workTrials", "YES" };
		mvc.perform(form(advisor, "/employers/" + first + "/surveys/new", concat(survey, "date", "2001-05-02")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/employers/" + first + "/surveys/*"));
		mvc.perform(form(advisor, "/employers/" + first + "/surveys/new", concat(survey, "date", "2001-05-01",
				"occupations[0].uriText", "hitsaaja")))
			.andExpect(status().isFound());
		mvc.perform(form(advisor, "/employers/" + second + "/surveys/new", concat(survey, "date", "2001-05-03",
				"occupations[0].people", "2", "occupations[0].timing", "LATER", "readiness", "INTERESTED")))
			.andExpect(status().isFound());
		long surveyId = jdbc.sql("select id from needs_survey where employer_id = :id and survey_date = '2001-05-02'")
			.param("id", first)
			.query(Long.class)
			.single();
		mvc.perform(get("/employers/" + first + "/surveys/" + surveyId).with(testData.as(advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("kokki")))
			.andExpect(content().string(containsString("elintarvikehygieniaa koskevat määräykset")))
			.andExpect(content().string(containsString("vähintään B1")));
		assertThat(audit("employer", first)).contains("CREATE needs survey " + surveyId);

		mvc.perform(get("/employers/needs").param("from", "2001-05-01").param("to", "2001-05-31")
			.with(testData.as(advisor))).andExpect(status().isForbidden());
		CurrentUser coordinator = testData.user(home.id(), Role.COORDINATOR);
		String page = mvc
			.perform(get("/employers/needs").param("from", "2001-05-01").param("to", "2001-05-31")
				.with(testData.as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kartoitettuja työnantajia 2 aikavälillä 2001-05-01–2001-05-31.")))
			.andExpect(content().string(not(containsString("hitsaaja"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// kokki: both employers' latest surveys, 3 + 2 people, 3 of them now.
		assertThat(page.replaceAll("\\s+", " ")).contains(
				"<th scope=\"row\">kokki</th> <td>2</td> <td>5</td> <td>3</td>",
				"<th scope=\"row\">Valmis palkkaamaan</th> <td>1</td>",
				"<th scope=\"row\">Kiinnostunut</th> <td>1</td>");
	}

	@Test
	void anInvalidNeedsSurveyExplainsTheRowsAndStoresNothing() throws Exception {
		long id = registered("Virhe Tarve Oy", BusinessIds.next());
		long before = count("needs_survey");
		mvc.perform(form(advisor, "/employers/" + id + "/surveys/new", "date", LocalDate.now().plusDays(1).toString(),
				"occupations[0].uriText", "xyzzy-ammatti", "skills[1].uri",
				"http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e", "languages[0].level", "B1",
				"languages[1].code", "fi", "languages[1].level", "A2", "languages[2].code", "fi", "languages[2].level",
				"B2", "readiness", "READY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Luokituksesta ei löydy tätä.")))
			.andExpect(content().string(containsString("Valitse kieli, jota taso koskee.")))
			.andExpect(content().string(containsString("Tämä kieli on jo listassa.")))
			.andExpect(content().string(containsString("Päivämäärä ei voi olla tulevaisuudessa.")))
			.andExpect(content().string(containsString("href=\"#occupations0.uriText\"")))
			.andExpect(content().string(containsString("id=\"occupations0.uriText\"")));
		assertThat(count("needs_survey")).isEqualTo(before);
	}

	@Test
	void storesAgreementsAndRefusesOnesThatEndBeforeTheyStart() throws Exception {
		long id = registered("Sopimus Oy", BusinessIds.next());
		long before = count("employer_agreement");
		mvc.perform(form(advisor, "/employers/" + id + "/agreements/new", "partnerOrganisationId",
				String.valueOf(home.id().value()), "places", "2", "instructorTraining", "PLANNED", "periodStart",
				"2027-01-01", "periodEnd", "2026-12-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Päättymispäivä ei voi olla ennen alkamispäivää.")))
			.andExpect(content().string(containsString("Valitse vähintään yksi vaihtoehto.")));
		assertThat(count("employer_agreement")).isEqualTo(before);

		mvc.perform(form(advisor, "/employers/" + id + "/agreements/new", "partnerOrganisationId",
				String.valueOf(home.id().value()), "workTrials", "true", "places", "2", "instructorTraining", "PLANNED",
				"periodStart", "2027-01-01", "periodEnd", "2027-12-31", "tasks", "Kahvilatyöt"))
			.andExpect(status().isFound());
		long agreementId = jdbc.sql("select id from employer_agreement where employer_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		mvc.perform(form(advisor, "/employers/" + id + "/agreements/" + agreementId + "/edit", "partnerOrganisationId",
				String.valueOf(home.id().value()), "workTrials", "true", "places", "3", "instructorTraining", "DONE",
				"periodStart", "2027-01-01", "periodEnd", "2027-12-31", "tasks", "Kahvilatyöt", "signedOn",
				LocalDate.now().toString()))
			.andExpect(status().isFound());
		assertThat(audit("employer", id)).containsExactly("CREATE registry", "CREATE agreement " + agreementId,
				"UPDATE agreement " + agreementId + " fields: places, instructorTraining, signedOn");
		mvc.perform(get("/employers/" + id).with(testData.as(advisor)))
			.andExpect(content().string(containsString("Kahvilatyöt")))
			.andExpect(content().string(containsString("Suoritettu")));
	}

	@Test
	void reportsContactsSurveysAndSignedAgreementsAsSupportOfTheirDay() {
		EmployerId employer = employers.register(advisor, new EmployerData("Tuki Oy", BusinessIds.next(), Industry.O,
				SizeClass.LARGE, Sector.PUBLIC_ADMINISTRATION, "491"));
		LocalDate day = LocalDate.of(2002, 3, 4);
		employers.recordContact(advisor, employer, new ContactData(day, ContactKind.EVENT, "Messut", null));
		employers.recordNeedsSurvey(advisor, employer, new NeedsSurveyData(day.plusDays(1), List.of(), List.of(),
				HiringReadiness.INTERESTED, WorkTrialWillingness.MAYBE, null));
		employers.addAgreement(advisor, employer, new AgreementData(home.id(), true, false, false, 1, null,
				InstructorTraining.NOT_PLANNED, day, null, day.plusDays(2), null));
		employers.addAgreement(advisor, employer, new AgreementData(home.id(), true, false, false, 1, null,
				InstructorTraining.NOT_PLANNED, day, null, null, null));

		assertThat(employers.supportBetween(day, day.plusDays(2))).containsExactly(
				new EmployerSupport(employer, home.id(), day, SupportKind.CONTACT),
				new EmployerSupport(employer, home.id(), day.plusDays(1), SupportKind.NEEDS_SURVEY),
				new EmployerSupport(employer, home.id(), day.plusDays(2), SupportKind.AGREEMENT));
		assertThat(employers.supportBetween(day.plusDays(1), day.plusDays(1))).hasSize(1);
		assertThat(employers.contactsBetween(day, day))
			.containsExactly(new EmployerContact(employer, home.id(), day, ContactKind.EVENT));
		assertThat(employers.find(employer).orElseThrow().publicAdministration()).isTrue();
	}

	@Test
	void pagesTheListAndKeepsTheFilterOnEveryPage() throws Exception {
		String prefix = fi.kohtaanto.TestData.unique("Sivutus");
		for (int i = 0; i < 26; i++) {
			employers.register(advisor, new EmployerData(prefix + String.format(" %02d Oy", i), BusinessIds.next(),
					Industry.C, SizeClass.MICRO, Sector.PRIVATE_COMPANY, "491"));
		}
		// In the query string, as a browser sends a GET form: the pager keeps what it finds there.
		String first = mvc.perform(get("/employers?q={q}&industry=C", prefix).with(testData.as(advisor)))
			.andExpect(content().string(containsString("26 tulosta")))
			.andExpect(content().string(containsString("Sivu 1/2")))
			.andExpect(content().string(containsString(prefix + " 24 Oy")))
			.andExpect(content().string(not(containsString(prefix + " 25 Oy"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher next = java.util.regex.Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\"").matcher(first);
		assertThat(next.find()).isTrue();
		String href = org.springframework.web.util.HtmlUtils.htmlUnescape(next.group(1));
		assertThat(href).contains("q=" + prefix).contains("industry=C").contains("page=1");
		mvc.perform(get(java.net.URI.create(href)).with(testData.as(advisor)))
			.andExpect(content().string(containsString(prefix + " 25 Oy")))
			.andExpect(content().string(not(containsString(prefix + " 24 Oy"))))
			.andExpect(content().string(containsString("Sivu 2/2")));
	}

}
