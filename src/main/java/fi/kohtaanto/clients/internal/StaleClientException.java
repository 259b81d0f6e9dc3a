package fi.kohtaanto.clients.internal;

/**
 * Someone else saved the client after the form was opened.
 */
class StaleClientException extends RuntimeException {

	StaleClientException() {
		super("Client was changed by someone else");
	}

}
