package fi.kohtaanto.feedback.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fi.kohtaanto.feedback.FeedbackResponse;
import fi.kohtaanto.feedback.RespondentType;
import fi.kohtaanto.shared.NoMarkupValidator;

/**
 * The rules an answer must keep, shared by the survey page and the service: by field name
 * ({@code scores[OVERALL]}, {@code improvement}), the survey text key of the problem.
 */
final class ResponseRules {

	private ResponseRules() {
	}

	static List<String> problems(RespondentType respondent, FeedbackResponse response) {
		List<String> problems = check(respondent, response).entrySet()
			.stream()
			.map(entry -> entry.getKey() + ": " + entry.getValue())
			.collect(Collectors.toList());
		for (String question : response.scores().keySet()) {
			if (Surveys.questions(respondent).stream().noneMatch(q -> q.key().equals(question))) {
				problems.add(question + ": not a question of the survey");
			}
		}
		return problems;
	}

	static Map<String, String> check(RespondentType respondent, FeedbackResponse response) {
		Map<String, String> problems = new LinkedHashMap<>();
		for (Question question : Surveys.questions(respondent)) {
			Integer score = response.scores().get(question.key());
			if (score == null || score < 1 || score > 5) {
				problems.put("scores[" + question.key() + "]", "survey.error.score");
			}
		}
		String improvement = response.improvement();
		if (improvement != null) {
			if (improvement.strip().length() > FeedbackResponse.MAX_IMPROVEMENT) {
				problems.put("improvement", "survey.error.length");
			}
			else if (!NoMarkupValidator.isPlain(improvement)) {
				problems.put("improvement", "survey.error.markup");
			}
		}
		return problems;
	}

}
