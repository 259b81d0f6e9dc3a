package fi.kohtaanto.matching.engine;

import java.util.Comparator;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.function.ToLongFunction;

/** The top k by scoring every pair with {@link MatchScoring#evaluate}: what the indexes must return. */
final class BruteForce {

	private BruteForce() {
	}

	static List<Match> topCandidates(EscoGraph graph, List<CandidateProfile> candidates, VacancyProfile vacancy,
			int k, LongPredicate allowed) {
		return best(candidates.stream()
			.filter(candidate -> allowed.test(candidate.id()))
			.map(candidate -> MatchScoring.evaluate(graph, candidate, vacancy))
			.toList(), Match::candidateId, k);
	}

	static List<Match> topVacancies(EscoGraph graph, List<VacancyProfile> vacancies, CandidateProfile candidate,
			int k, LongPredicate allowed) {
		return best(vacancies.stream()
			.filter(vacancy -> allowed.test(vacancy.id()))
			.map(vacancy -> MatchScoring.evaluate(graph, candidate, vacancy))
			.toList(), Match::vacancyId, k);
	}

	/** The matches sorted by score, then by the ranked id. */
	private static List<Match> best(List<Evaluation> evaluations, ToLongFunction<Match> rankedId, int k) {
		return evaluations.stream()
			.filter(Match.class::isInstance)
			.map(Match.class::cast)
			.sorted(Comparator.comparingDouble(Match::score).reversed().thenComparingLong(rankedId))
			.limit(k)
			.toList();
	}

}
