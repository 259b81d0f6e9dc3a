package fi.kohtaanto.matching.engine;

import java.util.Arrays;

/**
 * Distinct keys numbered densely in the order they are first seen, so that a query can work something out once per
 * distinct key (a place, a set of languages) instead of once per item; see {@link Memo}. Not thread-safe by itself:
 * an index adds keys under its write lock.
 */
final class Dictionary {

	private final LongIntMap ids = new LongIntMap();

	private long[] keys = new long[16];

	private int size;

	/** The key's number, added if new. */
	int id(long key) {
		int id = find(key);
		if (id >= 0) {
			return id;
		}
		if (size == keys.length) {
			keys = Arrays.copyOf(keys, 2 * size);
		}
		keys[size] = key;
		ids.put(key, size);
		return size++;
	}

	/**
	 * The key's number + 1, the key added if new, as long as that fits in {@code bits} bits; otherwise, or for
	 * {@link Keys#UNPACKED}, 0.
	 */
	int numberOf(long key, int bits) {
		if (key == Keys.UNPACKED) {
			return 0;
		}
		int id = find(key);
		if (id < 0 && size + 1 < 1 << bits) {
			id = id(key);
		}
		return id + 1;
	}

	/** The key's number, or -1 if it has none. */
	int find(long key) {
		return ids.get(key);
	}

	long key(int id) {
		return keys[id];
	}

	int size() {
		return size;
	}

	void clear() {
		ids.clear();
		keys = new long[16];
		size = 0;
	}

}
