package fi.kohtaanto.feedback;

import java.time.LocalDate;
import java.util.List;

import fi.kohtaanto.accounts.CurrentUser;

/**
 * Feedback for other modules (events, the coordinator's dashboard).
 */
public interface Feedback {

	/**
	 * Creates self-service links to the survey for a service context of the user's organisation, and audits it.
	 * The links are returned only here; keep or hand them out now.
	 * @param count how many links, 1 to {@value FeedbackRequest#MAX_LINKS}; each link takes one answer
	 * @throws IllegalArgumentException if the kind has no survey for the respondent, the survey is not offered in
	 * the language, the label is too long or has markup, or the expiry is not between tomorrow and a year ahead
	 * @throws org.springframework.security.access.AccessDeniedException if the user is not an advisor or a
	 * coordinator
	 */
	List<FeedbackLink> createLinks(CurrentUser user, FeedbackRequest request, int count);

	/**
	 * Overall satisfaction per organisation × service kind × respondent type, with each organisation's total over
	 * kinds ({@code kind} null), and for coordinators also each kind's total over organisations and the total
	 * ({@code organisation} null). Coordinators get every organisation, advisors their own, anyone else nothing.
	 * Small groups are {@linkplain SatisfactionFigure#suppressed() suppressed} so that none can be computed from
	 * the figures, the same way as on the feedback pages.
	 * <p>The period is widened to whole months (from the first day of {@code from}'s month to the last day of
	 * {@code to}'s), as on the pages, so that two nearly equal periods cannot be subtracted to single out a day.
	 */
	List<SatisfactionFigure> satisfaction(CurrentUser reader, LocalDate from, LocalDate to);

	/**
	 * Stores the answer given through a link, dated today, and uses the link up: in one transaction the link is
	 * deleted and the answer stored without anything that ties it to the link. Publishes {@link FeedbackSubmitted}.
	 * @return false, and nothing stored, if the link is unknown, already used or expired
	 * @throws IllegalArgumentException if a question of the survey has no score from 1 to 5, a score is given to a
	 * question the survey does not have, or the improvement text is too long or has markup
	 */
	boolean respond(String token, FeedbackResponse response);

}
