package fi.kohtaanto.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.LocalDate;

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

}
