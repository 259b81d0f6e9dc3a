package fi.kohtaanto.matching.engine;

import java.util.Arrays;

/** Posting lists of ints by a dense key (a skill or an occupation id), in primitive arrays. */
final class Postings {

	private static final int[] EMPTY = new int[0];

	private final int[][] lists;

	private final int[] sizes;

	/** Lists of exactly the given sizes, to be filled with {@link #add}. */
	Postings(int[] capacities) {
		this.lists = new int[capacities.length][];
		this.sizes = new int[capacities.length];
		for (int key = 0; key < capacities.length; key++) {
			lists[key] = capacities[key] == 0 ? EMPTY : new int[capacities[key]];
		}
	}

	void add(int key, int value) {
		int[] list = lists[key];
		if (sizes[key] == list.length) {
			list = Arrays.copyOf(list, Math.max(4, list.length + (list.length >> 1)));
			lists[key] = list;
		}
		list[sizes[key]++] = value;
	}

	/** The list's array; only the first {@link #size} entries count. */
	int[] list(int key) {
		return lists[key];
	}

	int size(int key) {
		return sizes[key];
	}

	/** Entries in all lists. */
	long entries() {
		long entries = 0;
		for (int size : sizes) {
			entries += size;
		}
		return entries;
	}

}
