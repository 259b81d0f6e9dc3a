package fi.kohtaanto.clients.internal;

import fi.kohtaanto.clients.LabourMarketStatus;

import java.time.Instant;

import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;

/**
 * A line of the client list.
 *
 * @param shared the record belongs to another organisation and is shared with the user's
 * @param serviceConsent the client's service consent is in force
 */
public record ClientRow(ClientId id, String firstName, String lastName, int birthYear, String municipalityCode,
		LabourMarketStatus status, OrganisationId owner, boolean shared, boolean serviceConsent, Instant updatedAt) {
}
