package fi.kohtaanto.clients;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.shared.ClientId;

/**
 * Access to clients for other modules. Every method that returns a client checks that the user may work with it.
 */
public interface Clients {

	/**
	 * The client, if the user may work with the client's record: the user's organisation registered the client, or
	 * the client shares the record with it, and the client's service consent is in force.
	 * @throws fi.kohtaanto.shared.NotFoundException otherwise, the same as for a client that does not exist; the
	 * refusal is audited
	 */
	ClientRef requireFullAccess(CurrentUser user, ClientId id);

	/**
	 * Registers a client in the user's organisation with the consents of the registration; audited as the user's
	 * action.
	 * @throws IllegalArgumentException if a concept URI is not in the catalogue
	 */
	ClientId register(CurrentUser user, ClientRegistration registration);

}
