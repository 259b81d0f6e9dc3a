package fi.kohtaanto.consent;

/**
 * The client already has an active consent for this purpose (and organisation).
 */
public class DuplicateConsentException extends RuntimeException {

	public DuplicateConsentException() {
		super("Consent is already active");
	}

}
