package fi.kohtaanto.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongPredicate;

/** The top k by scoring every pair with {@link MatchScoring#evaluate}: what the indexes must return. */
final class BruteForce {

	private BruteForce() {
	}

	static List<Match> topCandidates(EscoGraph graph, List<CandidateProfile> candidates, VacancyProfile vacancy,
			int k, LongPredicate allowed) {
		List<Match> matches = new ArrayList<>();
		for (CandidateProfile candidate : candidates) {
			if (allowed.test(candidate.id())
					&& MatchScoring.evaluate(graph, candidate, vacancy) instanceof Match match) {
				matches.add(match);
			}
		}
		return best(matches, vacancy.id(), k);
	}

	static List<Match> topVacancies(EscoGraph graph, List<VacancyProfile> vacancies, CandidateProfile candidate,
			int k, LongPredicate allowed) {
		List<Match> matches = new ArrayList<>();
		for (VacancyProfile vacancy : vacancies) {
			if (allowed.test(vacancy.id())
					&& MatchScoring.evaluate(graph, candidate, vacancy) instanceof Match match) {
				matches.add(match);
			}
		}
		return best(matches, candidate.id(), k);
	}

	/** Sorted by score, then by the ranked id (the sum less the fixed one). */
	private static List<Match> best(List<Match> matches, long fixedId, int k) {
		return matches.stream()
			.sorted(Comparator.comparingDouble(Match::score)
				.reversed()
				.thenComparingLong(match -> match.candidateId() + match.vacancyId() - fixedId))
			.limit(k)
			.toList();
	}

}
