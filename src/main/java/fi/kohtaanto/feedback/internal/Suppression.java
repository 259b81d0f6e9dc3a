package fi.kohtaanto.feedback.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which groups of a feedback table to hide so that no group with fewer than {@value #MIN_GROUP} answers can be seen
 * or computed.
 *
 * <p>The table has one row per organisation and one column per service kind, plus a total column (each
 * organisation over all kinds), a total row (each kind over all organisations) and the grand total. Every row and
 * every column of it is a sum: the cells add up to their total. So hiding a small group alone is not enough: if a
 * total is shown and all of its parts but one, the hidden part is the total minus the others, and the same goes for
 * its average and its distribution of answers, which are sums too.
 *
 * <p>The rule, in two steps:
 * <ol>
 * <li><b>Primary:</b> every group with 1–4 answers is hidden. Empty groups are shown as having no answers: that
 * tells nothing about anyone.</li>
 * <li><b>Complementary:</b> a hidden group can be computed from the sums exactly when it is a <em>bridge</em> of the
 * graph whose nodes are the rows and columns and whose edges are the hidden groups: when it lies on no cycle of
 * hidden groups. (The unknowns of a two-way table with its sums known are fixed exactly up to circulations around
 * such cycles.) For each small group that is a bridge, the cheapest path of further groups that closes a cycle
 * through it is hidden too: cells before totals, small before large, the grand total last. Repeated until no small
 * group is a bridge. A group hidden only by this step has at least five answers.</li>
 * </ol>
 * In the common case this is the familiar rule "if a line has exactly one hidden part, hide the next smallest part
 * too". The rows and columns of one table are the only sums shown together: client and employer answers are never
 * added up, and every period is a table of its own. Periods are whole months, so that two nearly equal periods
 * cannot single out a day; two overlapping periods can still be subtracted from each other, which is a known limit
 * of suppression (README).
 */
final class Suppression {

	/** The smallest group whose figures are shown. */
	static final int MIN_GROUP = 5;

	private static final long TOTAL_COST = 1_000_000;

	private static final long GRAND_TOTAL_COST = 1_000_000_000;

	private Suppression() {
	}

	/** The table with its totals: one more row and one more column, the grand total in the corner. */
	static int[][] withTotals(int[][] cells, int columns) {
		int rows = cells.length;
		int[][] table = new int[rows + 1][columns + 1];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				table[r][c] = cells[r][c];
				table[r][columns] += cells[r][c];
				table[rows][c] += cells[r][c];
				table[rows][columns] += cells[r][c];
			}
		}
		return table;
	}

	/**
	 * Which entries of a table with totals ({@link #withTotals}) to hide.
	 * @return a mask of the table's shape; true means hidden
	 */
	static boolean[][] hidden(int[][] table) {
		int rows = table.length;
		int columns = table[0].length;
		boolean[][] hidden = new boolean[rows][columns];
		List<int[]> small = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				if (table[r][c] > 0 && table[r][c] < MIN_GROUP) {
					hidden[r][c] = true;
					small.add(new int[] { r, c });
				}
			}
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int[] group : small) {
				if (!onHiddenCycle(hidden, group[0], group[1])) {
					List<int[]> path = cheapestPath(table, hidden, group[0], group[1]);
					if (path == null) {
						// Cannot happen with consistent totals; hiding everything is the safe answer if it does.
						for (boolean[] row : hidden) {
							Arrays.fill(row, true);
						}
						return hidden;
					}
					path.forEach(entry -> hidden[entry[0]][entry[1]] = true);
					changed = true;
				}
			}
		}
		return hidden;
	}

	/** Whether row node {@code row} reaches column node {@code column} through hidden entries other than theirs. */
	private static boolean onHiddenCycle(boolean[][] hidden, int row, int column) {
		int rows = hidden.length;
		int columns = hidden[0].length;
		boolean[] seenRows = new boolean[rows];
		boolean[] seenColumns = new boolean[columns];
		Deque<Integer> queue = new ArrayDeque<>();
		seenRows[row] = true;
		queue.add(row);
		// Row nodes are 0..rows-1, column nodes rows..rows+columns-1.
		while (!queue.isEmpty()) {
			int node = queue.poll();
			if (node < rows) {
				for (int c = 0; c < columns; c++) {
					if (hidden[node][c] && !(node == row && c == column) && !seenColumns[c]) {
						if (c == column) {
							return true;
						}
						seenColumns[c] = true;
						queue.add(rows + c);
					}
				}
			}
			else {
				int c = node - rows;
				for (int r = 0; r < rows; r++) {
					if (hidden[r][c] && !(r == row && c == column) && !seenRows[r]) {
						seenRows[r] = true;
						queue.add(r);
					}
				}
			}
		}
		return false;
	}

	/**
	 * The entries not yet hidden on the cheapest path from row node {@code row} to column node {@code column} over
	 * non-empty entries other than the group itself; hidden entries cost nothing.
	 */
	private static @Nullable List<int[]> cheapestPath(int[][] table, boolean[][] hidden, int row, int column) {
		int rows = table.length;
		int columns = table[0].length;
		int nodes = rows + columns;
		long[] cost = new long[nodes];
		int[] previous = new int[nodes];
		boolean[] done = new boolean[nodes];
		Arrays.fill(cost, Long.MAX_VALUE);
		Arrays.fill(previous, -1);
		cost[row] = 0;
		int target = rows + column;
		for (int round = 0; round < nodes; round++) {
			int node = -1;
			for (int n = 0; n < nodes; n++) {
				if (!done[n] && cost[n] != Long.MAX_VALUE && (node == -1 || cost[n] < cost[node])) {
					node = n;
				}
			}
			if (node == -1 || node == target) {
				break;
			}
			done[node] = true;
			for (int other = 0; other < nodes; other++) {
				if ((node < rows) == (other < rows)) {
					continue;
				}
				int r = Math.min(node, other);
				int c = Math.max(node, other) - rows;
				if (table[r][c] == 0 || (r == row && c == column) || done[other]) {
					continue;
				}
				long step = hidden[r][c] ? 0 : price(table, r, c);
				if (cost[node] + step < cost[other]) {
					cost[other] = cost[node] + step;
					previous[other] = node;
				}
			}
		}
		if (cost[target] == Long.MAX_VALUE) {
			return null;
		}
		List<int[]> path = new ArrayList<>();
		for (int node = target; previous[node] != -1; node = previous[node]) {
			int r = Math.min(node, previous[node]);
			int c = Math.max(node, previous[node]) - rows;
			if (!hidden[r][c]) {
				path.add(new int[] { r, c });
			}
		}
		return path;
	}

	/** Hiding a cell costs its answers; a total costs far more, the grand total most. */
	private static long price(int[][] table, int r, int c) {
		boolean totalRow = r == table.length - 1;
		boolean totalColumn = c == table[0].length - 1;
		if (totalRow && totalColumn) {
			return GRAND_TOTAL_COST + table[r][c];
		}
		if (totalRow || totalColumn) {
			return TOTAL_COST + table[r][c];
		}
		return table[r][c];
	}

}
