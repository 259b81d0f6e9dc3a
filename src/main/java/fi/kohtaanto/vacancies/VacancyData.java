package fi.kohtaanto.vacancies;

import java.time.LocalDate;
import java.util.List;

import fi.kohtaanto.shared.EmployerId;
import org.jspecify.annotations.Nullable;

/**
 * A vacancy as entered or changed.
 *
 * @param applicationContact how to apply or whom to ask (a name, an e-mail address, a phone number); fills the
 * {@code {contact}} slot of the job ad, so it is meant to be public
 * @param notes internal notes of the network, never shown to the public
 */
public record VacancyData(EmployerId employer, String title, VacancyKind kind, boolean hidden, VacancyStatus status,
		String occupationUri, List<String> requiredSkillUris, List<String> niceToHaveSkillUris,
		List<LanguageRequirement> languages, String municipalityCode, int places, WorkingTime workingTime,
		@Nullable LocalDate startDate, @Nullable LocalDate applyBy, @Nullable LocalDate endDate,
		@Nullable String applicationContact, @Nullable String notes) {
}
