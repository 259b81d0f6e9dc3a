package fi.kohtaanto.participation.internal;

/**
 * Someone else saved the exit after the form was opened.
 */
class StaleExitException extends RuntimeException {

	StaleExitException() {
		super("Exit was changed by someone else");
	}

}
