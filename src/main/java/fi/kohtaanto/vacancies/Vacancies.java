package fi.kohtaanto.vacancies;

import java.util.List;
import java.util.Optional;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.VacancyId;

/**
 * Vacancies for other modules. Reading needs no user (matching runs in the background); hidden vacancies are
 * included and it is the caller's duty to keep them off public pages ({@link VacancyView#hidden()}). Changes take
 * the user who makes them and are audited.
 */
public interface Vacancies {

	Optional<VacancyView> find(VacancyId id);

	/** All vacancies whose status is open, hidden ones included, oldest first. */
	List<VacancyView> open();

	/** The vacancies of one employer, newest first. */
	List<VacancyView> ofEmployer(EmployerId employer);

	/**
	 * Creates a vacancy; publishes {@link VacancyPublished} if it is created open.
	 * @throws IllegalArgumentException if the employer, a concept or the municipality is unknown, or the dates are
	 * in the wrong order
	 */
	VacancyId create(CurrentUser user, VacancyData data);

	/**
	 * Replaces the titles and sentences of the vacancy's job ad.
	 * @throws IllegalArgumentException if a phrase code is not in the bank or a free sentence lacks a language
	 */
	void composeAd(CurrentUser user, VacancyId vacancy, AdDraft draft);

}
