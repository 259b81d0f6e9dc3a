package fi.kohtaanto.events.internal;

/**
 * Someone else saved the event after the form was opened.
 */
class StaleEventException extends RuntimeException {

	StaleEventException() {
		super("Event was changed by someone else");
	}

}
