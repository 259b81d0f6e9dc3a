package fi.kohtaanto.events.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.audit.AuditLog;
import fi.kohtaanto.audit.AuditSubject;
import fi.kohtaanto.clients.ClientRef;
import fi.kohtaanto.clients.Clients;
import fi.kohtaanto.events.ClientAttendedEvent;
import fi.kohtaanto.events.EventData;
import fi.kohtaanto.events.EventStatus;
import fi.kohtaanto.events.EventType;
import fi.kohtaanto.events.EventView;
import fi.kohtaanto.events.Events;
import fi.kohtaanto.events.RegistrationStatus;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.NotFoundException;
import fi.kohtaanto.shared.SecretTokens;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events and registrations. Any advisor or coordinator creates events for their organisation; the organisation's
 * staff edit them, see every registration and mark attendance. Staff of other organisations register their own
 * clients and see only those registrations. Places are handed out under a lock on the event row, so capacity holds
 * under concurrent registrations; a cancelled place goes at once to the first on the waiting list.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
class EventService implements Events {

	private static final Logger log = LoggerFactory.getLogger(EventService.class);

	static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	static final String SUBJECT_EVENT = "event";

	/** Cancellation links carry 128 random bits. */
	static final int TOKEN_BYTES = 16;

	private final EventStore store;

	private final Clients clients;

	private final AuditLog audit;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final Duration retention;

