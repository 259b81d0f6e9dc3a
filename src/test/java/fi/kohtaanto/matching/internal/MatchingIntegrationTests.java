package fi.kohtaanto.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fi.kohtaanto.IntegrationTest;
import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.CefrLevel;
import fi.kohtaanto.catalogue.ConceptType;
import fi.kohtaanto.catalogue.IscedLevel;
import fi.kohtaanto.clients.ClientRegistration;
import fi.kohtaanto.clients.Clients;
import fi.kohtaanto.clients.Gender;
import fi.kohtaanto.clients.LabourMarketStatus;
import fi.kohtaanto.consent.ConsentPurpose;
import fi.kohtaanto.consent.Consents;
import fi.kohtaanto.employers.BusinessIds;
import fi.kohtaanto.employers.EmployerData;
import fi.kohtaanto.employers.Employers;
import fi.kohtaanto.employers.Industry;
import fi.kohtaanto.employers.Sector;
import fi.kohtaanto.employers.SizeClass;
import fi.kohtaanto.matching.CandidateSuggestion;
import fi.kohtaanto.matching.Matching;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.VacancyId;
import fi.kohtaanto.vacancies.LanguageRequirement;
import fi.kohtaanto.vacancies.Vacancies;
import fi.kohtaanto.vacancies.VacancyData;
import fi.kohtaanto.vacancies.VacancyKind;
import fi.kohtaanto.vacancies.VacancyStatus;
import fi.kohtaanto.vacancies.WorkingTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Matching end to end on the embedded PostgreSQL: who is suggested, in what order and why, that consent decides and
 * its withdrawal takes effect at once, and the anonymised candidate cards.
 */
