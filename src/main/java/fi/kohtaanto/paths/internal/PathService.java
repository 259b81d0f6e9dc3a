package fi.kohtaanto.paths.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.audit.AuditLog;
import fi.kohtaanto.audit.AuditSubject;
import fi.kohtaanto.clients.ClientRef;
import fi.kohtaanto.clients.Clients;
import fi.kohtaanto.organisations.Organisations;
import fi.kohtaanto.paths.GuidanceSessionData;
import fi.kohtaanto.paths.GuidanceSessionView;
import fi.kohtaanto.paths.PathChanged;
import fi.kohtaanto.paths.PathStepCompleted;
import fi.kohtaanto.paths.PathStepData;
import fi.kohtaanto.paths.PathStepStatus;
import fi.kohtaanto.paths.PathStepType;
import fi.kohtaanto.paths.PathStepView;
import fi.kohtaanto.paths.Paths;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Path plans and guidance sessions behind the client access policy: every method first asks the clients module
 * whether the user may work with the client's record (which also audits a refusal), then audits what the user saw
 * or changed in the same transaction. Audit details name steps by number, never their content.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
class PathService implements Paths {

	static final int MAX_STEPS = 200;

	private final Clients clients;

	private final PathSteps steps;

	private final AuditLog audit;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	PathService(Clients clients, PathSteps steps, AuditLog audit, Organisations organisations,
			ApplicationEventPublisher events) {
		this.clients = clients;
		this.steps = steps;
		this.audit = audit;
		this.organisations = organisations;
		this.events = events;
	}

	@Override
	public List<PathStepView> plan(CurrentUser user, ClientId client) {
		ClientRef ref = clients.requireFullAccess(user, client);
		audit.record(user, AuditAction.VIEW, subject(ref), "path plan");
		return steps.ofClient(client);
	}

	/** The plan and the session log for the page, audited as one view. */
	PathPage page(CurrentUser user, ClientId client) {
		ClientRef ref = clients.requireFullAccess(user, client);
		audit.record(user, AuditAction.VIEW, subject(ref), "path plan, guidance sessions");
		return new PathPage(ref, steps.ofClient(client), steps.sessionsOf(client));
	}

	/** One step for its edit form; opening the form counts as a view. */
	PathStepView step(CurrentUser user, ClientId client, long stepId) {
		ClientRef ref = clients.requireFullAccess(user, client);
		PathStepView step = steps.find(client, stepId).orElseThrow(NotFoundException::new);
		audit.record(user, AuditAction.VIEW, subject(ref), "path step " + stepId);
		return step;
	}

	@Override
	public PathStepView add(CurrentUser user, ClientId client, PathStepData data) {
		ClientRef ref = clients.requireFullAccess(user, client);
		check(data);
		if (steps.count(client) >= MAX_STEPS) {
			throw new PathPlanFullException();
		}
		long id = steps.insert(client, data, user.username());
		audit.record(user, AuditAction.CREATE, subject(ref), "path step " + id);
		events.publishEvent(new PathChanged(client));
		if (data.status() == PathStepStatus.DONE) {
			completed(client, id, data);
		}
		return steps.find(client, id).orElseThrow();
	}

	/**
	 * Replaces what the step says.
	 * @throws StalePathStepException if someone changed the step after {@code version}
	 */
	void update(CurrentUser user, ClientId client, long stepId, int version, PathStepData data) {
		ClientRef ref = clients.requireFullAccess(user, client);
		check(data);
		PathStepView before = steps.find(client, stepId).orElseThrow(NotFoundException::new);
		List<String> changed = changedFields(before.data(), data);
		if (changed.isEmpty()) {
			return;
		}
		if (!steps.update(client, stepId, version, data)) {
			throw new StalePathStepException();
		}
		audit.record(user, AuditAction.UPDATE, subject(ref),
				"path step " + stepId + " fields: " + String.join(", ", changed));
		events.publishEvent(new PathChanged(client));
		if (data.status() == PathStepStatus.DONE && before.data().status() != PathStepStatus.DONE) {
			completed(client, stepId, data);
		}
	}

