package fi.kohtaanto.paths.internal;

/**
 * Someone else saved the step after the form was opened.
 */
class StalePathStepException extends RuntimeException {

	StalePathStepException() {
		super("Path step was changed by someone else");
	}

}
