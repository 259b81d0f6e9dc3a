package fi.kohtaanto.events.meetmatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Upper bound for the general case: the schedule problem without the rule that a candidate meets at most once per
 * slot, which leaves a min-cost flow. Pinned meetings are fixed; for the rest:
 * <pre>
 * source → candidate c      capacity b_c = min(m_c − pinned_c, ν_c)
 * candidate c → employer e  capacity 1, cost −w(c,e)      (pair at most once)
 * employer e → e'           capacity M_e − pinned_e       (employer cap)
 * e' → slot t, t ∈ A_e      capacity r_e − pinned_(e,t)   (parallel tables)
 * slot t → sink             capacity K − pinned_t         (tables in the room)
 * </pre>
 * where ν_c is the size of a maximum matching between the candidate's eligible employers and the candidate's free
 * slots (employer e to slot t when e is present in t with room left): in any schedule the candidate's meetings use
 * distinct slots and distinct employers, so they form such a matching. This puts back part of the dropped rule.
 * Every valid schedule is a feasible flow of the same weight, so the optimum of the flow bounds every schedule.
 */
final class Relaxation {

	/** The bound, pinned meetings included. */
	final long bound;

	/** The pairs {c, e} the relaxed optimum uses, a good start for the heuristic. */
	final List<int[]> pairs;

	private Relaxation(long bound, List<int[]> pairs) {
		this.bound = bound;
		this.pairs = pairs;
	}

	static Relaxation of(Instance in) {
		var pins = new Board(in);
		int source = 0;
		int firstCandidate = 1;
		int firstEmployer = firstCandidate + in.candidates;
		int firstCollector = firstEmployer + in.employers;
		int firstSlot = firstCollector + in.employers;
		int sink = firstSlot + in.slots;
		var flow = new MinCostFlow(sink + 1);
		for (int c = 0; c < in.candidates; c++) {
			int cap = Math.min(in.candidateCap[c] - pins.candidateCount[c], reachableSlots(in, pins, c));
			flow.addArc(source, firstCandidate + c, cap, 0);
		}
		int[][] arc = new int[in.candidates][in.employers];
		for (int c = 0; c < in.candidates; c++) {
			for (int e = 0; e < in.employers; e++) {
				arc[c][e] = in.eligible(c, e) && pins.pairSlot[c][e] < 0
						? flow.addArc(firstCandidate + c, firstEmployer + e, 1, -in.weight[c][e]) : -1;
			}
		}
		for (int e = 0; e < in.employers; e++) {
			flow.addArc(firstEmployer + e, firstCollector + e, in.employerCap[e] - pins.employerCount[e], 0);
			for (int t : in.availableSlots[e]) {
				int room = in.parallel[e] - pins.employerLoad[e][t];
				if (room > 0) {
					flow.addArc(firstCollector + e, firstSlot + t, room, 0);
				}
			}
		}
		for (int t = 0; t < in.slots; t++) {
			flow.addArc(firstSlot + t, sink, in.tables - pins.slotLoad[t], 0);
		}
		long bound = pins.value - flow.minimiseCost(source, sink);
		var pairs = new ArrayList<int[]>();
		for (int c = 0; c < in.candidates; c++) {
			for (int e = 0; e < in.employers; e++) {
				if (arc[c][e] >= 0 && flow.flow(arc[c][e]) > 0) {
					pairs.add(new int[] { c, e });
				}
			}
		}
		return new Relaxation(bound, pairs);
	}

	/** ν_c: maximum matching of the candidate's free slots to eligible employers with room (Kuhn's algorithm). */
	static int reachableSlots(Instance in, Board board, int c) {
		int[] slotOf = new int[in.employers];
		Arrays.fill(slotOf, -1);
		int matched = 0;
		for (int t = 0; t < in.slots; t++) {
			if (board.candidateAt[c][t] < 0 && board.slotLoad[t] < in.tables
					&& augment(in, board, c, t, slotOf, new boolean[in.employers])) {
				matched++;
			}
		}
		return matched;
	}

	private static boolean augment(Instance in, Board board, int c, int t, int[] slotOf, boolean[] visited) {
		for (int e = 0; e < in.employers; e++) {
			if (!visited[e] && in.available[e][t] && in.eligible(c, e) && board.pairSlot[c][e] < 0
					&& board.employerLoad[e][t] < in.parallel[e] && board.employerCount[e] < in.employerCap[e]) {
				visited[e] = true;
				if (slotOf[e] < 0 || augment(in, board, c, slotOf[e], slotOf, visited)) {
					slotOf[e] = t;
					return true;
				}
			}
		}
		return false;
	}

}
