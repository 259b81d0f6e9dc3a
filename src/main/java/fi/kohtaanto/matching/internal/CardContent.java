package fi.kohtaanto.matching.internal;

import java.time.LocalDate;
import java.util.List;

import fi.kohtaanto.clients.MatchingProfile;
import fi.kohtaanto.matching.MatchExplanation;
import org.jspecify.annotations.Nullable;

/**
 * What an employer sees on an anonymised candidate card: the pseudonym, occupations, skills, languages and when
 * the candidate can start; no name, contact details, birth date or place of residence.
 *
 * @param vacancyTitle the vacancy the card was shared for, if any
 * @param match how the candidate meets that vacancy, if the card was shared for one and there is any fit
 */
record CardContent(String pseudonym, String employerName, List<String> occupationUris, List<String> skillUris,
		List<MatchingProfile.Language> languages, @Nullable LocalDate availableFrom, boolean willingToRelocate,
		@Nullable String vacancyTitle, @Nullable Integer score, @Nullable MatchExplanation match) {
}