	/**
	 * Moves the step to another status with the dates that go with it: a step started now starts today at the
	 * latest, a step done now ends today at the latest.
	 */
	void changeStatus(CurrentUser user, ClientId client, long stepId, PathStepStatus status, LocalDate today) {
		clients.requireFullAccess(user, client);
		PathStepView step = steps.find(client, stepId).orElseThrow(NotFoundException::new);
		PathStepData data = step.data();
		LocalDate start = data.startDate();
		LocalDate end = data.endDate();
		if (status == PathStepStatus.IN_PROGRESS && start.isAfter(today)) {
			start = today;
		}
		if (status == PathStepStatus.DONE) {
			if (start.isAfter(today)) {
				start = today;
			}
			if (end == null || end.isAfter(today)) {
				end = today;
			}
		}
		update(user, client, stepId, step.version(),
				new PathStepData(data.type(), data.title(), data.responsible(), start, end, status, data.notes()));
	}

	void remove(CurrentUser user, ClientId client, long stepId) {
		ClientRef ref = clients.requireFullAccess(user, client);
		if (steps.delete(client, stepId)) {
			audit.record(user, AuditAction.DELETE, subject(ref), "path step " + stepId);
			events.publishEvent(new PathChanged(client));
		}
	}

	@Override
	public GuidanceSessionView logSession(CurrentUser user, ClientId client, GuidanceSessionData data) {
		ClientRef ref = clients.requireFullAccess(user, client);
		if (data.heldOn().isAfter(LocalDate.now()) || data.heldOn().getYear() < PathStepData.FIRST_YEAR
				|| data.durationMinutes() < GuidanceSessionData.MIN_MINUTES
				|| data.durationMinutes() > GuidanceSessionData.MAX_MINUTES) {
			throw new IllegalArgumentException("Session date or duration out of range");
		}
		if (data.pathStepId() != null && steps.find(client, data.pathStepId()).isEmpty()) {
			throw new UnknownPathStepException();
		}
		long id = steps.insertSession(client, data, user.organisation(), user.username());
		audit.record(user, AuditAction.CREATE, subject(ref), "guidance session " + id);
		return steps.sessionsOf(client).stream().filter(session -> session.id() == id).findFirst().orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public Set<PathStepType> completedStepTypes(ClientId client) {
		Set<PathStepType> types = EnumSet.noneOf(PathStepType.class);
		steps.ofClient(client)
			.stream()
			.filter(step -> step.data().status() == PathStepStatus.DONE)
			.forEach(step -> types.add(step.data().type()));
		return types;
	}

	void removeSession(CurrentUser user, ClientId client, long sessionId) {
		ClientRef ref = clients.requireFullAccess(user, client);
		if (steps.deleteSession(client, sessionId)) {
			audit.record(user, AuditAction.DELETE, subject(ref), "guidance session " + sessionId);
		}
	}

	private void check(PathStepData data) {
		if (!data.problems(LocalDate.now()).isEmpty()) {
			throw new IllegalArgumentException("Path step breaks a rule: " + data.problems(LocalDate.now()));
		}
		if (organisations.find(data.responsible()).isEmpty()) {
			throw new IllegalArgumentException("Unknown organisation " + data.responsible());
		}
	}

	private void completed(ClientId client, long stepId, PathStepData data) {
		events.publishEvent(new PathStepCompleted(client, stepId, data.type(), data.responsible(),
				Objects.requireNonNull(data.endDate())));
	}

	private static List<String> changedFields(PathStepData before, PathStepData after) {
		List<String> changed = new ArrayList<>();
		track(changed, "type", before.type(), after.type());
		track(changed, "title", before.title(), after.title());
		track(changed, "responsible", before.responsible(), after.responsible());
		track(changed, "startDate", before.startDate(), after.startDate());
		track(changed, "endDate", before.endDate(), after.endDate());
		track(changed, "status", before.status(), after.status());
		track(changed, "notes", before.notes(), after.notes());
		return changed;
	}

	private static void track(List<String> changed, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}

	private static AuditSubject subject(ClientRef ref) {
		return AuditSubject.client(ref.id(), ref.owner());
	}

}
