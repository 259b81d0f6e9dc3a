package fi.kohtaanto.events.meetmatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class EdgeColouringTests {

	@Test
	void coloursRandomBipartiteMultigraphsWithMaxDegreeColours() {
		var random = new Random(3);
		for (int round = 0; round < 500; round++) {
			int leftCount = 1 + random.nextInt(12);
			int rightCount = 1 + random.nextInt(12);
			int colours = 1 + random.nextInt(6);
			var graph = randomGraph(random, leftCount, rightCount, colours, random.nextInt(60));

			int[] colour = EdgeColouring.colour(leftCount, rightCount, graph[0], graph[1], colours);

			assertProper(leftCount, graph, colour, colours);
		}
	}

	@Test
	void coloursRegularMultigraphsWithExactlyDeltaColours() {
		var random = new Random(5);
		for (int round = 0; round < 200; round++) {
			int n = 1 + random.nextInt(15);
			int degree = 1 + random.nextInt(8);
			// A union of `degree` random perfect matchings: every vertex has degree exactly `degree`, with repeats.
			var left = new ArrayList<Integer>();
			var right = new ArrayList<Integer>();
			for (int k = 0; k < degree; k++) {
				var permutation = new ArrayList<Integer>();
				for (int i = 0; i < n; i++) {
					permutation.add(i);
				}
				Collections.shuffle(permutation, random);
				for (int i = 0; i < n; i++) {
					left.add(i);
					right.add(permutation.get(i));
				}
			}
			int[][] graph = { toArray(left), toArray(right) };

			int[] colour = EdgeColouring.colour(n, n, graph[0], graph[1], degree);

			assertProper(n, graph, colour, degree);
			for (int k = 0; k < degree; k++) {
				int k0 = k;
				assertThat(java.util.Arrays.stream(colour).filter(c -> c == k0).count())
					.as("each colour class of a regular graph is a perfect matching")
					.isEqualTo(n);
			}
		}
	}

	@Test
	void balancedColourClassesStayProperAndWithinTheLimit() {
		var random = new Random(7);
		for (int round = 0; round < 300; round++) {
			int leftCount = 1 + random.nextInt(10);
			int rightCount = 1 + random.nextInt(10);
			int colours = 1 + random.nextInt(6);
			var graph = randomGraph(random, leftCount, rightCount, colours, random.nextInt(50));
			int[] colour = EdgeColouring.colour(leftCount, rightCount, graph[0], graph[1], colours);
			int limit = (graph[0].length + colours - 1) / colours;

			EdgeColouring.balance(leftCount, rightCount, graph[0], graph[1], colours, colour, limit);

			assertProper(leftCount, graph, colour, colours);
			for (int k = 0; k < colours; k++) {
				int k0 = k;
				assertThat(java.util.Arrays.stream(colour).filter(c -> c == k0).count()).isLessThanOrEqualTo(limit);
			}
		}
	}

	@Test
	void refusesAVertexOfTooHighDegree() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EdgeColouring.colour(1, 2, new int[] { 0, 0 }, new int[] { 0, 1 }, 1));
	}

	/** Random edges, dropping those that would raise a degree above {@code maxDegree}. */
	private static int[][] randomGraph(Random random, int leftCount, int rightCount, int maxDegree, int tries) {
		int[] leftDegree = new int[leftCount];
		int[] rightDegree = new int[rightCount];
		var left = new ArrayList<Integer>();
		var right = new ArrayList<Integer>();
		for (int i = 0; i < tries; i++) {
			int u = random.nextInt(leftCount);
			int v = random.nextInt(rightCount);
			if (leftDegree[u] < maxDegree && rightDegree[v] < maxDegree) {
				leftDegree[u]++;
				rightDegree[v]++;
				left.add(u);
				right.add(v);
			}
		}
		return new int[][] { toArray(left), toArray(right) };
	}

	private static void assertProper(int leftCount, int[][] graph, int[] colour, int colours) {
		var seen = new HashSet<List<Integer>>();
		for (int i = 0; i < colour.length; i++) {
			assertThat(colour[i]).isBetween(0, colours - 1);
			assertThat(seen.add(List.of(graph[0][i], colour[i]))).as("left vertex colour used once").isTrue();
			assertThat(seen.add(List.of(leftCount + graph[1][i], colour[i]))).as("right vertex colour used once")
				.isTrue();
		}
	}

	private static int[] toArray(List<Integer> list) {
		return list.stream().mapToInt(Integer::intValue).toArray();
	}

}
