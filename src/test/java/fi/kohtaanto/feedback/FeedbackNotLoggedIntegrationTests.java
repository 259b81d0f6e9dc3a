package fi.kohtaanto.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * Answering, refused answers and bad input leave neither the token nor what the respondent wrote in the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FeedbackNotLoggedIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	FeedbackFixtures fixtures;

	@Test
	void answeringLeavesNoTokenAndNoTextInTheLog(CapturedOutput output) throws Exception {
		CurrentUser advisor = testData.advisor(testData.organisation().id());
		String token = fixtures.links(advisor, RespondentType.CLIENT, ServiceKind.GUIDANCE, 1).get(0).token();
		String secret = "My neighbour Zyxwvutsson told me";
		mvc.perform(post("/public/feedback/" + token).with(csrf())
			.param("scores[OVERALL]", "x")
			.param("improvement", secret + " <script>")).andExpect(status().isBadRequest());
		mvc.perform(post("/public/feedback/" + token).with(csrf())
			.param("scores[OVERALL]", "4")
			.param("scores[CLEAR]", "4")
			.param("scores[SUPPORT]", "4")
			.param("scores[USEFUL]", "4")
			.param("improvement", secret)).andExpect(status().isFound());
		mvc.perform(post("/public/feedback/" + token).with(csrf()).param("improvement", secret))
			.andExpect(status().isNotFound());
		mvc.perform(get("/public/feedback/" + token)).andExpect(status().isNotFound());

		assertThat(output.getAll()).doesNotContain(token).doesNotContain("Zyxwvutsson");
	}

}
