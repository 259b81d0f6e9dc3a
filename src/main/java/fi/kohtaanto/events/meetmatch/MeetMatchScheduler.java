package fi.kohtaanto.events.meetmatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Builds the Meet&Match schedule with the highest total match score. Stateless and thread-safe; plain Java.
 * <p>
 * Case A (every employer present in the same slots, nothing pinned; parallel tables and a table limit allowed) is
 * solved exactly: maximum-weight b-matching by min-cost flow, then slots by bipartite edge colouring
 * ({@link Schedule.Proof#MATCHING_AND_COLOURING}). Otherwise the scheduler computes an upper bound from a flow
 * relaxation and builds a schedule with a local search; if that stays below the bound it tries to give all pairs of
 * the relaxed optimum slots at once, and then runs a branch-and-bound search; both have fixed work limits, so the
 * result does not depend on the machine. The schedule reports the remaining gap to the bound.
 * <pre>
 * Schedule schedule = new MeetMatchScheduler().schedule(problem);
 * </pre>
 */
public final class MeetMatchScheduler {

	/** The default work limit of the exact search, in pairs looked at (some 20–50 ms on a 2-core server when used up). */
	public static final long DEFAULT_SEARCH_LIMIT = 20_000_000L;

	/**
	 * The exact search decides candidate by candidate and slot by slot, one level of recursion each; above this many
	 * decisions it is not tried (it could not finish anyway, and the recursion would get deep).
	 */
	static final int MAX_SEARCH_DEPTH = 1_000;

	/** Work limit of the attempt to give the relaxed optimum's pairs slots, in slots looked at. */
	static final long ASSIGNMENT_LIMIT = 2_000_000L;

	private final long searchLimit;

	public MeetMatchScheduler() {
		this(DEFAULT_SEARCH_LIMIT);
	}

	/** @param searchLimit the work limit of the exact search in the general case; 0 turns the search off */
	public MeetMatchScheduler(long searchLimit) {
		this.searchLimit = searchLimit;
	}

	public Schedule schedule(MeetMatchProblem problem) {
		var in = new Instance(problem);
		var complications = in.complications();
		if (complications.isEmpty()) {
			int[] common = in.commonSlots();
			var meetings = MatchingAndColouring.solve(in, common == null ? new int[0] : common);
			long total = total(in, meetings);
			return build(in, meetings, total, Schedule.Proof.MATCHING_AND_COLOURING, null, complications);
		}
		var relaxation = Relaxation.of(in);
		var board = LocalSearch.run(in, relaxation.pairs, relaxation.bound);
		if (board.value < relaxation.bound) {
			// The relaxed optimum's pairs may still fit into slots together; if they do, the bound is reached.
			var relaxed = new Board(in);
			if (SlotAssignment.placeAll(relaxed, relaxation.pairs, ASSIGNMENT_LIMIT)) {
				board = relaxed;
			}
		}
		var meetings = board.meetings();
		if (board.value >= relaxation.bound) {
			return build(in, meetings, relaxation.bound, Schedule.Proof.UPPER_BOUND_REACHED, null, complications);
		}
		if (searchLimit <= 0 || (long) in.candidates * in.slots > MAX_SEARCH_DEPTH) {
			return build(in, meetings, relaxation.bound, Schedule.Proof.NONE, Schedule.REASON_NOT_SEARCHED,
					complications);
		}
		var outcome = BranchAndBound.search(in, searchLimit, board.value, meetings);
		if (outcome.complete()) {
			return build(in, outcome.meetings(), outcome.value(), Schedule.Proof.EXHAUSTIVE_SEARCH, null,
					complications);
		}
		return build(in, outcome.meetings(), relaxation.bound, Schedule.Proof.NONE, Schedule.REASON_SEARCH_LIMIT,
				complications);
	}

	private static long total(Instance in, List<int[]> meetings) {
		return meetings.stream().mapToLong(m -> in.weight[m[0]][m[1]]).sum();
	}

	private static Schedule build(Instance in, List<int[]> meetings, long upperBound, Schedule.Proof proof,
			@Nullable String reason, List<Schedule.Complication> complications) {
		boolean optimal = proof != Schedule.Proof.NONE;
		var sorted = new ArrayList<>(meetings);
		sorted.sort(Comparator.<int[]>comparingInt(m -> m[2]).thenComparingInt(m -> m[1]).thenComparingInt(m -> m[0]));
		int[] table = Tables.assign(in, sorted);
		var pinned = new boolean[in.candidates][in.employers];
		for (int[] pin : in.pins) {
			pinned[pin[0]][pin[1]] = true;
		}
		var slots = in.problem.slots();
		var result = new ArrayList<Meeting>();
		List<List<PersonSchedule.Line>> candidateLines = new ArrayList<>();
		List<List<PersonSchedule.Line>> employerLines = new ArrayList<>();
		in.candidateList.forEach(c -> candidateLines.add(new ArrayList<>()));
		in.employerList.forEach(e -> employerLines.add(new ArrayList<>()));
		for (int i = 0; i < sorted.size(); i++) {
			int c = sorted.get(i)[0];
			int e = sorted.get(i)[1];
			var slot = slots.get(sorted.get(i)[2]);
			var candidate = in.candidateList.get(c);
			var employer = in.employerList.get(e);
			int score = in.weight[c][e];
			result.add(new Meeting(slot, table[i], candidate.id(), employer.id(), score, pinned[c][e]));
			candidateLines.get(c).add(new PersonSchedule.Line(slot, table[i], employer.id(), employer.label(), score));
			employerLines.get(e).add(new PersonSchedule.Line(slot, table[i], candidate.id(), candidate.label(), score));
		}
		result.sort(Comparator.comparingInt((Meeting m) -> m.slot().number()).thenComparingInt(Meeting::table));
		var byTime = Comparator.comparingInt((PersonSchedule.Line l) -> l.slot().number())
			.thenComparingInt(PersonSchedule.Line::table);
		var candidateSchedules = new ArrayList<PersonSchedule>();
		for (int c = 0; c < in.candidates; c++) {
			candidateLines.get(c).sort(byTime);
			var candidate = in.candidateList.get(c);
			candidateSchedules.add(new PersonSchedule(candidate.id(), candidate.label(), candidateLines.get(c)));
		}
		var employerSchedules = new ArrayList<PersonSchedule>();
		for (int e = 0; e < in.employers; e++) {
			employerLines.get(e).sort(byTime);
			var employer = in.employerList.get(e);
			employerSchedules.add(new PersonSchedule(employer.id(), employer.label(), employerLines.get(e)));
		}
		long total = total(in, meetings);
		long bound = optimal ? total : Math.max(upperBound, total);
		double gap = bound == 0 ? 0 : (double) (bound - total) / bound;
		return new Schedule(result, total, bound, gap, optimal, proof, reason, complications, candidateSchedules,
				employerSchedules);
	}

}