@IntegrationTest
class MatchingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Clients clients;

	@Autowired
	Consents consents;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Employers employers;

	@Autowired
	Vacancies vacancies;

	@Autowired
	Matching matching;

	@Autowired
	JdbcClient jdbc;

	OrganisationView home;

	OrganisationView partner;

	CurrentUser advisor;

	CurrentUser partnerAdvisor;

	EmployerId employer;

	VacancyId cookVacancy;

	ClientId amina;

	ClientId bikash;

	ClientId noConsent;

	String uri(String label, ConceptType type) {
		return catalogue.resolve(label, type).orElseThrow().uri();
	}

	ClientId client(CurrentUser user, String name, String occupation, List<String> skills, CefrLevel finnish,
			String municipality, boolean employerVisible) {
		return clients.register(user, new ClientRegistration(name, "Testinen", name.toLowerCase() + "@example.com", null,
				1990, Gender.WOMAN, LabourMarketStatus.UNEMPLOYED, IscedLevel.ISCED_3, "SY", true, municipality,
				LocalDate.now(), null, List.of(new ClientRegistration.Language("fi", finnish)),
				List.of(uri(occupation, ConceptType.OCCUPATION)),
				skills.stream().map(skill -> uri(skill, ConceptType.SKILL)).toList(), LocalDate.now(), List.of(),
				employerVisible, false));
	}

	@BeforeEach
	void setUp() {
		home = testData.organisation();
		partner = testData.organisation();
		advisor = testData.advisor(home.id());
		partnerAdvisor = testData.advisor(partner.id());
		employer = employers.register(advisor, new EmployerData("Matchtest Keittiö Oy", BusinessIds.next(), Industry.I,
				SizeClass.SMALL, Sector.PRIVATE_COMPANY, "491"));
		cookVacancy = vacancies.create(advisor, new VacancyData(employer, "Kokki (matchtest)", VacancyKind.JOB, false,
				VacancyStatus.OPEN, uri("cook", ConceptType.OCCUPATION),
				List.of(uri("comply with food safety and hygiene", ConceptType.SKILL),
						uri("food hygiene rules", ConceptType.SKILL)),
				List.of(), List.of(new LanguageRequirement("fi", CefrLevel.B1)), "491", 1, WorkingTime.FULL_TIME,
				LocalDate.now().plusDays(14), LocalDate.now().plusDays(7), null, "rekry@example.com", null));
		amina = client(advisor, "Amina", "cook", List.of("comply with food safety and hygiene", "food hygiene rules"),
				CefrLevel.B1, "491", true);
		bikash = client(partnerAdvisor, "Bikash", "kitchen assistant", List.of("food hygiene rules"), CefrLevel.A2,
				"213", true);
		noConsent = client(advisor, "Noora", "cook", List.of("comply with food safety and hygiene", "food hygiene rules"),
				CefrLevel.C1, "491", false);
	}

	List<ClientId> suggested(CurrentUser user) {
		return matching.candidates(user, cookVacancy, 50)
			.stream()
			.map(suggestion -> suggestion.client() != null ? suggestion.client().id() : null)
			.toList();
	}

	@Test
	void ranksConsentingCandidatesAndExplainsWhy() {
		List<CandidateSuggestion> suggestions = matching.candidates(advisor, cookVacancy, 50)
			.stream()
			.filter(s -> s.pseudonym().equals(matching.pseudonym(amina)) || s.pseudonym().equals(matching.pseudonym(bikash))
					|| s.pseudonym().equals(matching.pseudonym(noConsent)))
			.toList();
		assertThat(suggestions).extracting(CandidateSuggestion::pseudonym)
			.containsExactly(matching.pseudonym(amina), matching.pseudonym(bikash));
		CandidateSuggestion best = suggestions.get(0);
		CandidateSuggestion second = suggestions.get(1);
		assertThat(best.client()).as("own client by name").isNotNull();
		assertThat(best.client().id()).isEqualTo(amina);
		assertThat(second.client()).as("the partner's client only by pseudonym").isNull();
		assertThat(second.owner()).isEqualTo(partner.id());
		assertThat(best.score()).isGreaterThan(second.score());
		assertThat(best.explanation().skillsMet()).isEqualTo(2);
		assertThat(best.explanation().occupation()).isEqualTo("SAME_OCCUPATION");
		assertThat(best.explanation().location()).isEqualTo("SAME_MUNICIPALITY");
		assertThat(best.explanation().languages()).singleElement().satisfies(language -> assertThat(language.met()).isTrue());
		assertThat(second.explanation().location()).isEqualTo("SAME_SUB_REGION");
		assertThat(second.explanation().languages()).singleElement().satisfies(language -> {
			assertThat(language.met()).isFalse();
			assertThat(language.has()).isEqualTo(CefrLevel.A2);
			assertThat(language.needs()).isEqualTo(CefrLevel.B1);
		});
		assertThat(second.explanation().skills())
			.anySatisfy(skill -> assertThat(skill.kind()).isIn("MISSING", "IMPLIED_ESSENTIAL", "IMPLIED_OPTIONAL"));
	}

	@Test
	void withdrawingTheConsentToEmployersRemovesTheClientAtOnce() {
		assertThat(suggested(advisor)).contains(amina);
		long consent = consents.history(amina)
			.stream()
			.filter(c -> c.purpose() == ConsentPurpose.EMPLOYER_VISIBLE && c.active())
			.findFirst()
			.orElseThrow()
			.id();
		consents.withdraw(advisor, amina, home.id(), consent);
		assertThat(suggested(advisor)).doesNotContain(amina);
		assertThat(matching.employerScores(List.of(amina, bikash), List.of(employer))).containsOnlyKeys(bikash);

		consents.give(advisor, amina, home.id(), ConsentPurpose.EMPLOYER_VISIBLE, null, LocalDate.now());
		assertThat(suggested(advisor)).contains(amina);
	}

	@Test
	void candidatePageShowsNamesOnlyOfOwnClientsAndIsAudited() throws Exception {
		mvc.perform(get("/vacancies/" + cookVacancy.value() + "/candidates").param("lang", "en").with(testData.as(advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Amina Testinen")))
			.andExpect(content().string(containsString(matching.pseudonym(bikash))))
			.andExpect(content().string(not(containsString("Bikash"))))
			.andExpect(content().string(not(containsString("Noora"))))
			.andExpect(content().string(containsString("Lives in the same municipality.")));
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'LIST' and actor_username = :user
				  and details = :details and :bikash = any(subject_ids)""")
			.param("user", advisor.username())
			.param("details", "matching candidates of vacancy " + cookVacancy.value())
			.param("bikash", bikash.value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void clientPageListsFittingVacanciesEvenWithoutTheConsentToEmployers() throws Exception {
		mvc.perform(get("/clients/" + noConsent.value() + "/matches").param("lang", "en").with(testData.as(advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kokki (matchtest)")))
			.andExpect(content().string(containsString("has not consented to be shown to employers")));
		mvc.perform(get("/clients/" + amina.value() + "/matches").with(testData.as(partnerAdvisor)))
			.andExpect(status().isNotFound());
	}

	@Test
	void employerScoresRankTheBetterFit() {
		Map<ClientId, Map<EmployerId, Integer>> scores = matching.employerScores(List.of(amina, bikash, noConsent),
				List.of(employer));
		assertThat(scores).containsOnlyKeys(amina, bikash);
		assertThat(scores.get(amina).get(employer)).isGreaterThan(scores.get(bikash).get(employer));
	}

	@Test
	void anonymisedCardShowsSkillsWithoutIdentityAndStopsWhenConsentGoes() throws Exception {
		var shared = mvc.perform(post("/clients/" + amina.value() + "/cards").with(testData.as(advisor))
			.with(csrf())
			.param("employerId", String.valueOf(employer.value()))
			.param("vacancyId", String.valueOf(cookVacancy.value()))
			.param("days", "14"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashMessage", "card.sharedDone"))
			.andReturn();
		String link = (String) shared.getFlashMap().get("cardLink");
		String path = link.substring(link.indexOf("/public/cards/"));

		mvc.perform(get(path).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(matching.pseudonym(amina))))
			.andExpect(content().string(containsString("comply with food safety and hygiene")))
			.andExpect(content().string(containsString("Finnish")))
			.andExpect(content().string(not(containsString("Amina"))))
			.andExpect(content().string(not(containsString("Testinen"))))
			.andExpect(content().string(not(containsString("amina@example.com"))))
			.andExpect(content().string(not(containsString("1990"))));
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'DISCLOSE' and subject_id = :id")
			.param("id", amina.value())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select view_count from candidate_card where client_id = :id")
			.param("id", amina.value())
			.query(Integer.class)
			.single()).isEqualTo(1);

		long consent = consents.history(amina)
			.stream()
			.filter(c -> c.purpose() == ConsentPurpose.EMPLOYER_VISIBLE && c.active())
			.findFirst()
			.orElseThrow()
			.id();
		consents.withdraw(advisor, amina, home.id(), consent);
		mvc.perform(get(path).param("lang", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This candidate card is not available")));
	}

	@Test
	void noCardWithoutConsentAndRevokedCardsStop() throws Exception {
		mvc.perform(post("/clients/" + noConsent.value() + "/cards").with(testData.as(advisor))
			.with(csrf())
			.param("employerId", String.valueOf(employer.value())))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashMessage", "card.noConsent"));
		assertThat(jdbc.sql("select count(*) from candidate_card where client_id = :id")
			.param("id", noConsent.value())
			.query(Long.class)
			.single()).isZero();

		var shared = mvc.perform(post("/clients/" + amina.value() + "/cards").with(testData.as(advisor))
			.with(csrf())
			.param("employerId", String.valueOf(employer.value()))).andReturn();
		String link = (String) shared.getFlashMap().get("cardLink");
		long card = jdbc.sql("select id from candidate_card where client_id = :id")
			.param("id", amina.value())
			.query(Long.class)
			.single();
		mvc.perform(post("/clients/" + amina.value() + "/cards/" + card + "/revoke").with(testData.as(advisor)).with(csrf()))
			.andExpect(status().isFound());
		mvc.perform(get(link.substring(link.indexOf("/public/cards/")))).andExpect(status().isNotFound());
		mvc.perform(get("/public/cards/not-a-token")).andExpect(status().isNotFound());
	}


}
