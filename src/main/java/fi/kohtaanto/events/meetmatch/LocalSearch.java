package fi.kohtaanto.events.meetmatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;

/**
 * Heuristic for the general case. It places the pairs the relaxation chose, best first, then every other eligible
 * pair, each through a short ejection chain (a blocking meeting may move to another slot, which may move one more);
 * then it improves by exchanges: put an unscheduled pair in, take out the cheapest meetings in its way, and put those
 * back elsewhere if they fit; a move is kept only if the total rises. Deterministic: pairs by score, then ids.
 */
final class LocalSearch {

	private static final int MAX_PASSES = 25;

	/**
	 * Work limit, in slots and meetings looked at. Chains through full slots (with a table limit) and exchange passes
	 * can cost much; past the limit the search only places pairs directly and stops improving. Counting work instead of time keeps the result
	 * the same on every machine.
	 */
	static final long WORK_LIMIT = 3_000_000L;

	private long work;

	private final Instance in;

	private final Board board;

	private LocalSearch(Instance in) {
		this.in = in;
		this.board = new Board(in);
	}

	/**
	 * @param preferredPairs pairs {c, e} to place first
	 * @param bound an upper bound: the search stops when it gets there
	 */
	static Board run(Instance in, List<int[]> preferredPairs, long bound) {
		var search = new LocalSearch(in);
		search.build(preferredPairs);
		search.improve(bound);
		search.board.commit();
		return search.board;
	}

	private void build(List<int[]> preferredPairs) {
		var preferred = new ArrayList<>(preferredPairs);
		preferred.sort(byScore());
		for (int[] pair : preferred) {
			insert(pair[0], pair[1], 2);
		}
		for (int[] pair : eligiblePairs()) {
			insert(pair[0], pair[1], 1);
		}
		board.commit();
	}

	private void improve(long bound) {
		var pairs = eligiblePairs();
		for (int pass = 0; pass < MAX_PASSES; pass++) {
			boolean improved = false;
			for (int[] pair : pairs) {
				int c = pair[0];
				int e = pair[1];
				if (board.value >= bound || work > WORK_LIMIT) {
					return;
				}
				if (board.pairSlot[c][e] >= 0) {
					continue;
				}
				if (insert(c, e, 2) || exchange(c, e)) {
					improved = true;
				}
				board.commit();
			}
			if (!improved) {
				break;
			}
		}
	}

	private List<int[]> eligiblePairs() {
		var pairs = new ArrayList<int[]>();
		for (int c = 0; c < in.candidates; c++) {
			for (int e = 0; e < in.employers; e++) {
				if (in.eligible(c, e) && !board.pinned[c][e]) {
					pairs.add(new int[] { c, e });
				}
			}
		}
		pairs.sort(byScore());
		return pairs;
	}

	private Comparator<int[]> byScore() {
		return Comparator.<int[]>comparingInt(p -> -in.weight[p[0]][p[1]])
			.thenComparingInt(p -> p[0])
			.thenComparingInt(p -> p[1]);
	}

