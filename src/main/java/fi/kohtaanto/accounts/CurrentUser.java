package fi.kohtaanto.accounts;

import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.UserId;

/**
 * The signed-in staff member. Controllers receive it as a method parameter; services take it as an argument so that
 * every access decision names who asked.
 */
public record CurrentUser(UserId id, String username, String displayName, OrganisationId organisation, Role role) {

	/** Advisors and coordinators work with clients; admins do not. */
	public boolean worksWithClients() {
		return role == Role.ADVISOR || role == Role.COORDINATOR;
	}

	public boolean isCoordinator() {
		return role == Role.COORDINATOR;
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

}
