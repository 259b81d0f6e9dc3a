package fi.kohtaanto.feedback.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import fi.kohtaanto.feedback.FeedbackResponse;
import fi.kohtaanto.shared.NoMarkup;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The survey as the respondent fills it in. Everything is kept as typed, so that a page shown again with errors
 * loses nothing; {@link ResponseRules} checks the scores.
 */
public class SurveyForm {

	static final String YES = "yes";

	static final String NO = "no";

	/** Question key to the chosen score, as sent. */
	private Map<String, String> scores = new LinkedHashMap<>();

	/** {@value #YES}, {@value #NO} or empty. */
	private String recommend = "";

	@Size(max = FeedbackResponse.MAX_IMPROVEMENT)
	@NoMarkup
	private String improvement = "";

	/** The language the page was answered in, so that a page with errors comes back in it. */
	private String language = "";

	boolean recommendValid() {
		return recommend.isEmpty() || YES.equals(recommend) || NO.equals(recommend);
	}

	FeedbackResponse toResponse() {
		Map<String, Integer> parsed = new LinkedHashMap<>();
		scores.forEach((question, score) -> {
			if (score != null && score.matches("[1-5]")) {
				parsed.put(question, Integer.valueOf(score));
			}
		});
		Boolean wouldRecommend = YES.equals(recommend) ? Boolean.TRUE : NO.equals(recommend) ? Boolean.FALSE : null;
		return new FeedbackResponse(parsed, wouldRecommend, improvement.isBlank() ? null : improvement);
	}

	/** The chosen score of a question, or empty, for the template. */
	public String score(String question) {
		String score = scores.get(question);
		return score == null ? "" : score;
	}

	public Map<String, String> getScores() {
		return scores;
	}

	public void setScores(@Nullable Map<String, String> scores) {
		this.scores = scores == null ? new LinkedHashMap<>() : scores;
	}

	public String getRecommend() {
		return recommend;
	}

	public void setRecommend(@Nullable String recommend) {
		this.recommend = recommend == null ? "" : recommend;
	}

	public String getImprovement() {
		return improvement;
	}

	public void setImprovement(@Nullable String improvement) {
		this.improvement = improvement == null ? "" : improvement;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(@Nullable String language) {
		this.language = language == null ? "" : language;
	}

}
