package fi.kohtaanto.vacancies.internal;

/**
 * Someone else saved the vacancy after the form was opened.
 */
class StaleVacancyException extends RuntimeException {

	StaleVacancyException() {
		super("Vacancy was changed by someone else");
	}

}
