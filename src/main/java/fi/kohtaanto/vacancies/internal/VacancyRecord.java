package fi.kohtaanto.vacancies.internal;

import java.time.Instant;
import java.time.LocalDate;

import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.VacancyId;
import fi.kohtaanto.vacancies.VacancyData;
import fi.kohtaanto.vacancies.VacancyView;
import org.jspecify.annotations.Nullable;

/**
 * A vacancy with everything the module itself keeps about it.
 *
 * @param publishedOn the first day the vacancy was open: the date posted of its job ad
 */
record VacancyRecord(VacancyId id, VacancyData data, int version, @Nullable LocalDate publishedOn, Instant createdAt,
		Instant updatedAt, OrganisationId createdBy) {

	VacancyView view() {
		return new VacancyView(id, data.employer(), data.title(), data.kind(), data.hidden(), data.status(),
				data.occupationUri(), data.requiredSkillUris(), data.niceToHaveSkillUris(), data.languages(),
				data.municipalityCode(), data.places(), data.workingTime(), data.startDate(), data.applyBy(),
				data.endDate());
	}

	/** Shown on public pages: open and openly advertised. */
	public boolean publiclyVisible() {
		return !data.hidden() && data.status() == fi.kohtaanto.vacancies.VacancyStatus.OPEN;
	}

}
