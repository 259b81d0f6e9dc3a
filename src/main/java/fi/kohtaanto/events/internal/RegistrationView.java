package fi.kohtaanto.events.internal;

import java.time.Instant;

import fi.kohtaanto.events.RegistrationStatus;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A registration to an event.
 *
 * @param client the client, for registrations made by an advisor
 * @param registeringOrganisation the advisor's organisation, for registrations of clients
 * @param email of a self-registered person, until it is erased after the event
 */
record RegistrationView(long id, long eventId, @Nullable ClientId client,
		@Nullable OrganisationId registeringOrganisation, String displayName, @Nullable String email,
		@Nullable String phone, @Nullable String preferredLanguage, RegistrationStatus status,
		@Nullable Boolean attended, Instant registeredAt, String registeredBy, boolean anonymised) {

	public boolean selfRegistered() {
		return client == null;
	}

}
