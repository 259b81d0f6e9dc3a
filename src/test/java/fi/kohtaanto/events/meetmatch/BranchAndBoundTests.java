package fi.kohtaanto.events.meetmatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BranchAndBoundTests {

	@Test
	void finishedSearchFindsTheExhaustiveOptimumFromNothing() {
		var random = new Random(31);
		for (int seed = 0; seed < 300; seed++) {
			var shape = new RandomProblems.Shape(1 + random.nextInt(4), 1 + random.nextInt(3), 1 + random.nextInt(3),
					0.8, 0.5, 0.6, 1 + random.nextInt(2), random.nextInt(4) == 0, random.nextInt(3) == 0,
					random.nextInt(3));
			var problem = RandomProblems.generate(shape, 7000 + seed);
			var in = new Instance(problem);

			var outcome = BranchAndBound.search(in, Long.MAX_VALUE, -1, List.of());

			assertThat(outcome.complete()).isTrue();
			assertThat(outcome.value()).as("seed %d", seed).isEqualTo(BruteForce.optimum(problem));
			var board = new Board(in);
			long value = board.value;
			for (int[] m : outcome.meetings()) {
				if (!board.pinned[m[0]][m[1]]) {
					assertThat(board.fits(m[0], m[1], m[2])).isTrue();
					board.place(m[0], m[1], m[2]);
				}
			}
			assertThat(board.value).isEqualTo(outcome.value()).isGreaterThanOrEqualTo(value);
		}
	}

	@Test
	void stopsAtTheWorkLimitAndKeepsTheIncumbent() {
		var problem = RandomProblems.generate(new RandomProblems.Shape(20, 8, 6, 0.8, 1, 0.5, 1, false, false, 0), 1);

		var in = new Instance(problem);

		var outcome = BranchAndBound.search(in, 10_000, -1, List.of());

		assertThat(outcome.complete()).isFalse();
		assertThat(outcome.meetings().stream().mapToLong(m -> in.weight[m[0]][m[1]]).sum())
			.isEqualTo(outcome.value());
	}

}
