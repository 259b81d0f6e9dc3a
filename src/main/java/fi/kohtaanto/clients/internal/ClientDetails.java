package fi.kohtaanto.clients.internal;

import java.time.Instant;
import java.util.List;

import fi.kohtaanto.catalogue.Concept;
import fi.kohtaanto.consent.ConsentView;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Everything the client page shows. In restricted access only the name, ids and consents are filled.
 */
public record ClientDetails(ClientId id, OrganisationId owner, @Nullable UserId responsible, ClientData data, int version,
		List<ProfileItem> occupations, List<ProfileItem> skills, List<Education> education,
		List<ConsentView> consents, ClientAccessPolicy.Level access, Instant createdAt, Instant updatedAt) {

	/** A profile entry with its concept; the concept is missing if the catalogue no longer knows the URI. */
	public record ProfileItem(int index, ProfileEntry entry, @Nullable Concept concept) {
	}

	public boolean full() {
		return access == ClientAccessPolicy.Level.FULL;
	}

	public String displayName() {
		return data.firstName() + " " + data.lastName();
	}

}
