package fi.kohtaanto.events.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.audit.AuditLog;
import fi.kohtaanto.audit.AuditSubject;
import fi.kohtaanto.employers.EmployerView;
import fi.kohtaanto.employers.Employers;
import fi.kohtaanto.events.EventType;
import fi.kohtaanto.events.EventView;
import fi.kohtaanto.events.meetmatch.Employer;
import fi.kohtaanto.events.meetmatch.MeetMatchProblem;
import fi.kohtaanto.events.meetmatch.MeetMatchScheduler;
import fi.kohtaanto.events.meetmatch.Meeting;
import fi.kohtaanto.events.meetmatch.Schedule;
import fi.kohtaanto.matching.Matching;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meet&Match events: the organiser divides the event into slots, names the employers and their presence, and has
 * the schedule computed that maximises the total match score of the meetings. Only registered clients whose consent
 * allows matching take part; the scores come from the matching module.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
class MeetMatchService {

	private final EventService events;

	private final MeetMatchStore store;

	private final Employers employers;

	private final Matching matching;

	private final AuditLog audit;

	MeetMatchService(EventService events, MeetMatchStore store, Employers employers, Matching matching,
			AuditLog audit) {
		this.events = events;
		this.store = store;
		this.employers = employers;
		this.matching = matching;
		this.audit = audit;
	}

	/** The event, if it is a Meet&Match event; any staff member may look. */
	EventView meetMatchEvent(CurrentUser user, long eventId) {
		EventView event = events.details(user, eventId).event();
		if (event.data().type() != EventType.MEET_AND_MATCH) {
			throw new NotFoundException();
		}
		return event;
	}

	Optional<MeetMatchStore.Setup> setup(long eventId) {
		return store.setup(eventId);
	}

	List<MeetMatchStore.Participant> participants(long eventId) {
		return store.participants(eventId);
	}

	/**
	 * Divides the event into slots; the slots must lie within the event's time.
	 * @throws EventRulesBrokenException if they do not
	 */
	void saveSetup(CurrentUser user, long eventId, MeetMatchStore.Setup setup) {
		EventView event = requireOrganiser(user, eventId);
		LocalTime start = event.data().startsAt().atZone(EventService.HELSINKI).toLocalTime();
		LocalTime end = event.data().endsAt().atZone(EventService.HELSINKI).toLocalTime();
		LocalTime lastEnd = setup.slotEnd(setup.slotCount());
		if (setup.firstSlot().isBefore(start) || lastEnd.isAfter(end) || lastEnd.isBefore(setup.firstSlot())) {
			throw new EventRulesBrokenException(List.of(new fi.kohtaanto.events.EventData.Problem("slotCount",
					"meetmatch.slots.outsideEvent")));
		}
		store.saveSetup(eventId, setup);
	}

	/** Adds an employer present in every slot, or changes its presence and parallel tables. */
	void saveParticipant(CurrentUser user, long eventId, EmployerId employer, Set<Integer> slots, int parallelTables) {
		requireOrganiser(user, eventId);
		employers.find(employer).orElseThrow(NotFoundException::new);
		int count = store.setup(eventId).map(MeetMatchStore.Setup::slotCount).orElse(0);
		Set<Integer> valid = slots.stream().filter(slot -> slot >= 1 && slot <= count).collect(Collectors.toCollection(TreeSet::new));
		store.saveParticipant(eventId, new MeetMatchStore.Participant(employer, valid,
				Math.max(1, Math.min(parallelTables, 10))));
	}

	void addParticipant(CurrentUser user, long eventId, EmployerId employer) {
		int count = store.setup(eventId).map(MeetMatchStore.Setup::slotCount).orElse(0);
		saveParticipant(user, eventId, employer, IntStream.rangeClosed(1, count).boxed().collect(Collectors.toSet()), 1);
	}

	void removeParticipant(CurrentUser user, long eventId, EmployerId employer) {
		requireOrganiser(user, eventId);
		store.removeParticipant(eventId, employer);
	}

	/**
	 * Computes the schedule for the registered clients and the employers and keeps it as the event's schedule.
	 * @throws EventRulesBrokenException if the slots are not set or there are no employers
	 * @throws fi.kohtaanto.events.meetmatch.MeetMatchInputException if the scheduler refuses the input
	 */
	MeetMatchStore.Summary compute(CurrentUser user, long eventId) {
		EventView event = requireOrganiser(user, eventId);
		MeetMatchStore.Setup setup = store.setup(eventId)
			.orElseThrow(() -> EventRulesBrokenException.of("meetmatch.setup.missing"));
		List<MeetMatchStore.Participant> participants = store.participants(eventId);
		if (participants.isEmpty()) {
			throw EventRulesBrokenException.of("meetmatch.employers.missing");
		}
		List<ClientId> registered = events.registeredClients(eventId);
		Map<ClientId, Map<EmployerId, Integer>> scores = matching.employerScores(registered,
				participants.stream().map(MeetMatchStore.Participant::employer).toList());
		Map<EmployerId, String> names = employers
			.findAll(participants.stream().map(MeetMatchStore.Participant::employer).toList())
			.stream()
			.collect(Collectors.toMap(EmployerView::id, EmployerView::name));
		MeetMatchProblem.Builder problem = MeetMatchProblem.builder()
			.slots(setup.slotCount(), setup.firstSlot(), Duration.ofMinutes(setup.slotMinutes()),
					Duration.ofMinutes(setup.breakMinutes()));
		if (setup.tables() != null) {
			problem.tables(setup.tables());
		}
		for (MeetMatchStore.Participant participant : participants) {
			problem.employer(Employer.of(participant.employer().value(), names.getOrDefault(participant.employer(), ""))
				.availableIn(participant.slots())
				.withParallelTables(participant.parallelTables()));
		}
		for (Map.Entry<ClientId, Map<EmployerId, Integer>> candidate : scores.entrySet()) {
			problem.candidate(candidate.getKey().value(), matching.pseudonym(candidate.getKey()), setup.maxMeetings());
			candidate.getValue().forEach((employer, score) -> {
				if (score > 0) {
					problem.score(candidate.getKey().value(), employer.value(), score);
				}
			});
		}
		Schedule schedule = new MeetMatchScheduler().schedule(problem.build());
		List<MeetMatchStore.StoredMeeting> meetings = new ArrayList<>();
		for (Meeting meeting : schedule.meetings()) {
			meetings.add(new MeetMatchStore.StoredMeeting(meeting.slot().number(), meeting.table(),
					ClientId.of(meeting.candidateId()), EmployerId.of(meeting.employerId()), meeting.score()));
		}
		MeetMatchStore.Summary summary = new MeetMatchStore.Summary(Instant.now(), user.username(),
				schedule.totalScore(), schedule.upperBound(), schedule.optimal(), schedule.proof().name(),
				schedule.reason(), registered.size(), registered.size() - scores.size());
		store.saveSchedule(eventId, summary, meetings);
		audit.record(user, AuditAction.CREATE, new AuditSubject(EventService.SUBJECT_EVENT, eventId,
				event.data().organisation()), "Meet&Match schedule, " + meetings.size() + " meetings");
		return summary;
	}

	Optional<MeetMatchStore.Summary> summary(long eventId) {
		return store.summary(eventId);
	}

	List<MeetMatchStore.StoredMeeting> meetings(long eventId) {
		return store.meetings(eventId);
	}

	private EventView requireOrganiser(CurrentUser user, long eventId) {
		EventView event = meetMatchEvent(user, eventId);
		if (!event.data().organisation().equals(user.organisation())) {
			throw new NotFoundException();
		}
		return event;
	}

}
