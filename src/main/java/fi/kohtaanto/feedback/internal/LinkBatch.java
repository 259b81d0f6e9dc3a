package fi.kohtaanto.feedback.internal;

import java.time.Instant;
import java.time.LocalDate;

import fi.kohtaanto.feedback.RespondentType;
import fi.kohtaanto.feedback.ServiceKind;
import fi.kohtaanto.feedback.SurveyLanguage;
import fi.kohtaanto.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Links created together, for the links page.
 *
 * @param unused the links not answered yet (expired ones included)
 */
record LinkBatch(long id, RespondentType respondent, ServiceKind kind, @Nullable String label,
		SurveyLanguage language, LocalDate expiresOn, int links, int unused, UserId createdBy, Instant createdAt) {

	public int answered() {
		return links - unused;
	}

	public boolean expired(LocalDate today) {
		return expiresOn.isBefore(today);
	}

}