	/**
	 * Places the pair in a free slot, or frees one by moving a blocking meeting (the candidate's own meeting in the
	 * slot, one of the employer's, or with a table limit any meeting of the slot) through a chain of up to
	 * {@code depth} moves. Leaves the board unchanged on failure.
	 */
	boolean insert(int c, int e, int depth) {
		if (board.pairSlot[c][e] >= 0 || !in.eligible(c, e) || board.candidateCount[c] >= in.candidateCap[c]
				|| board.employerCount[e] >= in.employerCap[e] || board.full()) {
			return false;
		}
		work += in.availableSlots[e].length;
		for (int t : in.availableSlots[e]) {
			if (board.fits(c, e, t)) {
				board.place(c, e, t);
				return true;
			}
		}
		if (depth == 0 || work > WORK_LIMIT) {
			return false;
		}
		for (int t : in.availableSlots[e]) {
			int busyWith = board.candidateAt[c][t];
			boolean employerFull = board.employerLoad[e][t] >= in.parallel[e];
			boolean slotFull = board.slotLoad[t] >= in.tables;
			if (busyWith >= 0) {
				if (!employerFull && !slotFull && !board.pinned[c][busyWith]
						&& displace(c, busyWith, t, c, e, depth)) {
					return true;
				}
			}
			else if (employerFull) {
				for (int i = 0; i < board.employerLoad[e][t]; i++) {
					int other = board.employerAt[e][t][i];
					if (!board.pinned[other][e] && displace(other, e, t, c, e, depth)) {
						return true;
					}
				}
			}
			else if (slotFull) {
				for (int other = 0; other < in.candidates; other++) {
					int otherEmployer = board.candidateAt[other][t];
					if (otherEmployer >= 0 && !board.pinned[other][otherEmployer]
							&& displace(other, otherEmployer, t, c, e, depth)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** Takes (c1, e1) out of slot t, puts (c, e) there and (c1, e1) elsewhere; undone if that fails. */
	private boolean displace(int c1, int e1, int t, int c, int e, int depth) {
		int mark = board.mark();
		board.remove(c1, e1, t);
		if (board.fits(c, e, t)) {
			board.place(c, e, t);
			if (insert(c1, e1, depth - 1)) {
				return true;
			}
		}
		board.rollback(mark);
		return false;
	}

	/**
	 * Puts the pair into some slot of its employer after taking out what is in the way (always the cheapest
	 * meeting that frees the needed place), re-inserts what was taken out where it fits, and keeps the result only if
	 * the total score rose.
	 */
	private boolean exchange(int c, int e) {
		int w = in.weight[c][e];
		for (int t : in.availableSlots[e]) {
			work += in.candidates + in.employers;
			int mark = board.mark();
			long before = board.value;
			var removed = new ArrayList<int[]>();
			if (makeRoom(c, e, t, removed) && before - board.value < w) {
				board.place(c, e, t);
				for (int[] meeting : removed) {
					insert(meeting[0], meeting[1], 1);
				}
				if (board.value > before) {
					return true;
				}
			}
			board.rollback(mark);
		}
		return false;
	}

	private boolean makeRoom(int c, int e, int t, List<int[]> removed) {
		int busyWith = board.candidateAt[c][t];
		if (busyWith >= 0 && !take(c, busyWith, removed)) {
			return false;
		}
		if (board.employerLoad[e][t] >= in.parallel[e]) {
			var meetings = new ArrayList<int[]>();
			for (int i = 0; i < board.employerLoad[e][t]; i++) {
				meetings.add(new int[] { board.employerAt[e][t][i], e });
			}
			if (!takeCheapest(meetings, removed)) {
				return false;
			}
		}
		if (board.slotLoad[t] >= in.tables && !takeCheapest(meetings(in.candidates,
				other -> board.candidateAt[other][t] >= 0 ? new int[] { other, board.candidateAt[other][t] } : null),
				removed)) {
			return false;
		}
		if (board.candidateCount[c] >= in.candidateCap[c] && !takeCheapest(
				meetings(in.employers, other -> board.pairSlot[c][other] >= 0 ? new int[] { c, other } : null),
				removed)) {
			return false;
		}
		if (board.employerCount[e] >= in.employerCap[e] && !takeCheapest(
				meetings(in.candidates, other -> board.pairSlot[other][e] >= 0 ? new int[] { other, e } : null),
				removed)) {
			return false;
		}
		return board.fits(c, e, t);
	}

	/** The meetings {c, e} that {@code meeting} gives for 0..count-1 (it gives null where there is none). */
	private static List<int[]> meetings(int count, IntFunction<int @Nullable []> meeting) {
		var result = new ArrayList<int[]>();
		for (int i = 0; i < count; i++) {
			int[] m = meeting.apply(i);
			if (m != null) {
				result.add(m);
			}
		}
		return result;
	}

	/** Takes out the cheapest meeting of the list that is not pinned; false if all are pinned. */
	private boolean takeCheapest(List<int[]> meetings, List<int[]> removed) {
		int @Nullable [] cheapest = null;
		for (int[] m : meetings) {
			if (!board.pinned[m[0]][m[1]]
					&& (cheapest == null || in.weight[m[0]][m[1]] < in.weight[cheapest[0]][cheapest[1]])) {
				cheapest = m;
			}
		}
		return cheapest != null && take(cheapest[0], cheapest[1], removed);
	}

	private boolean take(int c, int e, List<int[]> removed) {
		if (board.pinned[c][e]) {
			return false;
		}
		board.remove(c, e, board.pairSlot[c][e]);
		removed.add(new int[] { c, e });
		return true;
	}

}
