package fi.kohtaanto.events.meetmatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SlotAssignmentTests {

	@Test
	void placesEveryPairOrLeavesTheBoardAsItWas() {
		int placedAll = 0;
		for (int seed = 0; seed < 200; seed++) {
			var problem = RandomProblems.generate(new RandomProblems.Shape(12, 5, 5, 0.8, 1.0, 0.4, 2, seed % 3 == 0,
					seed % 2 == 0, 2), seed);
			var in = new Instance(problem);
			var relaxation = Relaxation.of(in);
			var board = new Board(in);
			var before = board.meetings();

			boolean all = SlotAssignment.placeAll(board, relaxation.pairs, 1_000_000);

			if (all) {
				placedAll++;
				assertThat(board.value).isEqualTo(relaxation.bound);
				for (int[] pair : relaxation.pairs) {
					int t = board.pairSlot[pair[0]][pair[1]];
					assertThat(t).isNotNegative();
					assertThat(in.available[pair[1]][t]).isTrue();
				}
			}
			else {
				assertThat(board.meetings()).containsExactlyElementsOf(before);
			}
		}
		assertThat(placedAll).isPositive();
	}

	@Test
	void failsWhenTwoPairsNeedTheSameOnlySlot() {
		var problem = MeetMatchProblem.builder()
			.slot(1, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(9, 10))
			.slot(2, java.time.LocalTime.of(9, 15), java.time.LocalTime.of(9, 25))
			.candidate(1, "A", 2)
			.employer(Employer.of(10, "X").availableIn(1))
			.employer(Employer.of(20, "Y").availableIn(1))
			.score(1, 10, 5)
			.score(1, 20, 5)
			.build();
		var board = new Board(new Instance(problem));

		assertThat(SlotAssignment.placeAll(board, List.of(new int[] { 0, 0 }, new int[] { 0, 1 }), 1000)).isFalse();
		assertThat(board.meetings()).isEmpty();
	}

}