	EventService(EventStore store, Clients clients, AuditLog audit, ApplicationEventPublisher publisher,
			@Value("${kohtaanto.events.self-registration-retention-days:30}") int retentionDays) {
		this.store = store;
		this.clients = clients;
		this.audit = audit;
		this.publisher = publisher;
		this.clock = Clock.systemUTC();
		this.retention = Duration.ofDays(retentionDays);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<EventView> find(long eventId) {
		return store.find(eventId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ClientId> registeredClients(long eventId) {
		return store.registrations(eventId)
			.stream()
			.filter(registration -> registration.status() == RegistrationStatus.REGISTERED)
			.map(RegistrationView::client)
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	@Transactional(readOnly = true)
	List<EventView> list(CurrentUser user, boolean upcoming, @Nullable EventType type) {
		requireStaff(user);
		return store.list(clock.instant(), upcoming, type, false, false, 200);
	}

	/** Published events open to self-registration, for the public page. */
	@Transactional(readOnly = true)
	List<EventView> publicEvents() {
		return store.list(clock.instant(), true, null, true, true, 200);
	}

	/** A published public event, for the public page; drafts and staff-only events are not found. */
	@Transactional(readOnly = true)
	EventView publicEvent(long id) {
		return store.find(id)
			.filter(event -> event.status() != EventStatus.DRAFT && event.data().publicRegistration())
			.orElseThrow(NotFoundException::new);
	}

	@Override
	public EventView create(CurrentUser user, EventData data, boolean publish) {
		EventView event = create(user, data);
		if (publish) {
			setStatus(user, event.id(), EventStatus.PUBLISHED);
		}
		return store.find(event.id()).orElseThrow();
	}

	@Override
	public RegistrationStatus register(CurrentUser user, long eventId, ClientId client) {
		return registerClient(user, eventId, client).status();
	}

	EventView create(CurrentUser user, EventData data) {
		requireStaff(user);
		if (!data.organisation().equals(user.organisation())) {
			throw new NotFoundException();
		}
		check(data);
		long id = store.insert(data, EventStatus.DRAFT, user.username());
		return store.find(id).orElseThrow();
	}

	/**
	 * Replaces what the event says; a larger capacity gives places to those waiting.
	 * @throws StaleEventException if someone changed the event after {@code version}
	 */
	EventView update(CurrentUser user, long id, int version, EventData data) {
		EventView event = requireOrganiser(user, id);
		if (!data.organisation().equals(event.data().organisation())) {
			throw new NotFoundException();
		}
		check(data);
		store.lock(id);
		if (!store.update(id, version, data)) {
			throw new StaleEventException();
		}
		promote(id, data.capacity());
		return store.find(id).orElseThrow();
	}

	void setStatus(CurrentUser user, long id, EventStatus status) {
		EventView event = requireOrganiser(user, id);
		if (event.status() == EventStatus.CANCELLED) {
			throw EventRulesBrokenException.of("event.cancelled");
		}
		store.setStatus(id, status);
	}

	/** The event with the registrations the user may see; seeing names is audited. */
	EventDetails details(CurrentUser user, long id) {
		requireStaff(user);
		EventView event = store.find(id).orElseThrow(NotFoundException::new);
		boolean organiser = event.data().organisation().equals(user.organisation());
		List<RegistrationView> visible = store.registrations(id)
			.stream()
			.filter(registration -> organiser || user.organisation().equals(registration.registeringOrganisation()))
			.toList();
		if (!visible.isEmpty()) {
			audit.record(user, AuditAction.VIEW, new AuditSubject(SUBJECT_EVENT, id, event.data().organisation()),
					"registrations");
		}
		return new EventDetails(event, visible, organiser);
	}

	/**
	 * Registers a client the user works with. The organiser sees the client's name in the list of participants, so a
	 * registration to another organisation's event is audited as a disclosure too.
	 */
	RegistrationOutcome registerClient(CurrentUser user, long eventId, ClientId client) {
		requireStaff(user);
		ClientRef ref = clients.requireFullAccess(user, client);
		EventView event = requireOpen(eventId);
		RegistrationStatus status = placeFor(event);
		long id;
		try {
			id = store.insertRegistration(eventId, client, user.organisation(), ref.displayName(), null, null, null,
					status, user.username(), null);
		}
		catch (DuplicateKeyException ex) {
			throw EventRulesBrokenException.of("registration.duplicate");
		}
		AuditSubject subject = AuditSubject.client(ref.id(), ref.owner());
		audit.record(user, AuditAction.CREATE, subject, "event registration " + id + ", event " + eventId);
		if (!event.data().organisation().equals(user.organisation())) {
			audit.record(user, AuditAction.DISCLOSE, subject,
					"name to the organiser of event " + eventId + " (organisation " + event.data().organisation() + ")");
		}
		return new RegistrationOutcome(id, status, null);
	}

	/** Registers a person through the public page; returns the token of their cancellation link. */
	RegistrationOutcome registerSelf(long eventId, SelfRegistration person) {
		EventView event = requireOpen(eventId);
		if (!event.data().publicRegistration()) {
			throw new NotFoundException();
		}
		RegistrationStatus status = placeFor(event);
		String token = SecretTokens.next(TOKEN_BYTES);
		try {
			long id = store.insertRegistration(eventId, null, null, person.name(), person.email(), person.phone(),
					person.language(), status, "self-service", SecretTokens.hashHex(token));
			return new RegistrationOutcome(id, status, token);
		}
		catch (DuplicateKeyException ex) {
			throw EventRulesBrokenException.of("registration.emailDuplicate");
		}
	}

	/** Cancels a registration the user may see, and gives the place to the first waiting. */
	void cancel(CurrentUser user, long registrationId) {
		requireStaff(user);
		RegistrationView registration = store.registration(registrationId).orElseThrow(NotFoundException::new);
		EventView event = store.find(registration.eventId()).orElseThrow();
		boolean organiser = event.data().organisation().equals(user.organisation());
		if (!organiser && !user.organisation().equals(registration.registeringOrganisation())) {
			throw new NotFoundException();
		}
		if (cancel(registration, event) && registration.client() != null) {
			audit.record(user, AuditAction.UPDATE, AuditSubject.client(registration.client(), null),
					"event registration " + registrationId + " cancelled");
		}
	}

	/** Cancels the registration of the link's token; false if there is no such registration. */
	boolean cancelByToken(String token) {
		Optional<RegistrationView> registration = store.registrationByToken(SecretTokens.hashHex(token));
		if (registration.isEmpty()) {
			return false;
		}
		cancel(registration.get(), store.find(registration.get().eventId()).orElseThrow());
		return true;
	}

	@Transactional(readOnly = true)
	Optional<RegistrationView> byToken(String token) {
		return store.registrationByToken(SecretTokens.hashHex(token));
	}

	/**
	 * Records who attended; for the organiser's staff, once the event has started. Clients marked present are
	 * announced with {@link ClientAttendedEvent}.
	 * @param attendance registration id to attended or not; registrations missing from the map are not changed
	 */
	void markAttendance(CurrentUser user, long eventId, Map<Long, Boolean> attendance) {
		EventView event = requireOrganiser(user, eventId);
		if (clock.instant().isBefore(event.data().startsAt())) {
			throw EventRulesBrokenException.of("attendance.notStarted");
		}
		LocalDate date = event.data().startsAt().atZone(HELSINKI).toLocalDate();
		for (RegistrationView registration : store.registrations(eventId)) {
			Boolean attended = attendance.get(registration.id());
			if (attended == null || registration.status() != RegistrationStatus.REGISTERED
					|| attended.equals(registration.attended())) {
				continue;
			}
			store.setAttended(registration.id(), attended);
			if (registration.client() != null) {
				audit.record(user, AuditAction.UPDATE, AuditSubject.client(registration.client(), null),
						"attendance of event " + eventId);
				if (attended) {
					publisher.publishEvent(new ClientAttendedEvent(registration.client(), eventId, event.data().type(),
							event.data().organisation(), date));
				}
			}
		}
	}

	/** Erases the details of self-registered people some time after their event, daily and at start-up. */
	@Scheduled(cron = "0 15 3 * * *", zone = "Europe/Helsinki")
	@EventListener(ApplicationReadyEvent.class)
	public void anonymiseOldSelfRegistrations() {
		int count = store.anonymiseSelfRegistrationsOfEventsEndedBefore(clock.instant().minus(retention));
		if (count > 0) {
			log.info("Erased the contact details of {} self-registrations of past events", count);
		}
	}

	private boolean cancel(RegistrationView registration, EventView event) {
		if (registration.status() == RegistrationStatus.CANCELLED) {
			return false;
		}
		store.lock(event.id());
		store.setRegistrationStatus(registration.id(), RegistrationStatus.CANCELLED);
		promote(event.id(), event.data().capacity());
		return true;
	}

	/** Gives free places to the first on the waiting list; call with the event row locked. */
	private void promote(long eventId, int capacity) {
		int free = capacity - store.count(eventId, RegistrationStatus.REGISTERED);
		if (free > 0) {
			for (long waiting : store.waitlisted(eventId, free)) {
				store.setRegistrationStatus(waiting, RegistrationStatus.REGISTERED);
			}
		}
	}

	/** A place or the waiting list; locks the event row until the transaction ends. */
	private RegistrationStatus placeFor(EventView event) {
		store.lock(event.id());
		int registered = store.count(event.id(), RegistrationStatus.REGISTERED);
		return registered < event.data().capacity() ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
	}

	private EventView requireOpen(long eventId) {
		EventView event = store.find(eventId).orElseThrow(NotFoundException::new);
		if (event.status() == EventStatus.DRAFT) {
			throw new NotFoundException();
		}
		if (!event.openAt(clock.instant())) {
			throw EventRulesBrokenException.of("registration.closed");
		}
		return event;
	}

	private EventView requireOrganiser(CurrentUser user, long id) {
		requireStaff(user);
		EventView event = store.find(id).orElseThrow(NotFoundException::new);
		if (!event.data().organisation().equals(user.organisation())) {
			throw new NotFoundException();
		}
		return event;
	}

	private static void requireStaff(CurrentUser user) {
		if (!user.worksWithClients()) {
			throw new NotFoundException();
		}
	}

	private static void check(EventData data) {
		if (!data.problems().isEmpty()) {
			throw new EventRulesBrokenException(data.problems());
		}
	}

}
