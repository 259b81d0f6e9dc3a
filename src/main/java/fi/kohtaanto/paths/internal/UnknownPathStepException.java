package fi.kohtaanto.paths.internal;

/**
 * A guidance session names a step that is not in the client's plan.
 */
class UnknownPathStepException extends IllegalArgumentException {

	UnknownPathStepException() {
		super("Step is not in the client's plan");
	}

}
