package fi.kohtaanto.events;

import java.util.List;
import java.util.Optional;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.shared.ClientId;

/**
 * Events for other modules.
 */
public interface Events {

	Optional<EventView> find(long eventId);

	/** The clients registered (not waiting, not cancelled) to the event, in registration order. */
	List<ClientId> registeredClients(long eventId);

	/**
	 * Creates an event of the user's organisation and, if asked, publishes it at once.
	 * @throws IllegalArgumentException if the data breaks a rule of {@link EventData#problems()}
	 */
	EventView create(CurrentUser user, EventData data, boolean publish);

	/**
	 * Registers a client the user works with; a full event puts the client on the waiting list.
	 * @throws IllegalArgumentException if registration is closed or the client is already registered
	 * @throws fi.kohtaanto.shared.NotFoundException if the user may not work with the client or the event is a draft
	 */
	RegistrationStatus register(CurrentUser user, long eventId, ClientId client);

}
