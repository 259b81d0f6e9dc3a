package fi.kohtaanto.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SuppressionTests {

	@Test
	void hidesAGroupOfFourAndShowsAGroupOfFive() {
		// Two organisations, three kinds; every line with a small group has at least two of them.
		int[][] table = Suppression.withTotals(new int[][] { { 4, 3, 5 }, { 2, 2, 9 } }, 3);
		boolean[][] hidden = Suppression.hidden(table);
		assertThat(hidden[0][0]).as("4 answers").isTrue();
		assertThat(hidden[0][1]).as("3 answers").isTrue();
		assertThat(hidden[1][0]).as("2 answers").isTrue();
		assertThat(hidden[1][1]).as("2 answers").isTrue();
		assertThat(hidden[0][2]).as("5 answers").isFalse();
		assertThat(hidden[1][2]).as("9 answers").isFalse();
		for (int c = 0; c < 4; c++) {
			assertThat(hidden[2][c]).as("kind totals and the grand total").isFalse();
		}
		assertThat(hidden[0][3]).as("organisation total 12").isFalse();
		assertThat(hidden[1][3]).as("organisation total 13").isFalse();
		assertNothingSmallCanBeComputed(table, hidden);
	}

	@Test
	void hidesEveryCellWhenASmallGroupCouldOtherwiseBeComputed() {
		// 4 + 5 = 9 and 4 + 3 = 7: with the 5 shown the 4 would follow from the organisation's total.
		int[][] table = Suppression.withTotals(new int[][] { { 4, 5 }, { 3, 7 } }, 2);
		boolean[][] hidden = Suppression.hidden(table);
		assertThat(hidden[0][0]).isTrue();
		assertThat(hidden[0][1]).isTrue();
		assertThat(hidden[1][0]).isTrue();
		assertThat(hidden[1][1]).isTrue();
		assertThat(hidden[0][2]).as("organisation total 9").isFalse();
		assertThat(hidden[2][2]).as("grand total 19").isFalse();
		assertNothingSmallCanBeComputed(table, hidden);
	}

	@Test
	void hidesASecondGroupWhenTheSmallOneCouldBeComputedFromTheTotal() {
		// One organisation, three kinds: 4 + 5 + 6 = 15. Showing 5, 6 and 15 would give away the 4.
		int[][] table = Suppression.withTotals(new int[][] { { 4, 5, 6 }, { 9, 8, 10 } }, 3);
		boolean[][] hidden = Suppression.hidden(table);
		assertThat(hidden[0][0]).isTrue();
		assertThat(hidden[0][1]).as("the smallest other part of the row").isTrue();
		assertThat(hidden[0][2]).isFalse();
		assertThat(hidden[0][3]).as("the organisation's total stays").isFalse();
		// The columns of the two hidden cells now each have one hidden part: the other row's cells go too.
		assertThat(hidden[1][0]).isTrue();
		assertThat(hidden[1][1]).isTrue();
		assertThat(hidden[1][2]).isFalse();
		assertThat(hidden[2][0]).isFalse();
		assertThat(hidden[2][3]).isFalse();
		assertNothingSmallCanBeComputed(table, hidden);
	}

	@Test
	void hidesATotalThatIsItselfSmall() {
		int[][] table = Suppression.withTotals(new int[][] { { 2, 0 }, { 0, 30 } }, 2);
		boolean[][] hidden = Suppression.hidden(table);
		assertThat(hidden[0][0]).isTrue();
		assertThat(hidden[0][2]).as("organisation total 2").isTrue();
		assertThat(hidden[2][0]).as("kind total 2").isTrue();
		assertThat(hidden[0][1]).as("an empty group is shown as empty").isFalse();
		assertNothingSmallCanBeComputed(table, hidden);
	}

	@Test
	void showsEverythingWhenNoGroupIsSmall() {
		int[][] table = Suppression.withTotals(new int[][] { { 5, 0, 12 }, { 0, 0, 0 }, { 6, 9, 5 } }, 3);
		boolean[][] hidden = Suppression.hidden(table);
		for (boolean[] row : hidden) {
			for (boolean entry : row) {
				assertThat(entry).isFalse();
			}
		}
	}

	@Test
	void noSmallGroupOfARandomTableCanBeComputedFromTheFiguresShown() {
		Random random = new Random(42);
		for (int round = 0; round < 300; round++) {
			int rows = 1 + random.nextInt(5);
			int columns = 1 + random.nextInt(5);
			int[][] cells = new int[rows][columns];
			for (int r = 0; r < rows; r++) {
				for (int c = 0; c < columns; c++) {
					cells[r][c] = random.nextInt(3) == 0 ? 0 : random.nextInt(12);
				}
			}
			int[][] table = Suppression.withTotals(cells, columns);
			boolean[][] hidden = Suppression.hidden(table);
			for (int r = 0; r <= rows; r++) {
				for (int c = 0; c <= columns; c++) {
					if (table[r][c] > 0 && table[r][c] < Suppression.MIN_GROUP) {
						assertThat(hidden[r][c]).isTrue();
					}
					if (table[r][c] == 0) {
						assertThat(hidden[r][c]).as("empty groups are shown").isFalse();
					}
				}
			}
			assertNothingSmallCanBeComputed(table, hidden);
		}
	}

	/**
	 * Checks by linear algebra, independently of the graph argument, that no hidden group of 1–4 answers is fixed by
	 * the sums and the entries shown: its unit vector must not lie in the row space of the sums over the unknowns.
	 */
	static void assertNothingSmallCanBeComputed(int[][] table, boolean[][] hidden) {
		int rows = table.length;
		int columns = table[0].length;
		List<int[]> unknowns = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				if (hidden[r][c]) {
					unknowns.add(new int[] { r, c });
				}
			}
		}
		// Each line of the table: its parts minus its total is zero.
		List<double[]> equations = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			double[] equation = new double[unknowns.size()];
			for (int u = 0; u < unknowns.size(); u++) {
				if (unknowns.get(u)[0] == r) {
					equation[u] = unknowns.get(u)[1] == columns - 1 ? -1 : 1;
				}
			}
			equations.add(equation);
		}
		for (int c = 0; c < columns; c++) {
			double[] equation = new double[unknowns.size()];
			for (int u = 0; u < unknowns.size(); u++) {
				if (unknowns.get(u)[1] == c) {
					equation[u] = unknowns.get(u)[0] == rows - 1 ? -1 : 1;
				}
			}
			equations.add(equation);
		}
		int rank = rank(equations);
		for (int u = 0; u < unknowns.size(); u++) {
			int value = table[unknowns.get(u)[0]][unknowns.get(u)[1]];
			if (value >= Suppression.MIN_GROUP) {
				continue;
			}
			List<double[]> extended = new ArrayList<>(equations);
			double[] unit = new double[unknowns.size()];
			unit[u] = 1;
			extended.add(unit);
			assertThat(rank(extended)).as("group %s (%d answers) can be computed", List.of(unknowns.get(u)[0],
					unknowns.get(u)[1]), value).isGreaterThan(rank);
		}
	}

	private static int rank(List<double[]> rows) {
		double[][] matrix = rows.stream().map(double[]::clone).toArray(double[][]::new);
		if (matrix.length == 0 || matrix[0].length == 0) {
			return 0;
		}
		int rank = 0;
		for (int column = 0; column < matrix[0].length && rank < matrix.length; column++) {
			int pivot = -1;
			for (int r = rank; r < matrix.length; r++) {
				if (Math.abs(matrix[r][column]) > 1e-9) {
					pivot = r;
					break;
				}
			}
			if (pivot < 0) {
				continue;
			}
			double[] swap = matrix[rank];
			matrix[rank] = matrix[pivot];
			matrix[pivot] = swap;
			for (int r = 0; r < matrix.length; r++) {
				if (r != rank && Math.abs(matrix[r][column]) > 1e-9) {
					double factor = matrix[r][column] / matrix[rank][column];
					for (int k = column; k < matrix[0].length; k++) {
						matrix[r][k] -= factor * matrix[rank][k];
					}
				}
			}
			rank++;
		}
		return rank;
	}

}
