package fi.kohtaanto.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kohtaanto.IntegrationTest;
import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.accounts.Role;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.paths.Paths;
import fi.kohtaanto.shared.ClientId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditLogPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Paths paths;

	OrganisationView home;

	OrganisationView other;

	CurrentUser advisor;

	CurrentUser otherAdvisor;

	ClientId client;

	ClientId otherClient;

	@BeforeEach
	void setUp() {
		home = testData.organisation();
		other = testData.organisation();
		advisor = testData.advisor(home.id());
		otherAdvisor = testData.advisor(other.id());
		client = testData.client(advisor, "Audit", "Subject");
		otherClient = testData.client(otherAdvisor, "Other", "Subject");
		paths.plan(advisor, client);
		paths.plan(otherAdvisor, otherClient);
	}

	@Test
	void coordinatorReadsWhoDidWhatToTheirOrganisationsClients() throws Exception {
		CurrentUser coordinator = testData.user(home.id(), Role.COORDINATOR);
		mvc.perform(get("/audit").param("subject", "client")
			.param("subjectId", String.valueOf(client.value()))
			.with(testData.as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(advisor.username())))
			.andExpect(content().string(containsString("Katseli")))
			.andExpect(content().string(containsString("path plan")))
			.andExpect(content().string(containsString("Kirjasi suostumuksen")))
			.andExpect(content().string(containsString("href=\"/clients/" + client.value() + "\"")));
		mvc.perform(get("/audit").param("subject", "client")
			.param("subjectId", String.valueOf(otherClient.value()))
			.with(testData.as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("0 tulosta")))
			.andExpect(content().string(not(containsString(otherAdvisor.username()))));
	}

	@Test
	void adminReadsEverythingButAdvisorsReadNothing() throws Exception {
		CurrentUser admin = testData.user(home.id(), Role.ADMIN);
		mvc.perform(get("/audit").param("user", otherAdvisor.username()).with(testData.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(otherAdvisor.username())))
			.andExpect(content().string(not(containsString("href=\"/clients/"))));
		mvc.perform(get("/audit").with(testData.as(advisor))).andExpect(status().isForbidden());
	}

	@Test
	void badFilterGivesALocalisedErrorInsteadOfAFailure() throws Exception {
		CurrentUser coordinator = testData.user(home.id(), Role.COORDINATOR);
		mvc.perform(get("/audit").param("from", "2026-13-01").param("lang", "en").with(testData.as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the date as YYYY-MM-DD")));
		mvc.perform(get("/audit").param("from", "2026-11-20")
			.param("to", "2026-11-01")
			.param("lang", "en")
			.with(testData.as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The end date must not be before the start date.")));
	}

}
