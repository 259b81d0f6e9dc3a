package fi.kohtaanto.feedback;

import java.time.LocalDate;

/**
 * A new feedback link. The token exists only here: the database keeps its hash, so a link can be shown or sent only
 * when it is created.
 *
 * @param token the random, URL-safe token (at least 128 bits)
 * @param path the link without scheme and host, {@code /public/feedback/{token}}
 */
public record FeedbackLink(String token, String path, RespondentType respondent, ServiceKind kind,
		SurveyLanguage language, LocalDate expiresOn) {

	public static final String PATH_PREFIX = "/public/feedback/";

	@Override
	public String toString() {
		// Keeps the token out of logs and exception messages.
		return "FeedbackLink[" + respondent + ", " + kind + ", expires " + expiresOn + "]";
	}

}
