package fi.kohtaanto.matching.engine;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Exact evaluation in the order of an upper bound, so that only candidates that could still enter the top k are
 * evaluated. The bound of each touched ordinal is quantised to a level (1/{@value #SCALE} of a point, rounded up);
 * a counting sort orders the ordinals by level, and evaluation stops at the first level whose bound cannot beat the
 * worst of a full top k. Buffers are reused per thread.
 */
final class Ranking {

	static final double SCALE = 20;

	static final int LEVELS = 2048;

	/** Added before rounding up, so that a level's bound is above rounding errors of the scores. */
	private static final double MARGIN = 1e-6;

	int[] touched = new int[0];

	short[] levels = new short[0];

	private int[] order = new int[0];

	private final int[] starts = new int[LEVELS];

	/** Makes room for this many touched ordinals. */
	void ensure(int capacity) {
		if (touched.length < capacity) {
			int grown = Math.max(capacity, touched.length + (touched.length >> 1));
			touched = new int[grown];
			levels = new short[grown];
			order = new int[grown];
		}
	}

	static short level(double bound) {
		return (short) Math.min(LEVELS - 1, Math.max(0, (int) Math.ceil((bound + MARGIN) * SCALE)));
	}

	static double levelBound(int level) {
		return level / SCALE;
	}

	/** True if nothing with this bound can enter the full top k (ties on score lose to a lower id, not here). */
	static boolean cannotEnter(double bound, TopK top) {
		return top.full() && levelBound(level(bound)) < top.worstScore();
	}

	/**
	 * Hands the positions {@code [from, to)} in {@link #touched} to {@code evaluate} by decreasing level, as long as
	 * their level could still beat the top k.
	 */
	void evaluateInOrder(int from, int to, TopK top, IntConsumer evaluate) {
		Arrays.fill(starts, 0);
		for (int i = from; i < to; i++) {
			starts[levels[i]]++;
		}
		int position = 0;
		for (int level = LEVELS - 1; level >= 0; level--) {
			int members = starts[level];
			starts[level] = position;
			position += members;
		}
		for (int i = from; i < to; i++) {
			order[starts[levels[i]]++] = i;
		}
		// Now starts[level] is where the level's block ends; blocks run from the highest level down.
		int start = 0;
		for (int level = LEVELS - 1; level >= 0; level--) {
			int end = starts[level];
			if (end > start) {
				if (top.full() && levelBound(level) < top.worstScore()) {
					return;
				}
				for (int i = start; i < end; i++) {
					evaluate.accept(order[i]);
				}
			}
			start = end;
		}
	}

}
