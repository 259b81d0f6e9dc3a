package fi.kohtaanto.feedback;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One respondent's answers to a survey.
 *
 * @param scores a score from 1 to 5 for every question of the survey, by question key (such as {@code OVERALL})
 * @param wouldRecommend the answer to "would you recommend", or {@literal null} if not answered
 * @param improvement the answer to "what should we improve", or {@literal null}; plain text, at most
 * {@value #MAX_IMPROVEMENT} characters
 */
public record FeedbackResponse(Map<String, Integer> scores, @Nullable Boolean wouldRecommend,
		@Nullable String improvement) {

	public static final int MAX_IMPROVEMENT = 2000;

	public FeedbackResponse {
		scores = Map.copyOf(scores);
	}

}
