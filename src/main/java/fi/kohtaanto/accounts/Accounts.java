package fi.kohtaanto.accounts;

import java.util.List;
import java.util.Optional;

import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.UserId;

/**
 * Staff accounts.
 */
public interface Accounts {

	/** The user of the current request, if someone is signed in. */
	Optional<CurrentUser> current();

	Optional<UserSummary> find(UserId id);

	List<UserSummary> usersOf(OrganisationId organisation);

	List<UserSummary> all();

	/**
	 * Creates an account.
	 * @param rawPassword the initial password in clear text; only its hash is stored
	 * @throws UsernameTakenException if the username is in use
	 */
	UserSummary create(String username, String displayName, OrganisationId organisation, Role role,
			String rawPassword);

	void setEnabled(UserId id, boolean enabled);

}
