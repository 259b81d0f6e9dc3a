package fi.kohtaanto.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import fi.kohtaanto.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DemoDataIntegrationTests {

	@Autowired
	DemoData demoData;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void loadOnce() {
		boolean loaded = jdbc.sql("select count(*) from organisation where short_name = 'Miksei'")
			.query(Long.class)
			.single() > 0;
		if (!loaded) {
			demoData.load(LocalDate.of(2026, 11, 22));
		}
	}

	@Test
	void loadsTheFourOrganisationsTheirStaffAndThirtyClients() {
		assertThat(jdbc.sql("select short_name from organisation where business_id is not null order by short_name")
			.query(String.class)
			.list()).contains("Esedu", "Miksei", "Mikkeli", "Xamk");
		assertThat(jdbc.sql("""
				select count(*) from client c join organisation o on o.id = c.owner_organisation_id
				where o.short_name in ('Esedu', 'Miksei', 'Mikkeli', 'Xamk')""").query(Long.class).single())
			.isEqualTo(DemoData.people().size())
			.isGreaterThanOrEqualTo(30);
		assertThat(jdbc.sql("select count(distinct citizenship) from client").query(Long.class).single())
			.isGreaterThan(15);
	}

	@Test
	void everyDemoClientHasAPathPlanWithAFirstGuidanceAndANextStep() {
		assertThat(jdbc.sql("""
				select count(*) from client c join organisation o on o.id = c.owner_organisation_id
				where o.short_name in ('Esedu', 'Miksei', 'Mikkeli', 'Xamk')
				  and (select count(*) from path_step s where s.client_id = c.id) < 2""").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select distinct status from path_step").query(String.class).list())
			.contains("DONE", "IN_PROGRESS", "PLANNED");
		assertThat(jdbc.sql("select count(distinct step_type) from path_step").query(Long.class).single())
			.isGreaterThanOrEqualTo(6);
		assertThat(jdbc.sql("select count(*) from guidance_session").query(Long.class).single())
			.isGreaterThanOrEqualTo(DemoData.people().size());
	}

	@Test
	void someDemoParticipantsHaveLeftAndShowInTheReport() {
		assertThat(jdbc.sql("select count(*) from participation_exit").query(Long.class).single())
			.isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("select count(*) from report_participant where exit_employed").query(Long.class).single())
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void upcomingEventsHaveParticipantsAndTheFullWorkshopAWaitingList() {
		assertThat(jdbc.sql("select count(*) from event where status = 'PUBLISHED'").query(Long.class).single())
			.isGreaterThanOrEqualTo(5);
		assertThat(jdbc.sql("select count(distinct event_type) from event").query(Long.class).single()).isEqualTo(4);
		assertThat(jdbc.sql("select count(*) from event_registration where status = 'WAITLISTED'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void mostClientsRegisteredForTheMeetAndMatchEventMayBeShownToEmployers() {
		assertThat(jdbc.sql("""
				select count(distinct r.client_id) filter (where exists (select 1 from consent k
				           where k.client_id = r.client_id and k.purpose = 'EMPLOYER_VISIBLE' and k.withdrawn_at is null))
				       || ' of ' || count(distinct r.client_id)
				from event_registration r join event e on e.id = r.event_id
				join organisation o on o.id = e.organisation_id
				where e.event_type = 'MEET_AND_MATCH' and e.title_fi = 'Meet&Match: logistiikka ja palvelut'
				    and o.short_name = 'Miksei' and r.status = 'REGISTERED'""").query(String.class).single())
			.isEqualTo("10 of 13");
	}

	@Autowired
	fi.kohtaanto.catalogue.Catalogue catalogue;

	@Test
	void everyOccupationAndSkillOfTheDemoClientsIsInTheBuiltInTaxonomy() {
		for (DemoData.Person person : DemoData.people()) {
			for (String label : person.occupations()) {
				assertThat(catalogue.resolve(label, fi.kohtaanto.catalogue.ConceptType.OCCUPATION)).as(label).isPresent();
			}
			for (String label : person.skills()) {
				assertThat(catalogue.resolve(label, fi.kohtaanto.catalogue.ConceptType.SKILL)).as(label).isPresent();
			}
		}
	}

	@Autowired
	fi.kohtaanto.feedback.Feedback feedback;

	@Autowired
	fi.kohtaanto.accounts.Accounts accounts;

	@Test
	void feedbackHasClientAndEmployerAnswersWithSomeGroupsTooSmallToShow() throws Exception {
		assertThat(jdbc.sql("""
				select a.respondent_type || ' ' || count(*) from feedback_answer a
				join organisation o on o.id = a.organisation_id
				where o.short_name in ('Esedu', 'Miksei', 'Mikkeli', 'Xamk')
				group by a.respondent_type order by a.respondent_type""").query(String.class).list())
			.containsExactly("CLIENT 59", "EMPLOYER 15");
		assertThat(jdbc.sql("select count(distinct service_kind) from feedback_answer").query(Long.class).single())
			.isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from feedback_answer where improvement is not null")
			.query(Long.class)
			.single()).isGreaterThan(5);

		var coordinator = accounts.all()
			.stream()
			.filter(user -> user.username().equals("coordinator.mikkeli"))
			.findFirst()
			.orElseThrow();
		var reader = new fi.kohtaanto.accounts.CurrentUser(coordinator.id(), coordinator.username(),
				coordinator.displayName(), coordinator.organisation(), fi.kohtaanto.accounts.Role.COORDINATOR);
		var figures = feedback.satisfaction(reader, LocalDate.now(), LocalDate.now());
		assertThat(figures).anyMatch(figure -> figure.suppressed())
			.anyMatch(figure -> !figure.suppressed() && figure.answers() != null && figure.answers() >= 5);

		var login = mvc.perform(formLogin("/login").user("coordinator.mikkeli").password(DemoData.PASSWORD))
			.andExpect(authenticated())
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
		mvc.perform(get("/feedback").param("lang", "en").session(session))
			.andExpect(content().string(org.hamcrest.Matchers.allOf(containsString("Hidden: small group"),
					containsString("Miksei Mikkeli Development Company"), containsString("answers</span>"))));
	}

	@Test
	void demoUsersSignInAndSeeTheirOwnAndSharedClientsOnly() throws Exception {
		var login = mvc.perform(formLogin("/login").user("advisor.miksei").password(DemoData.PASSWORD))
			.andExpect(authenticated().withUsername("advisor.miksei"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
		// Amina Haddad (registered by Mikkeli) shares her record with Miksei; Oleksandr Kovalenko (Xamk) does not.
		mvc.perform(get("/clients").param("q", "Haddad").session(session))
			.andExpect(content().string(containsString("Haddad, Amina")));
		mvc.perform(get("/clients").param("q", "Kovalenko").session(session))
			.andExpect(content().string(not(containsString("Kovalenko, Oleksandr"))));
	}

	@Test
	void loadsADozenEmployersWithContactsOfAllFourOrganisationsSurveysVacanciesAdsAndAgreements() {
		assertThat(DemoEmployers.companies()).hasSizeGreaterThanOrEqualTo(12);
		for (DemoEmployers.Company company : DemoEmployers.companies()) {
			assertThat(fi.kohtaanto.employers.BusinessId.problem(company.businessId())).as(company.name()).isEmpty();
		}
		assertThat(demoCount("employer e where true")).isEqualTo(DemoEmployers.companies().size());
		assertThat(jdbc.sql("""
				select distinct o.short_name from employer_contact c join organisation o on o.id = c.organisation_id
				join employer e on e.id = c.employer_id where e.business_id like '98%'""").query(String.class).list())
			.containsExactlyInAnyOrder("Mikkeli", "Xamk", "Esedu", "Miksei");
		assertThat(demoCount("employer_contact_person x join employer e on e.id = x.employer_id where true"))
			.isGreaterThanOrEqualTo(12);
		assertThat(demoCount("needs_survey x join employer e on e.id = x.employer_id where true")).isGreaterThanOrEqualTo(5);
		assertThat(demoCount("employer_agreement x join employer e on e.id = x.employer_id where true")).isEqualTo(2);
		assertThat(demoCount("vacancy x join employer e on e.id = x.employer_id where true"))
			.isEqualTo(DemoEmployers.jobs().size())
			.isGreaterThanOrEqualTo(15);
		assertThat(jdbc.sql("select distinct kind from vacancy x join employer e on e.id = x.employer_id "
				+ "where e.business_id like '98%'").query(String.class).list())
			.containsExactlyInAnyOrder("JOB", "WORK_TRIAL", "WAGE_SUBSIDY", "APPRENTICESHIP");
		assertThat(demoCount("vacancy x join employer e on e.id = x.employer_id where x.hidden")).isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("""
				select count(*) from job_ad a join vacancy x on x.id = a.vacancy_id join employer e on e.id = x.employer_id
				where e.business_id like '98%' and (select count(*) from job_ad_sentence s where s.vacancy_id = a.vacancy_id) >= 10""")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	long demoCount(String fromWhere) {
		String[] parts = fromWhere.split(" where ", 2);
		return jdbc.sql("select count(*) from " + parts[0] + " where e.business_id like '98%' and " + parts[1])
			.query(Long.class)
			.single();
	}

	@Test
	void everyOccupationAndSkillOfTheDemoVacanciesIsInTheBuiltInTaxonomy() {
		for (DemoEmployers.Job job : DemoEmployers.jobs()) {
			assertThat(catalogue.resolve(job.occupation(), fi.kohtaanto.catalogue.ConceptType.OCCUPATION))
				.as(job.occupation())
				.isPresent();
			for (String label : java.util.stream.Stream.concat(job.required().stream(), job.niceToHave().stream()).toList()) {
				assertThat(catalogue.resolve(label, fi.kohtaanto.catalogue.ConceptType.SKILL)).as(label).isPresent();
			}
		}
	}

	@Test
	void advisorsSeeTheHiddenDemoVacanciesButThePublicJobListDoesNot() throws Exception {
		var login = mvc.perform(formLogin("/login").user("advisor.mikkeli").password(DemoData.PASSWORD)).andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
		mvc.perform(get("/vacancies").param("visibility", "hidden").session(session))
			.andExpect(content().string(containsString("Hitsaaja")));
		List<Long> notPublic = jdbc.sql("""
				select x.id from vacancy x join employer e on e.id = x.employer_id
				where e.business_id like '98%' and (x.hidden or x.status <> 'OPEN')""").query(Long.class).list();
		assertThat(notPublic).hasSizeGreaterThanOrEqualTo(5);
		String list = mvc.perform(get("/public/jobs")).andReturn().getResponse().getContentAsString();
		for (long id : notPublic) {
			assertThat(list).doesNotContain("href=\"/public/jobs/" + id + "\"");
			mvc.perform(get("/public/jobs/" + id)).andExpect(status().isNotFound());
		}
		mvc.perform(get("/public/jobs/" + demoVacancy("Kokki lounasravintolaan")))
			.andExpect(content().string(containsString("application/ld+json")));
	}

	long demoVacancy(String title) {
		return jdbc.sql("select x.id from vacancy x join employer e on e.id = x.employer_id "
				+ "where e.business_id like '98%' and x.title = :title")
			.param("title", title)
			.query(Long.class)
			.single();
	}

}
