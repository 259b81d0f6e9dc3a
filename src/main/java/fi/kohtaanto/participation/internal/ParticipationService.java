package fi.kohtaanto.participation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.audit.AuditLog;
import fi.kohtaanto.audit.AuditSubject;
import fi.kohtaanto.clients.ClientRef;
import fi.kohtaanto.clients.Clients;
import fi.kohtaanto.clients.ParticipantFacts;
import fi.kohtaanto.participation.ExitData;
import fi.kohtaanto.participation.FollowUpData;
import fi.kohtaanto.participation.Participation;
import fi.kohtaanto.participation.ParticipationChanged;
import fi.kohtaanto.participation.ParticipationRecord;
import fi.kohtaanto.participation.Problem;
import fi.kohtaanto.participation.RulesBrokenException;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exits and follow-ups behind the client access policy. The registering organisation records them also after the
 * client has withdrawn the service consent, because the ESF+ report needs them; audited in the same transaction.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
class ParticipationService implements Participation {

	/** How many days before it falls due a follow-up shows on the reminder list. */
	static final int REMIND_DAYS_BEFORE = 14;

	private final Clients clients;

	private final Exits exits;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	ParticipationService(Clients clients, Exits exits, AuditLog audit, ApplicationEventPublisher events) {
		this.clients = clients;
		this.exits = exits;
		this.audit = audit;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ParticipationRecord> of(ClientId client) {
		return exits.find(client);
	}

	ParticipationPage page(CurrentUser user, ClientId client) {
		ClientRef ref = clients.requireRecordAccess(user, client);
		audit.record(user, AuditAction.VIEW, subject(ref), "participation");
		return new ParticipationPage(ref, entryDate(client), exits.find(client).orElse(null));
	}

	@Override
	public ParticipationRecord recordExit(CurrentUser user, ClientId client, ExitData exit) {
		return saveExit(user, client, exit, null);
	}

	/**
	 * Records the exit, or replaces it if {@code version} is the version the user saw.
	 * @throws StaleExitException if someone changed the exit in between
	 */
	ParticipationRecord saveExit(CurrentUser user, ClientId client, ExitData exit, @Nullable Integer version) {
		ClientRef ref = clients.requireRecordAccess(user, client);
		List<Problem> problems = exit.problems(entryDate(client), LocalDate.now());
		if (!problems.isEmpty()) {
			throw new RulesBrokenException(problems);
		}
		Optional<ParticipationRecord> existing = exits.find(client);
		if (existing.isEmpty()) {
			exits.insertExit(client, ref.owner(), exit, user.username());
			audit.record(user, AuditAction.CREATE, subject(ref), "exit");
		}
		else {
			int expected = version == null ? existing.get().version() : version;
			if (!exits.updateExit(client, expected, exit)) {
				throw new StaleExitException();
			}
			audit.record(user, AuditAction.UPDATE, subject(ref), "exit");
		}
		events.publishEvent(new ParticipationChanged(client));
		return exits.find(client).orElseThrow();
	}

	/** Removes an exit recorded by mistake, with its follow-up. */
	void removeExit(CurrentUser user, ClientId client) {
		ClientRef ref = clients.requireRecordAccess(user, client);
		if (exits.deleteExit(client)) {
			audit.record(user, AuditAction.DELETE, subject(ref), "exit and follow-up");
			events.publishEvent(new ParticipationChanged(client));
		}
	}

	@Override
	public ParticipationRecord recordFollowUp(CurrentUser user, ClientId client, FollowUpData followUp) {
		ClientRef ref = clients.requireRecordAccess(user, client);
		ParticipationRecord record = exits.find(client)
			.orElseThrow(() -> new RulesBrokenException(List.of(new Problem("", "followUp.noExit"))));
		List<Problem> problems = followUp.problems(record.exit().exitDate(), LocalDate.now());
		if (!problems.isEmpty()) {
			throw new RulesBrokenException(problems);
		}
		exits.saveFollowUp(client, followUp.normalised(), user.username());
		audit.record(user, record.followUp() == null ? AuditAction.CREATE : AuditAction.UPDATE, subject(ref),
				"follow-up");
		events.publishEvent(new ParticipationChanged(client));
		return exits.find(client).orElseThrow();
	}

	/**
	 * Follow-ups of the user's organisation that are overdue or fall due within {@link #REMIND_DAYS_BEFORE} days,
	 * earliest first. Only clients the user may see are listed; the list is audited.
	 */
	List<DueFollowUp> dueFollowUps(CurrentUser user, LocalDate today) {
		List<Exits.Pending> pending = exits.pendingFollowUps(user.organisation(),
				today.plusDays(REMIND_DAYS_BEFORE).minusMonths(6));
		Map<ClientId, ClientRef> refs = clients.accessible(user, pending.stream().map(Exits.Pending::client).toList())
			.stream()
			.collect(Collectors.toMap(ClientRef::id, Function.identity()));
		return pending.stream().filter(entry -> refs.containsKey(entry.client())).map(entry -> {
			LocalDate due = Participation.dueDate(entry.exitDate());
			return new DueFollowUp(refs.get(entry.client()), entry.exitDate(), due, due.isBefore(today));
		}).toList();
	}

	private LocalDate entryDate(ClientId client) {
		return clients.participantFacts(client).map(ParticipantFacts::entryDate).orElseThrow(NotFoundException::new);
	}

	private static AuditSubject subject(ClientRef ref) {
		return AuditSubject.client(ref.id(), ref.owner());
	}

}
