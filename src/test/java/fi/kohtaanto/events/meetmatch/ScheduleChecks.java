package fi.kohtaanto.events.meetmatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a schedule against every rule of its problem, from the records only.
 */
final class ScheduleChecks {

	private ScheduleChecks() {
	}

	static void assertValid(MeetMatchProblem problem, Schedule schedule) {
		var candidates = problem.candidates().stream().collect(Collectors.toMap(Candidate::id, Function.identity()));
		var employers = problem.employers().stream().collect(Collectors.toMap(Employer::id, Function.identity()));
		Map<List<Long>, Integer> score = new HashMap<>();
		problem.scores().forEach(s -> score.put(List.of(s.candidateId(), s.employerId()), s.points()));
		var forbidden = new HashSet<List<Long>>();
		problem.forbiddenPairs().forEach(p -> forbidden.add(List.of(p.candidateId(), p.employerId())));
		var pinned = new HashSet<List<Long>>();
		problem.pinnedMeetings().forEach(p -> pinned.add(List.of(p.candidateId(), p.employerId(), (long) p.slot())));

		var pairs = new HashSet<List<Long>>();
		var candidateSlots = new HashSet<List<Long>>();
		var tables = new HashSet<List<Integer>>();
		Map<List<Long>, Integer> employerLoad = new HashMap<>();
		Map<Long, Integer> candidateCount = new HashMap<>();
		Map<Long, Integer> employerCount = new HashMap<>();
		Map<Integer, Integer> slotLoad = new HashMap<>();
		long total = 0;
		for (var m : schedule.meetings()) {
			var candidate = candidates.get(m.candidateId());
			var employer = employers.get(m.employerId());
			assertThat(candidate).isNotNull();
			assertThat(employer).isNotNull();
			assertThat(problem.slots()).contains(m.slot());
			int slot = m.slot().number();
			var pair = List.of(m.candidateId(), m.employerId());
			boolean isPinned = pinned.contains(List.of(m.candidateId(), m.employerId(), (long) slot));
			assertThat(m.pinned()).isEqualTo(isPinned);
			if (!isPinned) {
				assertThat(score.getOrDefault(pair, 0)).as("score of %s", pair).isPositive();
				assertThat(forbidden).doesNotContain(pair);
			}
			assertThat(m.score()).isEqualTo(score.getOrDefault(pair, 0));
			assertThat(employer.isAvailableIn(slot)).as("%s available in %d", employer, slot).isTrue();
			assertThat(pairs.add(pair)).as("pair %s once", pair).isTrue();
			assertThat(candidateSlots.add(List.of(m.candidateId(), (long) slot))).as("candidate once per slot")
				.isTrue();
			assertThat(employerLoad.merge(List.of(m.employerId(), (long) slot), 1, Integer::sum))
				.isLessThanOrEqualTo(employer.parallelTables());
			assertThat(candidateCount.merge(m.candidateId(), 1, Integer::sum))
				.isLessThanOrEqualTo(candidate.maxMeetings());
			if (employer.maxMeetings() != null) {
				assertThat(employerCount.merge(m.employerId(), 1, Integer::sum))
					.isLessThanOrEqualTo(employer.maxMeetings());
			}
			assertThat(slotLoad.merge(slot, 1, Integer::sum)).isLessThanOrEqualTo(problem.tableCount());
			assertThat(m.table()).isBetween(1, problem.tableCount());
			assertThat(tables.add(List.of(slot, m.table()))).as("table %d in slot %d once", m.table(), slot).isTrue();
			total += m.score();
		}
		for (var pin : problem.pinnedMeetings()) {
			assertThat(schedule.meetings())
				.anyMatch(m -> m.pinned() && m.candidateId() == pin.candidateId() && m.employerId() == pin.employerId()
						&& m.slot().number() == pin.slot());
		}
		assertThat(schedule.totalScore()).isEqualTo(total);
		assertThat(schedule.upperBound()).isGreaterThanOrEqualTo(total);
		double gap = schedule.upperBound() == 0 ? 0 : (double) (schedule.upperBound() - total) / schedule.upperBound();
		assertThat(schedule.gap()).isEqualTo(gap);
		if (schedule.optimal()) {
			assertThat(schedule.upperBound()).isEqualTo(total);
			assertThat(schedule.reason()).isNull();
			assertThat(schedule.proof()).isNotEqualTo(Schedule.Proof.NONE);
		}
		else {
			assertThat(schedule.reason()).isNotNull();
			assertThat(schedule.proof()).isEqualTo(Schedule.Proof.NONE);
		}
		assertPersonSchedules(problem, schedule);
	}

	/** Every meeting appears once in its candidate's and once in its employer's schedule, in time order. */
	static void assertPersonSchedules(MeetMatchProblem problem, Schedule schedule) {
		assertThat(schedule.candidateSchedules()).extracting(PersonSchedule::personId)
			.containsExactlyElementsOf(problem.candidates().stream().map(Candidate::id).sorted().toList());
		assertThat(schedule.employerSchedules()).extracting(PersonSchedule::personId)
			.containsExactlyElementsOf(problem.employers().stream().map(Employer::id).sorted().toList());
		var fromCandidates = new ArrayList<List<Object>>();
		for (var person : schedule.candidateSchedules()) {
			assertThat(person.label()).isEqualTo(problem.candidates()
				.stream()
				.filter(c -> c.id() == person.personId())
				.findFirst()
				.orElseThrow()
				.label());
			assertThat(person.lines()).isSortedAccordingTo((a, b) -> a.slot().number() - b.slot().number());
			person.lines()
				.forEach(l -> fromCandidates.add(List.of(l.slot(), l.table(), person.personId(), l.counterpartId(),
						l.score())));
		}
		var fromEmployers = new ArrayList<List<Object>>();
		for (var person : schedule.employerSchedules()) {
			assertThat(person.lines()).isSortedAccordingTo((a, b) -> a.slot().number() - b.slot().number());
			person.lines()
				.forEach(l -> fromEmployers.add(List.of(l.slot(), l.table(), l.counterpartId(), person.personId(),
						l.score())));
		}
		var fromMeetings = schedule.meetings()
			.stream()
			.map(m -> List.<Object>of(m.slot(), m.table(), m.candidateId(), m.employerId(), m.score()))
			.toList();
		assertThat(fromCandidates).containsExactlyInAnyOrderElementsOf(fromMeetings);
		assertThat(fromEmployers).containsExactlyInAnyOrderElementsOf(fromMeetings);
	}

}
