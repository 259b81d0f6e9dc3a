package fi.kohtaanto.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import fi.kohtaanto.IntegrationTest;
import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The application log must not receive the personal data that passes through a client's life cycle.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataNotLoggedIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Test
	void intakeViewSearchEditAndRefusalsLeaveNoPersonalDataInTheLog(CapturedOutput output) throws Exception {
		CurrentUser advisor = testData.advisor(testData.organisation().id());
		CurrentUser stranger = testData.advisor(testData.organisation().id());
		String lastName = "Zyxwvutsson";
		String email = "zyxw.secret@example.org";
		String location = mvc
			.perform(post("/clients/new").with(testData.as(advisor))
				.with(csrf())
				.param("firstName", "Qwerty")
				.param("lastName", lastName)
				.param("email", email)
				.param("phone", "+358 40 999 8877")
				.param("birthYear", "1988")
				.param("gender", "MAN")
				.param("labourMarketStatus", "INACTIVE")
				.param("iscedLevel", "ISCED_2")
				.param("citizenship", "IQ")
				.param("municipalityCode", "491")
				.param("entryDate", LocalDate.now().toString())
				.param("serviceNeeds", "Needs help with a very private matter")
				.param("serviceConsent", "true")
				.param("consentDate", LocalDate.now().toString()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(testData.as(advisor))).andExpect(status().isOk());
		mvc.perform(get("/clients").param("q", lastName).with(testData.as(advisor))).andExpect(status().isOk());
		mvc.perform(get(location).with(testData.as(stranger))).andExpect(status().isNotFound());
		mvc.perform(post("/clients/new").with(testData.as(advisor))
			.with(csrf())
			.param("firstName", "<script>" + lastName)
			.param("email", "not-an-email " + email)).andExpect(status().isOk());

		assertThat(output.getAll()).doesNotContain(lastName)
			.doesNotContain(email)
			.doesNotContain("999 8877")
			.doesNotContain("very private matter");
	}

}
