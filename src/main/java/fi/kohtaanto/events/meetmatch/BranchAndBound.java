package fi.kohtaanto.events.meetmatch;

import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * Exact search for small general instances. It decides slot by slot, candidate by candidate, whom the candidate
 * meets (best score first, then nobody), and prunes a branch when its score plus an optimistic estimate of the rest
 * cannot beat the best schedule known. The estimate is the smaller of two sums that each ignore some constraints:
 * every candidate's best remaining pairs up to its remaining cap and remaining slots, or every employer's best
 * remaining pairs up to its remaining cap and remaining tables.
 * <p>
 * The search counts its work (pairs looked at) and stops at a fixed limit, so the outcome never depends on the speed
 * of the machine. Only a search that finished proves optimality.
 */
final class BranchAndBound {

	private final Instance in;

	private final Board board;

	private final long workLimit;

	private final int[][] employersByScore;

	private final int[][] candidatesByScore;

	private long work;

	private boolean stopped;

	private long best;

	private List<int[]> bestMeetings;

	private BranchAndBound(Instance in, long workLimit, long incumbent, List<int[]> incumbentMeetings) {
		this.in = in;
		this.board = new Board(in);
		this.workLimit = workLimit;
		this.best = incumbent;
		this.bestMeetings = incumbentMeetings;
		employersByScore = new int[in.candidates][];
		for (int c = 0; c < in.candidates; c++) {
			int c0 = c;
			employersByScore[c] = bestFirst(in.employers, e -> in.weight[c0][e]);
		}
		candidatesByScore = new int[in.employers][];
		for (int e = 0; e < in.employers; e++) {
			int e0 = e;
			candidatesByScore[e] = bestFirst(in.candidates, c -> in.weight[c][e0]);
		}
	}

	/** The indices 0..count-1 with a positive score, best first, ties by index. */
	private static int[] bestFirst(int count, IntUnaryOperator score) {
		return IntStream.range(0, count)
			.filter(i -> score.applyAsInt(i) > 0)
			.boxed()
			.sorted(Comparator.comparingInt((Integer i) -> -score.applyAsInt(i)).thenComparingInt(i -> i))
			.mapToInt(Integer::intValue)
			.toArray();
	}

	/** The outcome: the best schedule (the incumbent if nothing better exists) and whether the search finished. */
	record Outcome(boolean complete, long value, List<int[]> meetings) {
	}

	static Outcome search(Instance in, long workLimit, long incumbent, List<int[]> incumbentMeetings) {
		var search = new BranchAndBound(in, workLimit, incumbent, incumbentMeetings);
		search.branch(0);
		return new Outcome(!search.stopped, search.best, search.bestMeetings);
	}

	private void branch(int position) {
		if (board.value > best) {
			best = board.value;
			bestMeetings = board.meetings();
		}
		if (position == in.candidates * in.slots || stopped) {
			return;
		}
		if (board.value + estimate(position) <= best) {
			return;
		}
		int t = position / in.candidates;
		int c = position % in.candidates;
		if (board.candidateAt[c][t] < 0) {
			for (int e : employersByScore[c]) {
				if (board.fits(c, e, t)) {
					int mark = board.mark();
					board.place(c, e, t);
					branch(position + 1);
					board.rollback(mark);
					if (stopped) {
						return;
					}
				}
			}
		}
		branch(position + 1);
	}

	/** An upper bound on what the undecided positions can still add. */
	private long estimate(int position) {
		work += 2L * in.candidates * in.employers + 1;
		if (work > workLimit) {
			stopped = true;
			return Long.MAX_VALUE / 4;
		}
		int t = position / in.candidates;
		int firstCandidate = position % in.candidates;
		long candidateSide = 0;
		for (int c = 0; c < in.candidates; c++) {
			int from = c >= firstCandidate ? t : t + 1;
			int freeSlots = 0;
			for (int s = from; s < in.slots; s++) {
				freeSlots += board.candidateAt[c][s] < 0 ? 1 : 0;
			}
			int k = Math.min(in.candidateCap[c] - board.candidateCount[c], freeSlots);
			for (int i = 0; i < employersByScore[c].length && k > 0; i++) {
				int e = employersByScore[c][i];
				if (board.pairSlot[c][e] < 0 && board.employerCount[e] < in.employerCap[e]) {
					candidateSide += in.weight[c][e];
					k--;
				}
			}
		}
		long employerSide = 0;
		for (int e = 0; e < in.employers; e++) {
			int room = 0;
			for (int s = t; s < in.slots; s++) {
				room += in.available[e][s] ? in.parallel[e] - board.employerLoad[e][s] : 0;
			}
			int k = Math.min(in.employerCap[e] - board.employerCount[e], room);
			for (int i = 0; i < candidatesByScore[e].length && k > 0; i++) {
				int c = candidatesByScore[e][i];
				if (board.pairSlot[c][e] < 0 && board.candidateCount[c] < in.candidateCap[c]) {
					employerSide += in.weight[c][e];
					k--;
				}
			}
		}
		return Math.min(candidateSide, employerSide);
	}

}
