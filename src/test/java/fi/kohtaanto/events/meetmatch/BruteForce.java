package fi.kohtaanto.events.meetmatch;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The optimum by trying every schedule, written against the problem's records only (no code of the scheduler), for
 * tiny problems: for every slot and candidate, every employer or nobody.
 */
final class BruteForce {

	private final MeetMatchProblem problem;

	private final List<Candidate> candidates;

	private final List<Employer> employers;

	private final Map<List<Long>, Integer> score = new HashMap<>();

	private final Set<List<Long>> forbidden = new HashSet<>();

	private final Map<List<Long>, Integer> pinnedSlot = new HashMap<>();

	private final Set<List<Long>> used = new HashSet<>();

	private final Map<Long, Integer> candidateCount = new HashMap<>();

	private final Map<Long, Integer> employerCount = new HashMap<>();

	private final Map<List<Long>, Integer> employerLoad = new HashMap<>();

	private final int[] slotLoad;

	private final int maxScore;

	private long best = -1;

	private BruteForce(MeetMatchProblem problem) {
		this.problem = problem;
		candidates = problem.candidates();
		employers = problem.employers();
		problem.scores().forEach(s -> score.put(List.of(s.candidateId(), s.employerId()), s.points()));
		problem.forbiddenPairs().forEach(p -> forbidden.add(List.of(p.candidateId(), p.employerId())));
		problem.pinnedMeetings()
			.forEach(p -> pinnedSlot.put(List.of(p.candidateId(), p.employerId()), p.slot()));
		slotLoad = new int[problem.slots().size() + 1];
		maxScore = problem.scores().stream().mapToInt(Score::points).max().orElse(0);
	}

	static long optimum(MeetMatchProblem problem) {
		var search = new BruteForce(problem);
		search.search(0, 0);
		return search.best;
	}

	private void search(int position, long value) {
		int slots = problem.slots().size();
		if (position == slots * candidates.size()) {
			if (used.containsAll(pinnedSlot.keySet())) {
				best = Math.max(best, value);
			}
			return;
		}
		if (value + (long) (slots * candidates.size() - position) * maxScore <= best) {
			return;
		}
		int slot = 1 + position / candidates.size();
		var candidate = candidates.get(position % candidates.size());
		for (var employer : employers) {
			var pair = List.of(candidate.id(), employer.id());
			Integer pin = pinnedSlot.get(pair);
			int points = score.getOrDefault(pair, 0);
			boolean allowed = pin != null ? pin == slot : points > 0 && !forbidden.contains(pair);
			if (allowed && fits(candidate, employer, slot, pair)) {
				put(candidate, employer, slot, pair, 1);
				search(position + 1, value + points);
				put(candidate, employer, slot, pair, -1);
			}
		}
		search(position + 1, value);
	}

	private boolean fits(Candidate candidate, Employer employer, int slot, List<Long> pair) {
		var cap = employer.maxMeetings();
		return employer.isAvailableIn(slot) && !used.contains(pair)
				&& candidateCount.getOrDefault(candidate.id(), 0) < candidate.maxMeetings()
				&& (cap == null || employerCount.getOrDefault(employer.id(), 0) < cap)
				&& employerLoad.getOrDefault(List.of(employer.id(), (long) slot), 0) < employer.parallelTables()
				&& slotLoad[slot] < problem.tableCount();
	}

	private void put(Candidate candidate, Employer employer, int slot, List<Long> pair, int delta) {
		if (delta > 0) {
			used.add(pair);
		}
		else {
			used.remove(pair);
		}
		candidateCount.merge(candidate.id(), delta, Integer::sum);
		employerCount.merge(employer.id(), delta, Integer::sum);
		employerLoad.merge(List.of(employer.id(), (long) slot), delta, Integer::sum);
		slotLoad[slot] += delta;
	}

}
