package fi.kohtaanto.vacancies;

import java.time.LocalDate;
import java.util.List;

import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.VacancyId;
import org.jspecify.annotations.Nullable;

/**
 * A vacancy as other modules see it.
 *
 * @param hidden true if the vacancy is not publicly advertised: advisors see it, no public page does
 * @param occupationUri the ESCO occupation
 * @param requiredSkillUris ESCO skills the vacancy requires
 * @param niceToHaveSkillUris ESCO skills that are an advantage
 * @param municipalityCode Statistics Finland code of the place of work
 * @param places how many people the employer takes
 * @param applyBy the last day to apply
 */
public record VacancyView(VacancyId id, EmployerId employerId, String title, VacancyKind kind, boolean hidden,
		VacancyStatus status, String occupationUri, List<String> requiredSkillUris, List<String> niceToHaveSkillUris,
		List<LanguageRequirement> languages, String municipalityCode, int places, WorkingTime workingTime,
		@Nullable LocalDate startDate, @Nullable LocalDate applyBy, @Nullable LocalDate endDate) {

	/** Openly advertised: may be shown on public pages while it is open. */
	public boolean advertised() {
		return !hidden;
	}

}
