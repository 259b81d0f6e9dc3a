package fi.kohtaanto.events.meetmatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gives every meeting a table 1..K in its slot. When the room has a table for every employer seat (K ≥ Σ r_e),
 * employer e always sits at its own tables, numbered in id order. Otherwise tables are handed out slot by slot: an
 * employer first gets back the tables it had before, and new tables go first to those no employer has had yet.
 */
final class Tables {

	private Tables() {
	}

	/** The table of each meeting {c, e, t}, in the same order. */
	static int[] assign(Instance in, List<int[]> meetings) {
		int seats = Arrays.stream(in.parallel).sum();
		int[] table = new int[meetings.size()];
		if (in.tables >= seats) {
			int[] first = new int[in.employers];
			for (int e = 1; e < in.employers; e++) {
				first[e] = first[e - 1] + in.parallel[e - 1];
			}
			int[][] used = new int[in.employers][in.slots];
			for (int i = 0; i < meetings.size(); i++) {
				int e = meetings.get(i)[1];
				int t = meetings.get(i)[2];
				table[i] = first[e] + used[e][t]++ + 1;
			}
			return table;
		}
		List<List<Integer>> preferred = new ArrayList<>();
		for (int e = 0; e < in.employers; e++) {
			preferred.add(new ArrayList<>());
		}
		boolean[] claimed = new boolean[in.tables + 1];
		for (int t = 0; t < in.slots; t++) {
			boolean[] taken = new boolean[in.tables + 1];
			var waiting = new ArrayList<Integer>();
			for (int e = 0; e < in.employers; e++) {
				int next = 0;
				for (int i = 0; i < meetings.size(); i++) {
					if (meetings.get(i)[1] == e && meetings.get(i)[2] == t) {
						while (next < preferred.get(e).size() && taken[preferred.get(e).get(next)]) {
							next++;
						}
						if (next < preferred.get(e).size()) {
							table[i] = preferred.get(e).get(next++);
							taken[table[i]] = true;
						}
						else {
							waiting.add(i);
						}
					}
				}
			}
			for (int i : waiting) {
				int chosen = -1;
				for (int k = 1; k <= in.tables && chosen < 0; k++) {
					chosen = !taken[k] && !claimed[k] ? k : -1;
				}
				for (int k = 1; k <= in.tables && chosen < 0; k++) {
					chosen = !taken[k] ? k : -1;
				}
				table[i] = chosen;
				taken[chosen] = true;
				claimed[chosen] = true;
				int e = meetings.get(i)[1];
				if (preferred.get(e).size() < in.parallel[e]) {
					preferred.get(e).add(chosen);
				}
			}
		}
		return table;
	}

}
