package fi.kohtaanto.vacancies;

/**
 * What a vacancy offers.
 */
public enum VacancyKind {

	/** An ordinary job. */
	JOB,
	/** A work trial (työkokeilu): unpaid, the person keeps their benefit. */
	WORK_TRIAL,
	/** A job whose pay the employer gets a subsidy for (palkkatuki). */
	WAGE_SUBSIDY,
	/** Training for a qualification at work (oppisopimus). */
	APPRENTICESHIP

}
