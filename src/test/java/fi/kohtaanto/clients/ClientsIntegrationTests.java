package fi.kohtaanto.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import fi.kohtaanto.IntegrationTest;
import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.accounts.Role;
import fi.kohtaanto.organisations.OrganisationView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class ClientsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcClient jdbc;

	OrganisationView home;

	OrganisationView partner;

	CurrentUser advisor;

	CurrentUser partnerAdvisor;

	@BeforeEach
	void setUp() {
		home = testData.organisation();
		partner = testData.organisation();
		advisor = testData.advisor(home.id());
		partnerAdvisor = testData.advisor(partner.id());
	}

	MockHttpServletRequestBuilder intake(CurrentUser user, String firstName, String lastName, String... overrides) {
		var params = new java.util.LinkedHashMap<String, String>();
		params.put("firstName", firstName);
		params.put("lastName", lastName);
		params.put("birthYear", "1990");
		params.put("gender", "WOMAN");
		params.put("labourMarketStatus", "UNEMPLOYED");
		params.put("iscedLevel", "ISCED_6");
		params.put("citizenship", "SY");
		params.put("foreignBackground", "true");
		params.put("municipalityCode", "491");
		params.put("entryDate", LocalDate.now().toString());
		params.put("finnishLevel", "A2");
		params.put("otherLanguages[0].code", "ar");
		params.put("otherLanguages[0].level", "NATIVE");
		params.put("otherLanguages[1].code", "en");
		params.put("otherLanguages[1].level", "B2");
		params.put("serviceConsent", "true");
		params.put("consentDate", LocalDate.now().toString());
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/clients/new").with(testData.as(user)).with(csrf());
		params.forEach(request::param);
		return request;
	}

	long register(CurrentUser user, String firstName, String lastName) throws Exception {
		String location = mvc.perform(intake(user, firstName, lastName))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/clients/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	long clientCount() {
		return jdbc.sql("select count(*) from client").query(Long.class).single();
	}

	@Test
	void advisorRegistersClientWithConsentAndSeesTheRecord() throws Exception {
		long id = register(advisor, "Amina", "Haddad");

		mvc.perform(get("/clients/" + id).with(testData.as(advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Amina Haddad")))
			.andExpect(content().string(containsString("Kolmannen maan kansalainen")))
			.andExpect(content().string(containsString("B2 – hyvä keskitaso")))
			.andExpect(content().string(containsString("Voimassa")));
		assertThat(jdbc.sql("select level from client_language where client_id = :id order by position")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("A2", "NATIVE", "B2");
		assertThat(jdbc.sql("select action from audit_event where subject_type = 'client' and subject_id = :id order by id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("CREATE", "CONSENT_GIVEN", "VIEW");
	}

	@Test
	void otherOrganisationSeesNothingWithoutSharingConsentEvenByDirectUrl() throws Exception {
		long id = register(advisor, "Olga", "Petrova");

		mvc.perform(get("/clients/" + id).with(testData.as(partnerAdvisor))).andExpect(status().isNotFound());
		mvc.perform(get("/clients/" + id + "/edit").with(testData.as(partnerAdvisor))).andExpect(status().isNotFound());
		mvc.perform(post("/clients/" + id + "/edit").with(testData.as(partnerAdvisor))
			.with(csrf())
			.param("firstName", "Changed")).andExpect(status().isNotFound());
		mvc.perform(get("/clients").with(testData.as(partnerAdvisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Petrova"))));
		assertThat(jdbc.sql("select first_name from client where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("Olga");
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'ACCESS_DENIED' and subject_id = :id
				    and actor_username = :username""")
			.param("id", id)
			.param("username", partnerAdvisor.username())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void sharingConsentGivesAccessAndItsWithdrawalTakesItAwayAtOnce() throws Exception {
		long id = register(advisor, "Mehmet", "Yilmaz");
		mvc.perform(post("/clients/" + id + "/consents").with(testData.as(advisor))
			.with(csrf())
			.param("purpose", "SHARE_WITH_ORGANISATION")
			.param("organisationId", String.valueOf(partner.id().value()))
			.param("givenOn", LocalDate.now().toString())).andExpect(status().isFound());

		mvc.perform(get("/clients/" + id).with(testData.as(partnerAdvisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mehmet Yilmaz")));
		mvc.perform(get("/clients").param("q", "yilmaz").with(testData.as(partnerAdvisor)))
			.andExpect(content().string(containsString("Yilmaz, Mehmet")));

		long consentId = jdbc.sql("""
				select id from consent where client_id = :id and purpose = 'SHARE_WITH_ORGANISATION'""")
			.param("id", id)
			.query(Long.class)
			.single();
		mvc.perform(post("/clients/" + id + "/consents/" + consentId + "/withdraw").with(testData.as(advisor))
			.with(csrf())).andExpect(status().isFound());

		mvc.perform(get("/clients/" + id).with(testData.as(partnerAdvisor))).andExpect(status().isNotFound());
		mvc.perform(get("/clients").param("q", "yilmaz").with(testData.as(partnerAdvisor)))
			.andExpect(content().string(not(containsString("Yilmaz, Mehmet"))));
		mvc.perform(get("/clients/" + id).with(testData.as(advisor)))
			.andExpect(content().string(containsString("Peruttu")));
	}

	@Test
	void withdrawnServiceConsentLeavesOnlyARestrictedRecord() throws Exception {
		long id = register(advisor, "Li", "Wei");
		long serviceConsent = jdbc.sql("select id from consent where client_id = :id and purpose = 'SERVICE'")
			.param("id", id)
			.query(Long.class)
			.single();
		mvc.perform(post("/clients/" + id + "/consents/" + serviceConsent + "/withdraw").with(testData.as(advisor))
			.with(csrf())).andExpect(status().isFound());

		mvc.perform(get("/clients/" + id).with(testData.as(advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("palvelusuostumus ei ole voimassa")))
			.andExpect(content().string(not(containsString("Osaamisprofiili"))));
		mvc.perform(get("/clients/" + id + "/edit").with(testData.as(advisor))).andExpect(status().isNotFound());
	}

	@Test
	void emptyIntakeShowsLocalisedErrorsAndStoresNothing() throws Exception {
		long before = clientCount();
		mvc.perform(post("/clients/new").with(testData.as(advisor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Korjaa nämä kohdat")))
			.andExpect(content().string(containsString("Tämä tieto on pakollinen.")))
			.andExpect(content().string(containsString("Asiakkaan on annettava palvelusuostumus")));
		assertThat(clientCount()).isEqualTo(before);
	}

	@Test
	void scriptTagsOverlongTextAndWrongDatesAreRejectedAndNothingIsStored() throws Exception {
		long before = clientCount();
		mvc.perform(intake(advisor, "<script>alert(1)</script>", "x".repeat(101), "lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove the characters &lt; and &gt;")))
			.andExpect(content().string(containsString("Use between 0 and 100 characters.")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
		mvc.perform(intake(advisor, "Anna", "Virtanen", "entryDate", "2026-13-45", "lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the date as YYYY-MM-DD")));
		mvc.perform(intake(advisor, "Anna", "Virtanen", "entryDate", LocalDate.now().plusDays(3).toString(), "birthYear",
				String.valueOf(LocalDate.now().getYear() - 5), "lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date cannot be in the future.")))
			.andExpect(content().string(containsString("15 to 100 years old")));
		assertThat(clientCount()).isEqualTo(before);
	}

	@Test
	void listPagesTwentyClientsAtATime() throws Exception {
		for (int i = 0; i < 23; i++) {
			register(advisor, "Paged", String.format("Client%02d", i));
		}
		mvc.perform(get("/clients").param("q", "paged").with(testData.as(advisor)))
			.andExpect(content().string(containsString("href=\"/clients?q=paged&amp;page=1\"")))
			.andExpect(content().string(containsString("23 tulosta")))
			.andExpect(content().string(containsString("Sivu 1/2")))
			.andExpect(content().string(containsString("Client19")))
			.andExpect(content().string(not(containsString("Client20"))));
		mvc.perform(get("/clients").param("page", "1").with(testData.as(advisor)))
			.andExpect(content().string(containsString("Client22")))
			.andExpect(content().string(not(containsString("Client00"))));
	}

	@Test
	void staleEditKeepsTheUsersChangesAndSaysWhy() throws Exception {
		long id = register(advisor, "Sara", "Ahmed");
		// A first edit succeeds and moves the version on.
		mvc.perform(post("/clients/" + id + "/edit").with(testData.as(advisor))
			.with(csrf())
			.params(formOf(id, "First", 0))).andExpect(status().isFound());
		// A second edit based on the old version is refused and shows what the user typed.
		mvc.perform(post("/clients/" + id + "/edit").with(testData.as(advisor))
			.with(csrf())
			.params(formOf(id, "Second", 0)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Joku muu tallensi")))
			.andExpect(content().string(containsString("value=\"Second\"")));
		assertThat(jdbc.sql("select first_name from client where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("First");
	}

	org.springframework.util.MultiValueMap<String, String> formOf(long id, String firstName, int version) {
		var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
		params.add("firstName", firstName);
		params.add("lastName", "Ahmed");
		params.add("birthYear", "1985");
		params.add("gender", "WOMAN");
		params.add("labourMarketStatus", "UNEMPLOYED");
		params.add("iscedLevel", "ISCED_3");
		params.add("citizenship", "SO");
		params.add("municipalityCode", "491");
		params.add("entryDate", LocalDate.now().toString());
		params.add("version", String.valueOf(version));
		return params;
	}

	@Test
	void adminSeesNoClients() throws Exception {
		CurrentUser admin = testData.user(home.id(), Role.ADMIN);
		mvc.perform(get("/clients").with(testData.as(admin))).andExpect(status().isForbidden());
	}

}
