package fi.kohtaanto.employers.internal;

/**
 * Someone else saved the employer after the form was opened.
 */
class StaleEmployerException extends RuntimeException {

	StaleEmployerException() {
		super("Employer was changed by someone else");
	}

}
