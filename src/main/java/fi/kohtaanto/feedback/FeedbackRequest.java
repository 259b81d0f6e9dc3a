package fi.kohtaanto.feedback;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What feedback links are for: a service context, never a person. The organisation is the one of the user who
 * creates the links.
 *
 * @param label a neutral name for the links' own use, such as "Language café B1, 14 Nov"; no personal data
 * @param language the language the survey opens in; the respondent can change it
 * @param expiresOn the last day the links can be used; {@literal null} for {@value #DEFAULT_DAYS} days from today
 */
public record FeedbackRequest(RespondentType respondent, ServiceKind kind, @Nullable String label,
		SurveyLanguage language, @Nullable LocalDate expiresOn) {

	public static final int DEFAULT_DAYS = 60;

	public static final int MAX_DAYS = 365;

	public static final int MAX_LABEL = 80;

	public static final int MAX_LINKS = 100;

}
