package fi.kohtaanto.matching.engine;

import java.util.Arrays;

/**
 * Per thread and query: a value per index (a {@link Dictionary} number), worked out the first time the query needs
 * it; NaN until then. {@link #clear} forgets only the values set.
 */
final class Memo {

	private double[] values = new double[0];

	private int[] set = new int[0];

	private int setCount;

	/** Makes room for indexes below {@code size}; call on a cleared memo. */
	void ensure(int size) {
		if (values.length < size) {
			int grown = Math.max(size, values.length + (values.length >> 1));
			int old = values.length;
			values = Arrays.copyOf(values, grown);
			Arrays.fill(values, old, grown, Double.NaN);
			set = new int[grown];
		}
	}

	/** The value, or NaN if not worked out yet. */
	double get(int index) {
		return values[index];
	}

	double put(int index, double value) {
		values[index] = value;
		set[setCount++] = index;
		return value;
	}

	void clear() {
		for (int i = 0; i < setCount; i++) {
			values[set[i]] = Double.NaN;
		}
		setCount = 0;
	}

}
