package fi.kohtaanto.vacancies;

/**
 * Full-time or part-time work.
 */
public enum WorkingTime {

	FULL_TIME, PART_TIME

}
