package fi.kohtaanto.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import fi.kohtaanto.IntegrationTest;
import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.consent.ConsentPurpose;
import fi.kohtaanto.consent.Consents;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@RecordApplicationEvents
class PathsIntegrationTests {

	static final LocalDate TODAY = LocalDate.now();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Paths paths;

	@Autowired
	Consents consents;

	@Autowired
	ApplicationEvents events;

	OrganisationView home;

	OrganisationView partner;

	CurrentUser advisor;

	CurrentUser partnerAdvisor;

	ClientId client;

	@BeforeEach
	void setUp() {
		home = testData.organisation();
		partner = testData.organisation();
		advisor = testData.advisor(home.id());
		partnerAdvisor = testData.advisor(partner.id());
		client = testData.client(advisor, "Amina", "Haddad");
	}

	String base() {
		return "/clients/" + client.value() + "/path";
	}

	MockHttpServletRequestBuilder addStep(CurrentUser user, String... overrides) {
		MockHttpServletRequestBuilder request = post(base() + "/steps").with(testData.as(user)).with(csrf());
		var params = new java.util.LinkedHashMap<String, String>();
		params.put("type", "WORK_TRIAL");
		params.put("title", "Varastotyö, Logistiikka Oy");
		params.put("responsibleOrganisationId", String.valueOf(home.id().value()));
		params.put("status", "PLANNED");
		params.put("startDate", TODAY.plusDays(14).toString());
		params.put("endDate", TODAY.plusDays(70).toString());
		params.put("notes", "Työkokeilun tavoitteena on trukkikortti.");
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		params.forEach(request::param);
		return request;
	}

	long stepCount() {
		return jdbc.sql("select count(*) from path_step where client_id = :client")
			.param("client", client.value())
			.query(Long.class)
			.single();
	}

	List<String> auditDetails(CurrentUser user) {
		return jdbc.sql("""
				select action || ' ' || details from audit_event
				where subject_type = 'client' and subject_id = :client and actor_username = :username order by id""")
			.param("client", client.value())
			.param("username", user.username())
			.query(String.class)
			.list();
	}

