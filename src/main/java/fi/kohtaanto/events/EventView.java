package fi.kohtaanto.events;

import java.time.Instant;

/**
 * An event as stored, with how many are registered and waiting.
 */
public record EventView(long id, EventData data, EventStatus status, int registered, int waitlisted,
		String createdBy, int version) {

	public boolean full() {
		return registered >= data.capacity();
	}

	/** People can register now: the event is published and registration has not closed. */
	public boolean openAt(Instant now) {
		return status == EventStatus.PUBLISHED && data.registrationOpenAt(now);
	}

}
