package fi.kohtaanto.matching.engine;

import static fi.kohtaanto.matching.engine.Profiles.COOK;
import static fi.kohtaanto.matching.engine.Profiles.FISH_COOK;
import static fi.kohtaanto.matching.engine.Profiles.WELDER;
import static fi.kohtaanto.matching.engine.Profiles.candidate;
import static fi.kohtaanto.matching.engine.Profiles.skills;
import static fi.kohtaanto.matching.engine.Profiles.vacancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class CandidateIndexTests {

	private final EscoGraph kitchen = Profiles.kitchen();

	@Test
	void returnsTheSameTopKAsScoringEveryCandidate() {
		SplittableRandom random = new SplittableRandom(42);
		EscoGraph graph = Profiles.randomGraph(random, 60, 25);
		List<CandidateProfile> candidates = Profiles.randomCandidates(random, graph, 3000);
		CandidateIndex index = CandidateIndex.build(graph, candidates);
		LongPredicate notEveryThird = id -> id % 3 != 0;

		for (VacancyProfile vacancy : Profiles.randomVacancies(random, graph, 150)) {
			int k = 1 + random.nextInt(40);
			assertSame(index.topCandidates(vacancy, k), BruteForce.topCandidates(graph, candidates, vacancy, k, id -> true));
			assertSame(index.topCandidates(vacancy, k, notEveryThird),
					BruteForce.topCandidates(graph, candidates, vacancy, k, notEveryThird));
		}
	}

	@Test
	void staysExactOverManyBlocksOfCandidates() {
		SplittableRandom random = new SplittableRandom(99);
		EscoGraph graph = Profiles.randomGraph(random, 400, 60);
		List<CandidateProfile> candidates = Profiles.randomCandidates(random, graph, 70_000);
		CandidateIndex index = CandidateIndex.build(graph, candidates);

		for (VacancyProfile vacancy : Profiles.randomVacancies(random, graph, 4)) {
			assertSame(index.topCandidates(vacancy, 50),
					BruteForce.topCandidates(graph, candidates, vacancy, 50, id -> true));
		}
	}

	@Test
	void staysExactThroughUpsertsRemovalsAndCompaction() {
		SplittableRandom random = new SplittableRandom(7);
		EscoGraph graph = Profiles.randomGraph(random, 40, 15);
		CandidateIndex index = new CandidateIndex(graph);
		Map<Long, CandidateProfile> current = new HashMap<>();
		for (int step = 0; step < 6000; step++) {
			long id = random.nextInt(2500);
			if (random.nextInt(3) == 0) {
				assertThat(index.remove(id)).isEqualTo(current.remove(id) != null);
			}
			else {
				CandidateProfile profile = Profiles.randomCandidate(random, graph, id);
				index.upsert(profile);
				current.put(id, profile);
			}
		}
		assertThat(index.size()).isEqualTo(current.size());
		List<CandidateProfile> candidates = new ArrayList<>(current.values());
		for (VacancyProfile vacancy : Profiles.randomVacancies(random, graph, 60)) {
			assertSame(index.topCandidates(vacancy, 25),
					BruteForce.topCandidates(graph, candidates, vacancy, 25, id -> true));
		}
	}

	@Test
	void staysExactWhilePruningAcrossBlocks() {
		// Four blocks of candidates who score high: the search seeds its score to beat, defers lists from the second
		// block on, and bounds by packed features; copies of profiles tie on score, and some profiles do not fit the
		// packed columns.
		SplittableRandom random = new SplittableRandom(2026);
		EscoGraph graph = Profiles.randomGraph(random, 120, 40);
		List<CandidateProfile> candidates = Profiles.occupationalCandidates(random, graph, 100_000);
		CandidateIndex index = CandidateIndex.build(graph, candidates);
		LongPredicate notEveryThird = id -> id % 3 != 0;

		for (VacancyProfile vacancy : Profiles.occupationalVacancies(random, graph, 8)) {
			int k = List.of(1, 10, 50, 300).get(random.nextInt(4));
			assertSame(index.topCandidates(vacancy, k), BruteForce.topCandidates(graph, candidates, vacancy, k, id -> true));
			assertSame(index.topCandidates(vacancy, k, notEveryThird),
					BruteForce.topCandidates(graph, candidates, vacancy, k, notEveryThird));
		}
	}

	@Test
	void staysExactWhilePruningThroughUpsertsRemovalsAndCompaction() {
		SplittableRandom random = new SplittableRandom(17);
		EscoGraph graph = Profiles.randomGraph(random, 120, 40);
		Map<Long, CandidateProfile> current = new HashMap<>();
		Profiles.occupationalCandidates(random, graph, 80_000).forEach(profile -> current.put(profile.id(), profile));
		CandidateIndex index = CandidateIndex.build(graph, current.values());
		List<VacancyProfile> vacancies = Profiles.occupationalVacancies(random, graph, 4);

		// Removed ones stay in the posting lists as dead ordinals; upserted ones get new ordinals after the blocks.
		for (int i = 0; i < 10_000; i++) {
			long id = random.nextInt(80_000);
			assertThat(index.remove(id)).isEqualTo(current.remove(id) != null);
		}
		assertSameAsScoringEveryCandidate(index, graph, current, vacancies);
		for (int i = 0; i < 10_000; i++) {
			CandidateProfile profile = Profiles.occupationalCandidate(random, graph, random.nextInt(90_000));
			index.upsert(profile);
			current.put(profile.id(), profile);
		}
		assertSameAsScoringEveryCandidate(index, graph, current, vacancies);
		// Enough removed that the index compacts: new ordinals, dictionaries and columns.
		for (int i = 0; i < 20_000; i++) {
			long id = random.nextInt(90_000);
			assertThat(index.remove(id)).isEqualTo(current.remove(id) != null);
		}
		assertThat(index.size()).isEqualTo(current.size());
		assertSameAsScoringEveryCandidate(index, graph, current, vacancies);
	}

	@Test
	void breaksTiesAtTheScoreToBeatByTheLowerIdWhilePruning() {
		// 60,000 copies of six profiles under shuffled ids: every score is shared by 10,000 candidates in every block.
		SplittableRandom random = new SplittableRandom(5);
		List<int[]> skills = List.of(skills(0, 1), skills(0), skills(1, 3), skills(0, 1, 2), skills(5), skills());
		int[][] occupations = { { COOK }, { FISH_COOK }, { COOK }, { WELDER }, { Profiles.KITCHEN_HELPER }, { COOK } };
		long[] ids = LongStream.range(0, 60_000).toArray();
		for (int i = ids.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			long swap = ids[i];
			ids[i] = ids[j];
			ids[j] = swap;
		}
		List<CandidateProfile> candidates = new ArrayList<>();
		for (int i = 0; i < ids.length; i++) {
			candidates.add(candidate(ids[i], skills.get(i % 6), occupations[i % 6]));
		}
		CandidateIndex index = CandidateIndex.build(kitchen, candidates);
		LongPredicate notEverySeventh = id -> id % 7 != 0;

		for (VacancyProfile vacancy : List.of(vacancy(1, COOK, skills(0, 1), 2, 3), vacancy(2, WELDER, skills(6), 0),
				vacancy(3, VacancyProfile.NO_OCCUPATION, skills(0), 1, 5))) {
			for (int k : new int[] { 1, 50, 10_001 }) {
				assertSame(index.topCandidates(vacancy, k),
						BruteForce.topCandidates(kitchen, candidates, vacancy, k, id -> true));
				assertSame(index.topCandidates(vacancy, k, notEverySeventh),
						BruteForce.topCandidates(kitchen, candidates, vacancy, k, notEverySeventh));
			}
		}
	}

	@Test
	void findsTheRunnerUpWhenTheBestHasSeveralOccupationsThatFitTheVacancy() {
		// The search scores candidates of the best-fitting occupations first to learn the score to beat; the best
		// candidate is in two of them and must count once, or the runner-up, in neither, would seem beaten.
		CandidateIndex index = CandidateIndex.build(kitchen,
				List.of(candidate(1, skills(0, 1), COOK, FISH_COOK), candidate(2, skills(0), WELDER)));

		assertThat(index.topCandidates(vacancy(1, COOK, skills(0, 1)), 2)).extracting(Match::candidateId)
			.containsExactly(1L, 2L);
	}

	@Test
	void appliesTheAllowedFilterBeforeChoosingTheTopK() {
		List<CandidateProfile> candidates = LongStream.rangeClosed(1, 10)
			.mapToObj(id -> candidate(id, id <= 5 ? skills(0, 1) : skills(0), COOK))
			.toList();
		CandidateIndex index = CandidateIndex.build(kitchen, candidates);

		List<Match> top = index.topCandidates(vacancy(1, COOK, skills(0, 1)), 5, id -> id > 3);

		assertThat(top).extracting(Match::candidateId).containsExactly(4L, 5L, 6L, 7L, 8L);
	}

	@Test
	void breaksTiesByTheLowerId() {
		CandidateIndex index = CandidateIndex.build(kitchen,
				List.of(candidate(30, skills(0), COOK), candidate(10, skills(0), COOK), candidate(20, skills(0), COOK)));

		List<Match> top = index.topCandidates(vacancy(1, COOK, skills(0)), 3);

		assertThat(top).extracting(Match::candidateId).containsExactly(10L, 20L, 30L);
		assertThat(top).extracting(Match::score).containsOnly(100.0);
	}

	@Test
	void leavesOutCandidatesWithoutOverlapButFindsThoseWithOnlyAnOccupationInCommon() {
		CandidateIndex index = CandidateIndex.build(kitchen, List.of(candidate(1, skills(6), WELDER),
				candidate(2, skills(), Profiles.KITCHEN_HELPER), candidate(3, skills(), Profiles.FISH_COOK)));

		List<Match> top = index.topCandidates(vacancy(1, COOK, skills(1, 2)), 10);

		// Fish cook: same ISCO unit group; kitchen helper: same minor group; the welder shares nothing.
		assertThat(top).extracting(Match::candidateId).containsExactly(3L, 2L);
	}

	@Test
	void removesACandidateAtOnce() {
		CandidateIndex index = CandidateIndex.build(kitchen,
				List.of(candidate(1, skills(0), COOK), candidate(2, skills(0), COOK)));

		assertThat(index.remove(1)).isTrue();

		assertThat(index.topCandidates(vacancy(1, COOK, skills(0)), 10)).extracting(Match::candidateId)
			.containsExactly(2L);
		assertThat(index.contains(1)).isFalse();
		assertThat(index.remove(1)).isFalse();
		assertThat(index.size()).isEqualTo(1);
	}

	@Test
	void upsertReplacesTheProfileWithTheSameId() {
		CandidateIndex index = CandidateIndex.build(kitchen, List.of(candidate(1, skills(0), COOK)));

		index.upsert(candidate(1, skills(6), WELDER));

		assertThat(index.topCandidates(vacancy(1, COOK, skills(0)), 10)).isEmpty();
		assertThat(index.topCandidates(vacancy(2, WELDER, skills(6)), 10)).extracting(Match::candidateId)
			.containsExactly(1L);
		assertThat(index.size()).isEqualTo(1);
	}

	@Test
	void explainsEachResult() {
		CandidateIndex index = CandidateIndex.build(kitchen, List.of(candidate(1, skills(0), COOK)));

		Match match = index.topCandidates(vacancy(7, COOK, skills(0, 1), 6), 1).get(0);

		assertThat(match.vacancyId()).isEqualTo(7);
		assertThat(match.explanation().met()).extracting(Explanation.SkillEvidence::skill).containsExactly(0);
		assertThat(match.explanation().implied()).extracting(Explanation.SkillEvidence::impliedBy)
			.containsExactly(COOK);
		assertThat(match.explanation().missing()).extracting(Explanation.SkillEvidence::skill).containsExactly(6);
	}

	@Test
	void refusesIdsOutsideTheGraph() {
		CandidateIndex index = new CandidateIndex(kitchen);

		assertThatIllegalArgumentException().isThrownBy(() -> index.upsert(candidate(1, skills(10))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> index.topCandidates(vacancy(1, 99, skills(0)), 1));
		assertThat(index.size()).isZero();
	}

	@Test
	void neverReturnsACandidateRemovedBeforeTheQueryStarted() throws Exception {
		SplittableRandom random = new SplittableRandom(3);
		EscoGraph graph = Profiles.randomGraph(random, 30, 10);
		List<CandidateProfile> candidates = Profiles.randomCandidates(random, graph, 4000);
		CandidateIndex index = CandidateIndex.build(graph, candidates);
		List<VacancyProfile> vacancies = Profiles.randomVacancies(random, graph, 50);
		// Ids are removed in this order; a query may only see those not yet removed when it started.
		long[] removalOrder = random.longs(3000, 0, 4000).distinct().toArray();
		AtomicInteger removed = new AtomicInteger();
		ExecutorService queries = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int thread = 0; thread < 2; thread++) {
				running.add(queries.submit(() -> {
					for (int i = 0; removed.get() < removalOrder.length && i < 100_000; i++) {
						int before = removed.get();
						List<Match> top = index.topCandidates(vacancies.get(i % vacancies.size()), 50);
						for (int r = 0; r < before; r++) {
							long gone = removalOrder[r];
							assertThat(top).noneMatch(match -> match.candidateId() == gone);
						}
					}
					return null;
				}));
			}
			for (long id : removalOrder) {
				index.remove(id);
				removed.incrementAndGet();
			}
			for (Future<?> query : running) {
				query.get();
			}
		}
		finally {
			queries.shutdownNow();
		}
		assertThat(index.size()).isEqualTo(4000 - removalOrder.length);
	}

	private static void assertSameAsScoringEveryCandidate(CandidateIndex index, EscoGraph graph,
			Map<Long, CandidateProfile> current, List<VacancyProfile> vacancies) {
		List<CandidateProfile> candidates = new ArrayList<>(current.values());
		for (VacancyProfile vacancy : vacancies) {
			assertSame(index.topCandidates(vacancy, 50),
					BruteForce.topCandidates(graph, candidates, vacancy, 50, id -> true));
		}
	}

	static void assertSame(List<Match> actual, List<Match> expected) {
		assertThat(actual).extracting(Match::candidateId, Match::vacancyId, Match::score)
			.containsExactlyElementsOf(expected.stream()
				.map(match -> org.assertj.core.groups.Tuple.tuple(match.candidateId(), match.vacancyId(),
						match.score()))
				.toList());
		assertThat(actual).containsExactlyElementsOf(expected);
	}

}