	@Test
	void advisorAddsAStepAndSeesItOnTheTimeline() throws Exception {
		mvc.perform(addStep(advisor)).andExpect(status().isFound()).andExpect(redirectedUrl(base() + "#timeline"));

		mvc.perform(get(base()).with(testData.as(advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Polkusuunnitelma: Amina Haddad")))
			.andExpect(content().string(containsString("Työkokeilu")))
			.andExpect(content().string(containsString("Varastotyö, Logistiikka Oy")))
			.andExpect(content().string(containsString("Suunniteltu")))
			.andExpect(content().string(containsString("class=\"today-marker\"")))
			.andExpect(content().string(containsString(TODAY.plusDays(70).toString())));
		long stepId = paths.plan(advisor, client).get(0).id();
		assertThat(auditDetails(advisor)).contains("CREATE path step " + stepId,
				"VIEW path plan, guidance sessions");
	}

	@Test
	void stepsShowInTimelineOrder() {
		paths.add(advisor, client, new PathStepData(PathStepType.EDUCATION, "B", home.id(), TODAY.plusDays(30), null,
				PathStepStatus.PLANNED, null));
		paths.add(advisor, client, new PathStepData(PathStepType.GUIDANCE, "A", home.id(), TODAY.minusDays(3),
				TODAY, PathStepStatus.DONE, null));
		assertThat(paths.plan(advisor, client)).extracting(step -> step.data().title()).containsExactly("A", "B");
	}

	@Test
	void emptyStepFormGivesLocalisedErrorsAndStoresNothing() throws Exception {
		mvc.perform(post(base() + "/steps").with(testData.as(advisor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Korjaa nämä kohdat")))
			.andExpect(content().string(containsString("Tämä tieto on pakollinen.")));
		assertThat(stepCount()).isZero();
	}

	@Test
	void scriptTagsOverlongNotesAndWrongDatesAreRejected() throws Exception {
		mvc.perform(addStep(advisor, "title", "<script>alert(1)</script>", "notes", "x".repeat(2001), "lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove the characters &lt; and &gt;")))
			.andExpect(content().string(containsString("Use between 0 and 2000 characters.")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
		mvc.perform(addStep(advisor, "startDate", "2026-02-30", "lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the date as YYYY-MM-DD")));
		mvc.perform(addStep(advisor, "endDate", TODAY.toString(), "lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The end date must not be before the start date.")));
		mvc.perform(addStep(advisor, "startDate", "0202-10-01", "lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("between the years 2000 and 2100")));
		mvc.perform(addStep(advisor, "status", "DONE", "startDate", TODAY.minusDays(10).toString(), "endDate", "",
				"lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A step that is done needs an end date.")));
		mvc.perform(addStep(advisor, "responsibleOrganisationId", "987654321", "lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose an organisation of the network.")));
		mvc.perform(addStep(advisor, "type", "SKYDIVING", "lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The value is not in the right format.")));
		assertThat(stepCount()).isZero();
	}

	@Test
	void otherOrganisationCannotSeeOrChangeThePlanEvenByDirectUrl() throws Exception {
		PathStepView step = paths.add(advisor, client, new PathStepData(PathStepType.GUIDANCE, null, home.id(),
				TODAY, null, PathStepStatus.PLANNED, null));

		mvc.perform(get(base()).with(testData.as(partnerAdvisor))).andExpect(status().isNotFound());
		mvc.perform(addStep(partnerAdvisor)).andExpect(status().isNotFound());
		mvc.perform(get(base() + "/steps/" + step.id() + "/edit").with(testData.as(partnerAdvisor)))
			.andExpect(status().isNotFound());
		mvc.perform(post(base() + "/steps/" + step.id() + "/remove").with(testData.as(partnerAdvisor)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post(base() + "/steps/" + step.id() + "/status").param("status", "DONE")
			.with(testData.as(partnerAdvisor))
			.with(csrf())).andExpect(status().isNotFound());

		assertThat(paths.plan(advisor, client)).singleElement()
			.satisfies(unchanged -> assertThat(unchanged.data().status()).isEqualTo(PathStepStatus.PLANNED));
		assertThat(auditDetails(partnerAdvisor)).hasSize(5).allMatch(line -> line.startsWith("ACCESS_DENIED"));
	}

	@Test
	void sharingOrganisationWorksOnThePlanUntilTheClientWithdrawsTheSharing() throws Exception {
		ClientId shared = testData.client(advisor, "Olga", "Petrova", partner.id());
		client = shared;
		mvc.perform(addStep(partnerAdvisor, "responsibleOrganisationId", String.valueOf(partner.id().value())))
			.andExpect(status().isFound());
		assertThat(paths.plan(partnerAdvisor, shared)).hasSize(1);

		long sharing = consents.history(shared)
			.stream()
			.filter(consent -> consent.purpose() == ConsentPurpose.SHARE_WITH_ORGANISATION)
			.findFirst()
			.orElseThrow()
			.id();
		consents.withdraw(advisor, shared, home.id(), sharing);

		mvc.perform(get(base()).with(testData.as(partnerAdvisor))).andExpect(status().isNotFound());
		mvc.perform(get(base()).with(testData.as(advisor))).andExpect(status().isOk());
	}

	@Test
	void withdrawnServiceConsentClosesThePlanAlsoToTheOwnOrganisation() throws Exception {
		long service = consents.history(client)
			.stream()
			.filter(consent -> consent.purpose() == ConsentPurpose.SERVICE)
			.findFirst()
			.orElseThrow()
			.id();
		consents.withdraw(advisor, client, home.id(), service);

		mvc.perform(get(base()).with(testData.as(advisor))).andExpect(status().isNotFound());
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> paths.plan(advisor, client))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void markingAStepDoneEndsItTodayAndPublishesTheCompletion() throws Exception {
		PathStepView step = paths.add(advisor, client, new PathStepData(PathStepType.WORKSHOP, "IWM Pitch", home.id(),
				TODAY.minusDays(2), TODAY.plusDays(5), PathStepStatus.IN_PROGRESS, null));

		mvc.perform(post(base() + "/steps/" + step.id() + "/status").param("status", "DONE")
			.with(testData.as(advisor))
			.with(csrf())).andExpect(status().isFound());

		PathStepView done = paths.plan(advisor, client).get(0);
		assertThat(done.data().status()).isEqualTo(PathStepStatus.DONE);
		assertThat(done.data().endDate()).isEqualTo(TODAY);
		assertThat(events.stream(PathStepCompleted.class))
			.containsExactly(new PathStepCompleted(client, step.id(), PathStepType.WORKSHOP, home.id(), TODAY));
	}

	@Test
	void editKeepsTheUsersInputWhenSomeoneElseSavedFirst() throws Exception {
		PathStepView step = paths.add(advisor, client, new PathStepData(PathStepType.MENTORING, "Alku", home.id(),
				TODAY, null, PathStepStatus.PLANNED, null));
		String edit = base() + "/steps/" + step.id() + "/edit";
		mvc.perform(post(edit).with(testData.as(advisor)).with(csrf()).param("version", "0").param("type", "MENTORING")
			.param("title", "First")
			.param("responsibleOrganisationId", String.valueOf(home.id().value()))
			.param("startDate", TODAY.toString())
			.param("status", "PLANNED")).andExpect(status().isFound());
		mvc.perform(post(edit).with(testData.as(advisor)).with(csrf()).param("version", "0").param("type", "MENTORING")
			.param("title", "Second")
			.param("responsibleOrganisationId", String.valueOf(home.id().value()))
			.param("startDate", TODAY.toString())
			.param("status", "PLANNED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Joku muu muutti vaihetta")))
			.andExpect(content().string(containsString("value=\"Second\"")));
		assertThat(paths.plan(advisor, client).get(0).data().title()).isEqualTo("First");
		assertThat(auditDetails(advisor)).contains("UPDATE path step " + step.id() + " fields: title");
	}

	@Test
	void removingAStepIsAudited() throws Exception {
		PathStepView step = paths.add(advisor, client, new PathStepData(PathStepType.COACHING, null, home.id(), TODAY,
				null, PathStepStatus.PLANNED, null));
		mvc.perform(post(base() + "/steps/" + step.id() + "/remove").with(testData.as(advisor)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(stepCount()).isZero();
		assertThat(auditDetails(advisor)).contains("DELETE path step " + step.id());
	}

	@Test
	void guidanceSessionsAreLoggedWithTheAdvisorAndValidated() throws Exception {
		PathStepView step = paths.add(advisor, client, new PathStepData(PathStepType.GUIDANCE, null, home.id(),
				TODAY, null, PathStepStatus.PLANNED, null));
		mvc.perform(post(base() + "/sessions").with(testData.as(advisor))
			.with(csrf())
			.param("heldOn", TODAY.toString())
			.param("durationMinutes", "45")
			.param("mode", "VIDEO")
			.param("pathStepId", String.valueOf(step.id()))
			.param("summary", "CV päivitetty.")).andExpect(status().isFound());
		mvc.perform(get(base()).with(testData.as(advisor)))
			.andExpect(content().string(containsString("1 ohjauskerta, yhteensä 45 minuuttia")))
			.andExpect(content().string(containsString("Videoyhteydellä")))
			.andExpect(content().string(containsString("CV päivitetty.")));

		ClientId other = testData.client(advisor, "Other", "Client");
		long otherStep = paths.add(advisor, other, new PathStepData(PathStepType.GUIDANCE, null, home.id(), TODAY,
				null, PathStepStatus.PLANNED, null)).id();
		mvc.perform(post(base() + "/sessions").with(testData.as(advisor))
			.with(csrf())
			.param("lang", "en")
			.param("heldOn", TODAY.plusDays(1).toString())
			.param("durationMinutes", "2")
			.param("mode", "VIDEO"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date cannot be in the future.")))
			.andExpect(content().string(containsString("The value must be at least 5.")));
		mvc.perform(post(base() + "/sessions").with(testData.as(advisor))
			.with(csrf())
			.param("lang", "en")
			.param("heldOn", TODAY.toString())
			.param("durationMinutes", "30")
			.param("mode", "PHONE")
			.param("pathStepId", String.valueOf(otherStep)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a step of this client&#39;s plan.")));
		assertThat(jdbc.sql("select count(*) from guidance_session where client_id = :client")
			.param("client", client.value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
