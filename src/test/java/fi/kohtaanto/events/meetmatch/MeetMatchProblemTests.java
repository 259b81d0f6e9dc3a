package fi.kohtaanto.events.meetmatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.function.UnaryOperator;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class MeetMatchProblemTests {

	/** Two slots, candidates 1 and 2 (cap 2), employers 10 and 20 (employer 20 only in slot 2). */
	private static MeetMatchProblem.Builder base() {
		return MeetMatchProblem.builder()
			.slot(1, LocalTime.of(9, 0), LocalTime.of(9, 10))
			.slot(2, LocalTime.of(9, 15), LocalTime.of(9, 25))
			.candidate(1, "A", 2)
			.candidate(2, "B", 2)
			.employer(10, "X")
			.employer(Employer.of(20, "Y").availableIn(2));
	}

	private static void assertRejected(ThrowingCallable call, String code, Object... arguments) {
		assertThatThrownBy(call).isInstanceOfSatisfying(MeetMatchInputException.class, e -> {
			assertThat(e.code()).isEqualTo(code);
			assertThat(e.arguments()).containsExactly(arguments);
		});
	}

	private static void assertRejected(UnaryOperator<MeetMatchProblem.Builder> change, String code,
			Object... arguments) {
		assertRejected(() -> change.apply(base()).build(), code, arguments);
	}

	@Test
	void acceptsAValidProblem() {
		var problem = base().score(1, 10, 5).forbid(2, 10).pin(2, 20, 2).tables(3).build();

		assertThat(problem.tableCount()).isEqualTo(3);
		assertThat(base().build().tableCount()).isEqualTo(2);
	}

	@Test
	void rejectsDuplicateIds() {
		assertRejected(b -> b.candidate(1, "again", 1), MeetMatchInputException.DUPLICATE_CANDIDATE, 1L);
		assertRejected(b -> b.employer(10, "again"), MeetMatchInputException.DUPLICATE_EMPLOYER, 10L);
		assertRejected(b -> b.slot(2, LocalTime.of(10, 0), LocalTime.of(10, 10)),
				MeetMatchInputException.DUPLICATE_SLOT, 2);
		assertRejected(b -> b.score(1, 10, 3).score(1, 10, 4), MeetMatchInputException.DUPLICATE_SCORE, 1L, 10L);
	}

	@Test
	void rejectsNegativeCapsAndScores() {
		assertRejected(() -> new Candidate(7, "C", -1), MeetMatchInputException.NEGATIVE_CANDIDATE_CAP, 7L, -1);
		assertRejected(() -> Employer.of(8, "E").withMaxMeetings(-2), MeetMatchInputException.NEGATIVE_EMPLOYER_CAP,
				8L, -2);
		assertRejected(() -> Employer.of(8, "E").withParallelTables(0),
				MeetMatchInputException.INVALID_PARALLEL_TABLES, 8L, 0);
		assertRejected(b -> b.score(1, 10, -5), MeetMatchInputException.NEGATIVE_SCORE, 1L, 10L, -5);
		assertRejected(b -> b.tables(-1), MeetMatchInputException.NEGATIVE_TABLES, -1);
	}

	@Test
	void rejectsUnknownSlotsAndPeople() {
		assertRejected(b -> b.employer(Employer.of(30, "Z").availableIn(1, 3)), MeetMatchInputException.UNKNOWN_SLOT,
				30L, 3);
		assertRejected(b -> b.score(9, 10, 1), MeetMatchInputException.UNKNOWN_CANDIDATE, 9L);
		assertRejected(b -> b.forbid(1, 99), MeetMatchInputException.UNKNOWN_EMPLOYER, 99L);
		assertRejected(b -> b.pin(1, 10, 3), MeetMatchInputException.PINNED_UNKNOWN_SLOT, 1L, 10L, 3);
	}

	@Test
	void rejectsBadSlots() {
		assertRejected(() -> new TimeSlot(1, LocalTime.of(9, 0), LocalTime.of(9, 0)),
				MeetMatchInputException.SLOT_TIMES, 1);
		assertRejected(b -> b.slot(4, LocalTime.of(10, 0), LocalTime.of(10, 10)),
				MeetMatchInputException.SLOT_NUMBERING, 3, 4);
		assertRejected(b -> b.slot(3, LocalTime.of(9, 20), LocalTime.of(9, 30)), MeetMatchInputException.SLOTS_OVERLAP,
				2, 3);
	}

	@Test
	void rejectsPinsThatBreakTheRules() {
		assertRejected(b -> b.pin(1, 20, 1), MeetMatchInputException.PINNED_UNAVAILABLE, 1L, 20L, 1);
		assertRejected(b -> b.forbid(1, 10).pin(1, 10, 1), MeetMatchInputException.PINNED_FORBIDDEN, 1L, 10L);
		assertRejected(b -> b.pin(1, 10, 1).pin(1, 10, 2), MeetMatchInputException.PINNED_PAIR_TWICE, 1L, 10L);
		assertRejected(b -> b.pin(1, 10, 2).pin(1, 20, 2), MeetMatchInputException.PINNED_CANDIDATE_DOUBLE_BOOKED, 1L,
				2);
		assertRejected(b -> b.pin(1, 10, 1).pin(2, 10, 1), MeetMatchInputException.PINNED_EMPLOYER_OVERBOOKED, 10L, 1);
		assertRejected(b -> b.candidate(3, "C", 0).pin(3, 10, 1), MeetMatchInputException.PINNED_CANDIDATE_OVER_CAP,
				3L, 0);
		assertRejected(b -> b.employer(Employer.of(30, "Z").withMaxMeetings(1)).pin(1, 30, 1).pin(2, 30, 2),
				MeetMatchInputException.PINNED_EMPLOYER_OVER_CAP, 30L, 1);
		assertRejected(b -> b.tables(1).pin(1, 10, 2).pin(2, 20, 2), MeetMatchInputException.PINNED_TABLES_EXCEEDED, 2,
				1);
	}

	@Test
	void exceptionCarriesCodeAndArgumentsForTheServiceLayer() {
		var exception = new MeetMatchInputException(MeetMatchInputException.DUPLICATE_CANDIDATE, 5L);

		assertThat(exception).isInstanceOf(IllegalArgumentException.class);
		assertThat(exception.code()).isEqualTo("meetmatch.error.duplicateCandidate");
		assertThat(exception.arguments()).isEqualTo(List.of(5L));
	}

}
