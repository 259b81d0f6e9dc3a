package fi.kohtaanto.clients;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.shared.ClientId;

/**
 * Access to clients for other modules. Every method that takes a user checks that the user may work with the client
 * and audits a refusal; the statistics methods return no names or contact details and are for ESF+ reporting.
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
	 * The client, if the user may work with the record at least in the restricted way: also the registering
	 * organisation of a client whose service consent is withdrawn, which must still record what ESF+ reporting
	 * requires (such as the exit).
	 * @throws fi.kohtaanto.shared.NotFoundException otherwise; the refusal is audited
	 */
	ClientRef requireRecordAccess(CurrentUser user, ClientId id);

	/**
	 * Of the given clients, those the user may at least see in the restricted way, in the order given; audited as a
	 * list the user saw.
	 */
	List<ClientRef> accessible(CurrentUser user, Collection<ClientId> ids);

	/**
	 * Clients the user may work with in full whose name contains the text, for choosing a client in another module's
	 * form; audited as a list the user saw.
	 * @param text at least two characters; shorter text finds nothing
	 */
	List<ClientRef> find(CurrentUser user, String text, int limit);

	/** The client's ESF+ entry data, for statistics only (no name, no contact details). */
	Optional<ParticipantFacts> participantFacts(ClientId id);

	/** The ESF+ entry data of every client, for rebuilding statistics. */
	void forEachParticipant(Consumer<ParticipantFacts> consumer);

	/** The client's skills profile for matching (no name, no contact details); empty if there is no such client. */
	Optional<MatchingProfile> matchingProfile(ClientId id);

	/** The matching profiles of all clients, for building an index. */
	List<MatchingProfile> matchingProfiles();

	/** How many clients there are. */
	long count();

	/**
	 * Registers a client in the user's organisation with the consents of the registration; audited as the user's
	 * action.
	 * @throws IllegalArgumentException if a concept URI is not in the catalogue
	 */
	ClientId register(CurrentUser user, ClientRegistration registration);

}
