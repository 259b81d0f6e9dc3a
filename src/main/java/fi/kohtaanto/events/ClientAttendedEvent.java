package fi.kohtaanto.events;

import java.time.LocalDate;

import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;

/**
 * Published when the organiser marks that a registered client attended an event.
 */
public record ClientAttendedEvent(ClientId client, long eventId, EventType type, OrganisationId organiser,
		LocalDate date) {
}
