package fi.kohtaanto.matching.engine;

import java.util.Arrays;

/** Ids to ordinals without boxing: open addressing with linear probing; not thread-safe. */
final class LongIntMap {

	private static final int MISSING = -1;

	private long[] keys;

	private int[] values;

	private int size;

	LongIntMap() {
		allocate(16);
	}

	/** The value of the key, or -1. */
	int get(long key) {
		int mask = keys.length - 1;
		for (int i = slot(key, mask);; i = (i + 1) & mask) {
			if (values[i] == MISSING) {
				return MISSING;
			}
			if (keys[i] == key) {
				return values[i];
			}
		}
	}

	/** Sets the value (not negative) and returns the previous one, or -1. */
	int put(long key, int value) {
		if (2 * (size + 1) > keys.length) {
			grow();
		}
		int mask = keys.length - 1;
		for (int i = slot(key, mask);; i = (i + 1) & mask) {
			if (values[i] == MISSING) {
				keys[i] = key;
				values[i] = value;
				size++;
				return MISSING;
			}
			if (keys[i] == key) {
				int previous = values[i];
				values[i] = value;
				return previous;
			}
		}
	}

	/** Removes the key and returns its value, or -1. */
	int remove(long key) {
		int mask = keys.length - 1;
		int i = slot(key, mask);
		while (values[i] != MISSING && keys[i] != key) {
			i = (i + 1) & mask;
		}
		if (values[i] == MISSING) {
			return MISSING;
		}
		int removed = values[i];
		// Backward-shift deletion keeps every probe sequence unbroken without tombstones.
		int gap = i;
		for (int j = (gap + 1) & mask; values[j] != MISSING; j = (j + 1) & mask) {
			int home = slot(keys[j], mask);
			if (((j - home) & mask) >= ((j - gap) & mask)) {
				keys[gap] = keys[j];
				values[gap] = values[j];
				gap = j;
			}
		}
		values[gap] = MISSING;
		size--;
		return removed;
	}

	int size() {
		return size;
	}

	void clear() {
		allocate(16);
	}

	private void grow() {
		long[] oldKeys = keys;
		int[] oldValues = values;
		allocate(keys.length * 2);
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldValues[i] != MISSING) {
				put(oldKeys[i], oldValues[i]);
			}
		}
	}

	private void allocate(int capacity) {
		keys = new long[capacity];
		values = new int[capacity];
		Arrays.fill(values, MISSING);
		size = 0;
	}

	private static int slot(long key, int mask) {
		long hash = key * 0x9E3779B97F4A7C15L;
		return (int) (hash ^ (hash >>> 32)) & mask;
	}

}
