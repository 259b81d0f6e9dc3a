package fi.kohtaanto.employers;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Contact persons' details and self-service tokens must not reach the application log, whatever happens to them.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataNotLoggedIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcClient jdbc;

	@Test
	void contactPersonsAndSelfServiceTokensLeaveNoTraceInTheLog(CapturedOutput output) throws Exception {
		CurrentUser advisor = testData.advisor(testData.organisation().id());
		String location = mvc
			.perform(post("/employers/new").with(testData.as(advisor))
				.with(csrf())
				.param("name", "Lokiton Oy")
				.param("businessId", BusinessIds.next())
				.param("industry", "C")
				.param("municipalityCode", "491")
				.param("sizeClass", "MICRO")
				.param("sector", "PRIVATE_COMPANY"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(post(location + "/people").with(testData.as(advisor))
			.with(csrf())
			.param("name", "Qwertyina Zxcvbnen")
			.param("email", "qwertyina.secret@example.org")
			.param("phone", "+358 40 987 6543")).andExpect(status().isFound());
		mvc.perform(post(location + "/people").with(testData.as(advisor))
			.with(csrf())
			.param("name", "<script>Qwertyina")
			.param("email", "not-an-email qwertyina.secret@example.org")).andExpect(status().isOk());
		mvc.perform(get(location).with(testData.as(advisor))).andExpect(status().isOk());
		long personId = jdbc.sql("select id from employer_contact_person where name = 'Qwertyina Zxcvbnen'")
			.query(Long.class)
			.single();
		mvc.perform(post(location + "/people/" + personId + "/remove").with(testData.as(advisor)).with(csrf()))
			.andExpect(status().isFound());

		String vacancy = mvc
			.perform(post("/vacancies/new").with(testData.as(advisor))
				.with(csrf())
				.param("employerId", location.substring(location.lastIndexOf('/') + 1))
				.param("title", "Lokiton hitsaaja")
				.param("kind", "JOB")
				.param("hidden", "false")
				.param("status", "OPEN")
				.param("occupation.uriText", "hitsaaja")
				.param("municipalityCode", "491")
				.param("places", "1")
				.param("workingTime", "FULL_TIME")
				.param("applicationContact", "Qwertyina Zxcvbnen, 040 987 6543")
				.param("applyBy", LocalDate.now().plusDays(5).toString()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String link = (String) mvc.perform(post(vacancy + "/links").with(testData.as(advisor)).with(csrf()).param("days", "3"))
			.andReturn()
			.getFlashMap()
			.get("newLink");
		String token = link.substring(link.lastIndexOf('/') + 1);
		mvc.perform(get("/public/ads/" + token)).andExpect(status().isOk());
		mvc.perform(post("/public/ads/" + token + "/titles").with(csrf()).param("titleFi", "").param("titleEn", ""))
			.andExpect(status().isOk());

		assertThat(output.getAll()).doesNotContain("Zxcvbnen")
			.doesNotContain("qwertyina.secret")
			.doesNotContain("987 6543")
			.doesNotContain(token);
	}

}
