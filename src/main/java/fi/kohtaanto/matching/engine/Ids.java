package fi.kohtaanto.matching.engine;

import java.util.Arrays;

/** Checks and normalises arrays of dense ids. */
final class Ids {

	private Ids() {
	}

	/** A sorted copy without duplicates; every id must be in {@code 0 … bound-1}. */
	static int[] distinctSorted(int[] ids, int bound, String what) {
		int[] sorted = ids.clone();
		Arrays.sort(sorted);
		int length = 0;
		for (int id : sorted) {
			if (id < 0 || id >= bound) {
				throw new IllegalArgumentException("no such " + what + " id: " + id);
			}
			if (length == 0 || sorted[length - 1] != id) {
				sorted[length++] = id;
			}
		}
		return length == sorted.length ? sorted : Arrays.copyOf(sorted, length);
	}

}
