package fi.kohtaanto;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApplicationSmokeTests {

	@Autowired
	MockMvc mvc;

	@Test
	void loginPageIsFinnishByDefault() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("<html lang=\"fi\"")))
			.andExpect(content().string(Matchers.containsString("Kirjaudu sisään")))
			.andExpect(content().string(Matchers.containsString("ESCO")));
	}

	@Test
	void languageCanBeSwitchedAndIsRemembered() throws Exception {
		var result = mvc.perform(get("/login").param("lang", "sv"))
			.andExpect(content().string(Matchers.containsString("Logga in")))
			.andReturn();
		var cookie = result.getResponse().getCookie("kohtaanto-lang");
		mvc.perform(get("/login").cookie(cookie))
			.andExpect(content().string(Matchers.containsString("<html lang=\"sv\"")));
		mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(Matchers.containsString("Sign in")));
	}

	@Test
	void unknownLanguageFallsBackToFinnish() throws Exception {
		mvc.perform(get("/login").param("lang", "xx"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("<html lang=\"fi\"")));
	}

	@Test
	void pagesRequireSignIn() throws Exception {
		mvc.perform(get("/clients")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
	}

}
