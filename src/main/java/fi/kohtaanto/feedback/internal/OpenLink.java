package fi.kohtaanto.feedback.internal;

import java.time.LocalDate;

import fi.kohtaanto.feedback.RespondentType;
import fi.kohtaanto.feedback.ServiceKind;
import fi.kohtaanto.feedback.SurveyLanguage;
import fi.kohtaanto.shared.OrganisationId;

/**
 * An unused link and the service context it is for.
 */
record OpenLink(OrganisationId organisation, RespondentType respondent, ServiceKind kind, SurveyLanguage language,
		LocalDate expiresOn) {

	public boolean expired(LocalDate today) {
		return expiresOn.isBefore(today);
	}

}
