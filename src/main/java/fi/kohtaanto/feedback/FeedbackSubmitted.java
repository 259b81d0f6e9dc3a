package fi.kohtaanto.feedback;

import fi.kohtaanto.shared.OrganisationId;

/**
 * Published in the transaction that stores an answer. Deliberately carries nothing that could identify the answer
 * or the respondent: no date, no scores, no link.
 */
public record FeedbackSubmitted(ServiceKind kind, RespondentType respondent, OrganisationId organisation) {
}
