package fi.kohtaanto.shared;

/**
 * Identifier of a Vacancy across module boundaries.
 */
public record VacancyId(long value) {

	public static VacancyId of(long value) {
		return new VacancyId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
