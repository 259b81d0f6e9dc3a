package fi.kohtaanto.events.meetmatch;

import static fi.kohtaanto.events.meetmatch.ScheduleChecks.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MeetMatchSchedulerTests {

	private final MeetMatchScheduler scheduler = new MeetMatchScheduler();

	private static MeetMatchProblem.Builder twoSlots() {
		return MeetMatchProblem.builder()
			.slot(1, LocalTime.of(9, 0), LocalTime.of(9, 10))
			.slot(2, LocalTime.of(9, 15), LocalTime.of(9, 25));
	}

	@Test
	void caseAReachesTheExhaustiveOptimum() {
		var random = new Random(11);
		for (int seed = 0; seed < 400; seed++) {
			var shape = new RandomProblems.Shape(1 + random.nextInt(4), 1 + random.nextInt(3), 1 + random.nextInt(3),
					0.8, 0, 0.67, 1 + random.nextInt(2), random.nextInt(3) == 0, random.nextInt(3) == 0, 0);
			var problem = RandomProblems.generate(shape, seed);
			var schedule = scheduler.schedule(problem);

			assertValid(problem, schedule);
			assertThat(schedule.proof()).isEqualTo(Schedule.Proof.MATCHING_AND_COLOURING);
			assertThat(schedule.optimal()).isTrue();
			assertThat(schedule.gap()).isZero();
			assertThat(schedule.totalScore()).as("seed %d", seed).isEqualTo(BruteForce.optimum(problem));
		}
	}

	@Test
	void caseAIsValidOnEventsOfTypicalSize() {
		for (int seed = 0; seed < 5; seed++) {
			var problem = RandomProblems.generate(
					new RandomProblems.Shape(120, 40, 12, 0.6, 0, 0.67, 2, seed % 2 == 0, seed % 3 == 0, 0), seed);
			var schedule = scheduler.schedule(problem);

			assertValid(problem, schedule);
			assertThat(schedule.optimal()).isTrue();
		}
	}

	@Test
	void generalCaseIsFeasibleBoundedAndOptimalWhenItSaysSo() {
		var random = new Random(23);
		var proofs = new EnumMap<Schedule.Proof, Integer>(Schedule.Proof.class);
		int general = 0;
		for (int seed = 0; general < 800; seed++) {
			var shape = new RandomProblems.Shape(2 + random.nextInt(3), 2 + random.nextInt(2), 2 + random.nextInt(2),
					0.9, 1.0, 0.5, 1 + random.nextInt(2), random.nextInt(4) == 0, random.nextInt(3) == 0,
					random.nextInt(3));
			var problem = RandomProblems.generate(shape, 1000 + seed);
			if (new Instance(problem).complications().isEmpty()) {
				continue;
			}
			general++;
			long optimum = BruteForce.optimum(problem);

			for (var solver : new MeetMatchScheduler[] { scheduler, new MeetMatchScheduler(0) }) {
				var schedule = solver.schedule(problem);
				proofs.merge(schedule.proof(), 1, Integer::sum);
				assertValid(problem, schedule);
				assertThat(schedule.complications()).isNotEmpty();
				assertThat(schedule.upperBound()).as("seed %d", seed).isGreaterThanOrEqualTo(optimum);
				assertThat(schedule.totalScore()).isLessThanOrEqualTo(optimum);
				if (schedule.optimal()) {
					assertThat(schedule.totalScore()).as("seed %d", seed).isEqualTo(optimum);
				}
				else {
					assertThat(schedule.gap()).isPositive();
					assertThat(schedule.reason()).isEqualTo(Schedule.REASON_NOT_SEARCHED);
				}
			}
			assertThat(scheduler.schedule(problem).optimal()).as("exact search finishes on tiny problems").isTrue();
		}
		assertThat(proofs).containsKeys(Schedule.Proof.UPPER_BOUND_REACHED, Schedule.Proof.EXHAUSTIVE_SEARCH,
				Schedule.Proof.NONE);
	}

	@Test
	void generalCaseIsValidOnEventsOfTypicalSize() {
		for (int seed = 0; seed < 5; seed++) {
			var problem = RandomProblems.generate(
					new RandomProblems.Shape(100, 30, 12, 0.6, 0.4, 0.67, 2, seed % 2 == 0, seed % 3 == 0, 20), seed);
			var schedule = scheduler.schedule(problem);

			assertValid(problem, schedule);
			assertThat(schedule.complications()).contains(Schedule.Complication.PARTIAL_AVAILABILITY);
		}
	}

	@Test
	void sameProblemGivesTheSameSchedule() {
		var general = new RandomProblems.Shape(40, 12, 8, 0.6, 0.5, 0.67, 2, true, true, 5);
		var caseA = new RandomProblems.Shape(40, 12, 8, 0.6, 0, 0.67, 2, true, true, 0);
		for (var shape : new RandomProblems.Shape[] { general, caseA }) {
			var first = scheduler.schedule(RandomProblems.generate(shape, 5));
			var second = new MeetMatchScheduler().schedule(RandomProblems.generate(shape, 5));
			assertThat(second).isEqualTo(first);
		}
	}

	@Test
	void handlesEmptyAndDegenerateEvents() {
		var empty = MeetMatchProblem.builder().build();
		var noTables = twoSlots().candidate(1, "A", 2).employer(10, "X").score(1, 10, 5).tables(0).build();
		var nobodyPresent = twoSlots().candidate(1, "A", 2)
			.employer(Employer.of(10, "X").availableIn())
			.score(1, 10, 5)
			.build();
		var noScores = twoSlots().candidate(1, "A", 2).employer(10, "X").build();
		for (var problem : List.of(empty, noTables, nobodyPresent, noScores)) {
			var schedule = scheduler.schedule(problem);

			assertValid(problem, schedule);
			assertThat(schedule.meetings()).isEmpty();
			assertThat(schedule.optimal()).isTrue();
			assertThat(schedule.gap()).isZero();
		}
	}

	@Test
	void maximisesScoreRatherThanTheNumberOfMeetings() {
		// One slot: meeting A–X alone (10) beats A–Y plus B–X (4 + 4).
		var problem = MeetMatchProblem.builder()
			.slot(1, LocalTime.of(9, 0), LocalTime.of(9, 10))
			.candidate(1, "A", 1)
			.candidate(2, "B", 1)
			.employer(10, "X")
			.employer(20, "Y")
			.score(1, 10, 10)
			.score(1, 20, 4)
			.score(2, 10, 4)
			.build();
		var schedule = scheduler.schedule(problem);

		assertThat(schedule.totalScore()).isEqualTo(10);
		assertThat(schedule.meetings()).singleElement()
			.satisfies(m -> assertThat(m.candidateId()).isEqualTo(1))
			.satisfies(m -> assertThat(m.employerId()).isEqualTo(10));
	}

	@Test
	void printsPersonSchedulesWithTablesThatStayWithTheEmployer() {
		var problem = twoSlots()
			.candidate(1, "Amina", 2)
			.candidate(2, "Bao", 2)
			.employer(10, "Kone")
			.employer(20, "Metsä")
			.score(1, 10, 80)
			.score(1, 20, 60)
			.score(2, 10, 70)
			.score(2, 20, 90)
			.build();
		var schedule = scheduler.schedule(problem);

		assertThat(schedule.totalScore()).isEqualTo(300);
		assertThat(schedule.meetings()).allSatisfy(m -> assertThat(m.table()).isEqualTo(m.employerId() == 10 ? 1 : 2));
		var amina = schedule.candidateSchedules().get(0);
		assertThat(amina.lines()).extracting(PersonSchedule.Line::counterpartLabel)
			.containsExactlyInAnyOrder("Kone", "Metsä");
		assertThat(amina.toText()).startsWith("Amina\n  09:00\u201309:10  ").contains("09:15\u201309:25");
		assertThat(schedule.employerSchedules().get(1).label()).isEqualTo("Metsä");
	}

	@Test
	void pinnedMeetingsStayWhereTheyArePinned() {
		var problem = twoSlots()
			.candidate(1, "A", 2)
			.employer(10, "X")
			.employer(20, "Y")
			.score(1, 10, 50)
			.pin(1, 20, 1)
			.build();
		var schedule = scheduler.schedule(problem);

		assertValid(problem, schedule);
		assertThat(schedule.meetings()).extracting(m -> m.slot().number(), Meeting::employerId, Meeting::pinned)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 20L, true),
					org.assertj.core.groups.Tuple.tuple(2, 10L, false));
		assertThat(schedule.optimal()).isTrue();
		assertThat(schedule.complications()).containsExactly(Schedule.Complication.PINNED_MEETINGS);
	}

	@Test
	void reportsTheGapUntilTheExactSearchProvesTheOptimum() {
		// X and W are there in slot 1 only, so A and B both need Y in slot 2; the relaxation does not see that.
		var problem = twoSlots()
			.candidate(1, "A", 2)
			.candidate(2, "B", 2)
			.employer(Employer.of(10, "X").availableIn(1))
			.employer(Employer.of(20, "W").availableIn(1))
			.employer(Employer.of(30, "Y"))
			.score(1, 10, 50)
			.score(1, 30, 40)
			.score(2, 20, 30)
			.score(2, 30, 20)
			.build();

		var notSearched = new MeetMatchScheduler(0).schedule(problem);
		var stopped = new MeetMatchScheduler(1).schedule(problem);
		var searched = scheduler.schedule(problem);

		for (var schedule : List.of(notSearched, stopped, searched)) {
			assertValid(problem, schedule);
			assertThat(schedule.totalScore()).isEqualTo(120);
		}
		assertThat(notSearched.optimal()).isFalse();
		assertThat(notSearched.upperBound()).isEqualTo(140);
		assertThat(notSearched.gap()).isEqualTo(20.0 / 140);
		assertThat(notSearched.reason()).isEqualTo(Schedule.REASON_NOT_SEARCHED);
		assertThat(stopped.reason()).isEqualTo(Schedule.REASON_SEARCH_LIMIT);
		assertThat(searched.optimal()).isTrue();
		assertThat(searched.proof()).isEqualTo(Schedule.Proof.EXHAUSTIVE_SEARCH);
		assertThat(searched.upperBound()).isEqualTo(120);
		assertThat(searched.complications()).containsExactly(Schedule.Complication.PARTIAL_AVAILABILITY);
	}

}
