package fi.kohtaanto.events;

/**
 * Where a registration stands.
 */
public enum RegistrationStatus {

	REGISTERED,
	/** The event is full; the registration moves up by itself when a place becomes free. */
	WAITLISTED, CANCELLED

}
