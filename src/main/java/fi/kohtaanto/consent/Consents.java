package fi.kohtaanto.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * Records consents and answers whether one is in force. Who may record a consent for a client is decided by the
 * caller (the clients module); this module records, audits and answers.
 */
public interface Consents {

	/**
	 * Records a consent given on the given date.
	 * @param owner the organisation responsible for the client, for the audit log
	 * @param organisation the organisation the record is shared with; required exactly for
	 * {@link ConsentPurpose#SHARE_WITH_ORGANISATION}
	 * @throws DuplicateConsentException if the same consent is already active
	 */
	ConsentView give(CurrentUser actor, ClientId client, OrganisationId owner, ConsentPurpose purpose,
			@Nullable OrganisationId organisation, LocalDate givenOn);

	/**
	 * Withdraws a consent now. Withdrawing twice changes nothing.
	 * @return the consent, or empty if it does not belong to the client
	 */
	Optional<ConsentView> withdraw(CurrentUser actor, ClientId client, OrganisationId owner, long consentId);

	/** Every consent of the client, active and withdrawn, newest first. */
	List<ConsentView> history(ClientId client);

	boolean has(ClientId client, ConsentPurpose purpose);

	/** Whether the client's record is shared with the organisation right now. */
	boolean sharedWith(ClientId client, OrganisationId organisation);

	/**
	 * Clients whose records may be shown to the organisation because they have an active service consent and share
	 * their record with it.
	 */
	Set<ClientId> clientsSharedWith(OrganisationId organisation);

	/** Of the given clients, those with an active consent of the purpose. */
	Set<ClientId> withConsent(Set<ClientId> clients, ConsentPurpose purpose);

}
