package fi.kohtaanto.events.meetmatch;

import java.util.List;

/**
 * Tries to give every pair of a fixed set a slot, by backtracking: always the pair with the fewest slots left first
 * (DSatur order), every slot check done against the board. Used on the pairs of the relaxed optimum: when it succeeds
 * the schedule reaches the upper bound, which proves it optimal. Bounded by a work limit (slots looked at).
 */
final class SlotAssignment {

	private final Board board;

	private final List<int[]> pairs;

	private final boolean[] placed;

	private final long limit;

	private long work;

	private SlotAssignment(Board board, List<int[]> pairs, long limit) {
		this.board = board;
		this.pairs = pairs;
		this.placed = new boolean[pairs.size()];
		this.limit = limit;
	}

	/** Places all pairs {c, e} and returns true, or leaves the board as it was and returns false. */
	static boolean placeAll(Board board, List<int[]> pairs, long limit) {
		int mark = board.mark();
		if (new SlotAssignment(board, pairs, limit).search(pairs.size())) {
			return true;
		}
		board.rollback(mark);
		return false;
	}

	private boolean search(int left) {
		if (left == 0) {
			return true;
		}
		int chosen = -1;
		int fewest = Integer.MAX_VALUE;
		for (int i = 0; i < pairs.size() && fewest > 1; i++) {
			if (!placed[i]) {
				int options = options(pairs.get(i));
				if (options == 0) {
					return false;
				}
				if (options < fewest) {
					fewest = options;
					chosen = i;
				}
			}
		}
		if (work > limit) {
			return false;
		}
		int c = pairs.get(chosen)[0];
		int e = pairs.get(chosen)[1];
		placed[chosen] = true;
		for (int t : board.in.availableSlots[e]) {
			if (board.fits(c, e, t)) {
				int mark = board.mark();
				board.place(c, e, t);
				if (search(left - 1)) {
					return true;
				}
				board.rollback(mark);
				if (work > limit) {
					break;
				}
			}
		}
		placed[chosen] = false;
		return false;
	}

	private int options(int[] pair) {
		int[] slots = board.in.availableSlots[pair[1]];
		work += slots.length;
		int count = 0;
		for (int t : slots) {
			count += board.fits(pair[0], pair[1], t) ? 1 : 0;
		}
		return count;
	}

}
