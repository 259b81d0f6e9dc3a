package fi.kohtaanto.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class UserAdministrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcClient jdbc;

	OrganisationView organisation;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		organisation = testData.organisation();
		admin = testData.user(organisation.id(), Role.ADMIN);
	}

	long accounts(String username) {
		return jdbc.sql("select count(*) from app_user where username = :username")
			.param("username", username)
			.query(Long.class)
			.single();
	}

	@Test
	void adminCreatesAnAdvisorWhoCanSignIn() throws Exception {
		String username = TestData.unique("new.advisor");
		mvc.perform(post("/admin/users").with(testData.as(admin))
			.with(csrf())
			.param("displayName", "Uusi Ohjaaja")
			.param("username", username)
			.param("organisationId", String.valueOf(organisation.id().value()))
			.param("role", "ADVISOR")
			.param("password", "long enough password")).andExpect(status().isFound());

		mvc.perform(formLogin().user(username).password("long enough password")).andExpect(authenticated());
		mvc.perform(get("/admin/users").with(testData.as(admin)))
			.andExpect(content().string(containsString("Uusi Ohjaaja")));
		assertThat(jdbc.sql("select details from audit_event where subject_type = 'user' and actor_username = :admin")
			.param("admin", admin.username())
			.query(String.class)
			.list()).containsExactly("account, role ADVISOR");
	}

	@Test
	void takenUsernameShortPasswordAndUnknownOrganisationAreRefused() throws Exception {
		CurrentUser existing = testData.advisor(organisation.id());
		mvc.perform(post("/admin/users").with(testData.as(admin))
			.with(csrf())
			.param("lang", "en")
			.param("displayName", "Someone")
			.param("username", existing.username())
			.param("organisationId", String.valueOf(organisation.id().value()))
			.param("role", "ADVISOR")
			.param("password", "long enough password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This username is already in use.")));
		mvc.perform(post("/admin/users").with(testData.as(admin))
			.with(csrf())
			.param("lang", "en")
			.param("displayName", "<b>Someone</b>")
			.param("username", "Bad Name!")
			.param("organisationId", "987654321")
			.param("role", "ADVISOR")
			.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use 3 to 60 lower-case letters")))
			.andExpect(content().string(containsString("Use between 12 and 100 characters.")))
			.andExpect(content().string(containsString("Choose an organisation of the network.")))
			.andExpect(content().string(containsString("Remove the characters &lt; and &gt;")));
		assertThat(accounts("bad name!")).isZero();
	}

	@Test
	void turnedOffAccountCannotSignInAndAdminCannotTurnOffThemself() throws Exception {
		CurrentUser advisor = testData.advisor(organisation.id());
		mvc.perform(post("/admin/users/" + advisor.id().value() + "/enabled").param("enabled", "false")
			.with(testData.as(admin))
			.with(csrf())).andExpect(status().isFound());
		mvc.perform(formLogin().user(advisor.username()).password(TestData.PASSWORD)).andExpect(unauthenticated());

		mvc.perform(post("/admin/users/" + admin.id().value() + "/enabled").param("enabled", "false")
			.with(testData.as(admin))
			.with(csrf())).andExpect(status().isFound());
		mvc.perform(formLogin().user(admin.username()).password(TestData.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void turningAnAccountOffEndsItsSessionAtTheNextRequest() throws Exception {
		CurrentUser advisor = testData.advisor(organisation.id());
		// Signed in before the account is turned off, as in a session that is still open.
		RequestPostProcessor signedIn = testData.as(advisor);
		mvc.perform(get("/clients").with(signedIn)).andExpect(status().isOk());

		mvc.perform(post("/admin/users/" + advisor.id().value() + "/enabled").param("enabled", "false")
			.with(testData.as(admin))
			.with(csrf())).andExpect(status().isFound());
		mvc.perform(get("/clients").with(signedIn)).andExpect(redirectedUrl("/login?disabled"));
		mvc.perform(get("/clients").with(signedIn).header("HX-Request", "true"))
			.andExpect(status().isNoContent())
			.andExpect(header().string("HX-Redirect", "/login?disabled"));
		mvc.perform(get("/login").param("disabled", "")).andExpect(content().string(containsString("poistettu käytöstä")));

		mvc.perform(post("/admin/users/" + advisor.id().value() + "/enabled").param("enabled", "true")
			.with(testData.as(admin))
			.with(csrf())).andExpect(status().isFound());
		mvc.perform(get("/clients").with(signedIn)).andExpect(status().isOk());
	}

	@Test
	void onlyAdminsManageUsers() throws Exception {
		CurrentUser coordinator = testData.user(organisation.id(), Role.COORDINATOR);
		mvc.perform(get("/admin/users").with(testData.as(coordinator))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users").with(testData.as(coordinator)).with(csrf()).param("username", "x"))
			.andExpect(status().isForbidden());
	}

}
