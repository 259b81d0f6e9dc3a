package fi.kohtaanto.events;

/**
 * Whether an event is still being prepared, open to participants, or called off.
 */
public enum EventStatus {

	/** Visible to staff only; nobody can register yet. */
	DRAFT, PUBLISHED, CANCELLED

}
