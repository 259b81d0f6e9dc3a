package fi.kohtaanto.accounts;

import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.UserId;

/**
 * A staff member as listed to others.
 */
public record UserSummary(UserId id, String username, String displayName, OrganisationId organisation, Role role,
		boolean enabled) {
}
