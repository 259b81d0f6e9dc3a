package fi.kohtaanto.events.meetmatch;

import java.util.ArrayList;
import java.util.List;

/**
 * The exact method for case A: every employer present at all is present in the same T' slots and nothing is pinned.
 * Parallel tables r_e and a table limit K are allowed.
 * <p>
 * Step 1, maximum-weight b-matching as a min-cost flow: source → candidate (capacity min(m_c, T')) → employer
 * (capacity 1, cost −w) → collector (capacity min(M_e, r_e·T')) → sink (capacity K·T'). Every schedule is such a
 * b-matching (a candidate meets at most once per slot, an employer at most r_e times per slot, a slot holds at most K
 * meetings), so its weight is an upper bound.
 * <p>
 * Step 2, slots by edge colouring: each employer is split into r_e copies and its chosen edges are dealt to the
 * copies in turn, so every copy has degree ≤ ⌈d_e / r_e⌉ ≤ T'; candidates have degree ≤ T'. König gives a proper
 * colouring with T' colours, and balancing the colour classes keeps each ≤ ⌈|M| / T'⌉ ≤ K. Colour i is the i-th common
 * slot: each candidate meets once per slot, each employer at most r_e times, each slot holds at most K meetings. The
 * schedule keeps every edge of the b-matching, so it reaches the upper bound and is optimal.
 */
final class MatchingAndColouring {

	private MatchingAndColouring() {
	}

	/** Meetings as {c, e, t}, in an optimal schedule. */
	static List<int[]> solve(Instance in, int[] commonSlots) {
		int slotCount = commonSlots.length;
		int source = 0;
		int firstEmployer = 1 + in.candidates;
		int collector = firstEmployer + in.employers;
		int sink = collector + 1;
		var flow = new MinCostFlow(sink + 1);
		for (int c = 0; c < in.candidates; c++) {
			flow.addArc(source, 1 + c, Math.min(in.candidateCap[c], slotCount), 0);
		}
		int[][] arc = new int[in.candidates][in.employers];
		for (int c = 0; c < in.candidates; c++) {
			for (int e = 0; e < in.employers; e++) {
				arc[c][e] = in.eligible(c, e) && in.availableSlots[e].length > 0
						? flow.addArc(1 + c, firstEmployer + e, 1, -in.weight[c][e]) : -1;
			}
		}
		for (int e = 0; e < in.employers; e++) {
			flow.addArc(firstEmployer + e, collector, in.employerCap[e], 0);
		}
		flow.addArc(collector, sink, (int) Math.min(Integer.MAX_VALUE, (long) in.tables * slotCount), 0);
		flow.minimiseCost(source, sink);

		int[] copyOffset = new int[in.employers + 1];
		for (int e = 0; e < in.employers; e++) {
			copyOffset[e + 1] = copyOffset[e] + in.parallel[e];
		}
		var edgeCandidate = new ArrayList<Integer>();
		var edgeEmployer = new ArrayList<Integer>();
		var edgeCopy = new ArrayList<Integer>();
		for (int e = 0; e < in.employers; e++) {
			int dealt = 0;
			for (int c = 0; c < in.candidates; c++) {
				if (arc[c][e] >= 0 && flow.flow(arc[c][e]) > 0) {
					edgeCandidate.add(c);
					edgeEmployer.add(e);
					edgeCopy.add(copyOffset[e] + dealt++ % in.parallel[e]);
				}
			}
		}
		int[] left = edgeCandidate.stream().mapToInt(Integer::intValue).toArray();
		int[] right = edgeCopy.stream().mapToInt(Integer::intValue).toArray();
		int copies = copyOffset[in.employers];
		int[] colour = EdgeColouring.colour(in.candidates, copies, left, right, slotCount);
		if (slotCount > 0) {
			EdgeColouring.balance(in.candidates, copies, left, right, slotCount, colour, in.tables);
		}
		var meetings = new ArrayList<int[]>();
		for (int i = 0; i < left.length; i++) {
			meetings.add(new int[] { left[i], edgeEmployer.get(i), commonSlots[colour[i]] });
		}
		return meetings;
	}

}
