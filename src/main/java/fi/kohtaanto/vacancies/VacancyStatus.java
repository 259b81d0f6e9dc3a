package fi.kohtaanto.vacancies;

/**
 * Where a vacancy is in its life.
 */
public enum VacancyStatus {

	/** Being prepared; not offered to anyone yet. */
	DRAFT,
	/** Looking for people. */
	OPEN,
	/** Someone got it. */
	FILLED,
	/** Withdrawn without being filled. */
	CLOSED;

	/** Filled or closed: no longer looking for anyone. */
	public boolean ended() {
		return this == FILLED || this == CLOSED;
	}

}
