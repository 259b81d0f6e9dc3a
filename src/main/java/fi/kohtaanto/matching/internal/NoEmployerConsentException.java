package fi.kohtaanto.matching.internal;

/**
 * The client has not consented to be shown to employers, so no card can be shared.
 */
class NoEmployerConsentException extends RuntimeException {

	NoEmployerConsentException() {
		super("No consent to show the client to employers");
	}

}
