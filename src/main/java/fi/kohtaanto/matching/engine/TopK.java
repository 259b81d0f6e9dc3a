package fi.kohtaanto.matching.engine;

/**
 * The best {@code k} of what is offered, by score and then by lower id, in a bounded heap with the worst at the root.
 */
final class TopK {

	/** More than the rounding errors of two ways of computing a score or a bound. */
	static final double MARGIN = 1e-7;

	private final double[] scores;

	private final long[] ids;

	private final int[] ordinals;

	private int size;

	TopK(int capacity) {
		scores = new double[capacity];
		ids = new long[capacity];
		ordinals = new int[capacity];
	}

	int capacity() {
		return scores.length;
	}

	boolean full() {
		return size == scores.length;
	}

	/**
	 * True if the top k is full and nothing scoring at most {@code bound} can enter (ties on score lose to a lower id,
	 * not here): the bound is below the worst score by more than rounding errors.
	 */
	boolean rejects(double bound) {
		return full() && bound + MARGIN < worstScore();
	}

	/** The score to beat once {@link #full}. */
	double worstScore() {
		return scores[0];
	}

	void offer(double score, long id, int ordinal) {
		if (size < scores.length) {
			int i = size++;
			while (i > 0) {
				int parent = (i - 1) >>> 1;
				if (!worse(score, id, scores[parent], ids[parent])) {
					break;
				}
				set(i, scores[parent], ids[parent], ordinals[parent]);
				i = parent;
			}
			set(i, score, id, ordinal);
		}
		else if (size > 0 && worse(scores[0], ids[0], score, id)) {
			siftDown(score, id, ordinal);
		}
	}

	/** The ordinals held, best first; empties the heap. */
	int[] drainBestFirst() {
		int[] best = new int[size];
		for (int i = size - 1; i >= 0; i--) {
			best[i] = ordinals[0];
			size--;
			if (size > 0) {
				siftDown(scores[size], ids[size], ordinals[size]);
			}
		}
		return best;
	}

	/** Puts the entry at the root and moves it down to its place. */
	private void siftDown(double score, long id, int ordinal) {
		int i = 0;
		while (true) {
			int child = 2 * i + 1;
			if (child >= size) {
				break;
			}
			if (child + 1 < size && worse(scores[child + 1], ids[child + 1], scores[child], ids[child])) {
				child++;
			}
			if (!worse(scores[child], ids[child], score, id)) {
				break;
			}
			set(i, scores[child], ids[child], ordinals[child]);
			i = child;
		}
		set(i, score, id, ordinal);
	}

	/** Lower score, or the same score and a higher id. */
	private static boolean worse(double score, long id, double otherScore, long otherId) {
		return score < otherScore || (score == otherScore && id > otherId);
	}

	private void set(int i, double score, long id, int ordinal) {
		scores[i] = score;
		ids[i] = id;
		ordinals[i] = ordinal;
	}

}
