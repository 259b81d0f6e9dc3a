package fi.kohtaanto.events.meetmatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * A problem as arrays: candidates and employers by index in id order, slots by index 0..T-1. All algorithms work on
 * this form; indices in id order make every tie-break "by id".
 */
final class Instance {

	final MeetMatchProblem problem;

	final int candidates;

	final int employers;

	final int slots;

	/** K, the meetings one slot can hold. */
	final int tables;

	final List<Candidate> candidateList;

	final List<Employer> employerList;

	/** m_c. */
	final int[] candidateCap;

	/** min(M_e, r_e·|A_e|). */
	final int[] employerCap;

	/** r_e. */
	final int[] parallel;

	/** [e][t]. */
	final boolean[][] available;

	/** [e]: the slot indices of A_e in order. */
	final int[][] availableSlots;

	/** [c][e]: the score of the pair, 0 if forbidden or without a score. */
	final int[][] weight;

	/** Pinned meetings as {c, e, t}. */
	final List<int[]> pins;

	Instance(MeetMatchProblem problem) {
		this.problem = problem;
		candidateList = problem.candidates().stream().sorted(Comparator.comparingLong(Candidate::id)).toList();
		employerList = problem.employers().stream().sorted(Comparator.comparingLong(Employer::id)).toList();
		candidates = candidateList.size();
		employers = employerList.size();
		slots = problem.slots().size();
		tables = problem.tableCount();
		Map<Long, Integer> candidateIndex = new HashMap<>();
		for (int c = 0; c < candidates; c++) {
			candidateIndex.put(candidateList.get(c).id(), c);
		}
		Map<Long, Integer> employerIndex = new HashMap<>();
		for (int e = 0; e < employers; e++) {
			employerIndex.put(employerList.get(e).id(), e);
		}
		candidateCap = candidateList.stream().mapToInt(Candidate::maxMeetings).toArray();
		parallel = employerList.stream().mapToInt(Employer::parallelTables).toArray();
		available = new boolean[employers][slots];
		availableSlots = new int[employers][];
		employerCap = new int[employers];
		for (int e = 0; e < employers; e++) {
			var employer = employerList.get(e);
			for (int t = 0; t < slots; t++) {
				available[e][t] = employer.isAvailableIn(t + 1);
			}
			int e0 = e;
			availableSlots[e] = IntStream.range(0, slots).filter(t -> available[e0][t]).toArray();
			int capacity = availableSlots[e].length * parallel[e];
			employerCap[e] = employer.maxMeetings() == null ? capacity : Math.min(employer.maxMeetings(), capacity);
		}
		weight = new int[candidates][employers];
		for (var score : problem.scores()) {
			weight[candidateIndex.get(score.candidateId())][employerIndex.get(score.employerId())] = score.points();
		}
		for (var pair : problem.forbiddenPairs()) {
			weight[candidateIndex.get(pair.candidateId())][employerIndex.get(pair.employerId())] = 0;
		}
		pins = new ArrayList<>();
		for (var pin : problem.pinnedMeetings()) {
			pins.add(new int[] { candidateIndex.get(pin.candidateId()), employerIndex.get(pin.employerId()),
					pin.slot() - 1 });
		}
	}

	/** What makes this instance harder than case A, in a fixed order. */
	List<Schedule.Complication> complications() {
		var result = new ArrayList<Schedule.Complication>();
		if (commonSlots() == null) {
			result.add(Schedule.Complication.PARTIAL_AVAILABILITY);
		}
		if (!pins.isEmpty()) {
			result.add(Schedule.Complication.PINNED_MEETINGS);
		}
		return result;
	}

	/**
	 * The slots shared by every employer present at all, if all of them are present in the same slots; otherwise
	 * {@code null}. Employers present in no slot hold no meetings and do not count.
	 */
	int @Nullable [] commonSlots() {
		var sets = new HashSet<List<Integer>>();
		int[] common = new int[0];
		for (int e = 0; e < employers; e++) {
			if (availableSlots[e].length > 0) {
				sets.add(Arrays.stream(availableSlots[e]).boxed().toList());
				common = availableSlots[e];
			}
		}
		return sets.size() <= 1 ? common : null;
	}

	/** True if the pair may meet outside a pin: positive score and not forbidden. */
	boolean eligible(int c, int e) {
		return weight[c][e] > 0;
	}

}
