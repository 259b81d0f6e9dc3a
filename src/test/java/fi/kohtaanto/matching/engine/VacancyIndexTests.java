package fi.kohtaanto.matching.engine;

import static fi.kohtaanto.matching.engine.Profiles.COOK;
import static fi.kohtaanto.matching.engine.Profiles.FISH_COOK;
import static fi.kohtaanto.matching.engine.Profiles.WELDER;
import static fi.kohtaanto.matching.engine.Profiles.candidate;
import static fi.kohtaanto.matching.engine.Profiles.skills;
import static fi.kohtaanto.matching.engine.Profiles.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongPredicate;

import org.junit.jupiter.api.Test;

class VacancyIndexTests {

	private final EscoGraph kitchen = Profiles.kitchen();

	@Test
	void returnsTheSameTopKAsScoringEveryVacancy() {
		SplittableRandom random = new SplittableRandom(11);
		EscoGraph graph = Profiles.randomGraph(random, 60, 25);
		List<VacancyProfile> vacancies = Profiles.randomVacancies(random, graph, 3000);
		VacancyIndex index = VacancyIndex.build(graph, vacancies);
		LongPredicate even = id -> id % 2 == 0;

		for (CandidateProfile candidate : Profiles.randomCandidates(random, graph, 150)) {
			int k = 1 + random.nextInt(40);
			CandidateIndexTests.assertSame(index.topVacancies(candidate, k),
					BruteForce.topVacancies(graph, vacancies, candidate, k, id -> true));
			CandidateIndexTests.assertSame(index.topVacancies(candidate, k, even),
					BruteForce.topVacancies(graph, vacancies, candidate, k, even));
		}
	}

	@Test
	void staysExactThroughUpsertsRemovalsAndCompaction() {
		SplittableRandom random = new SplittableRandom(5);
		EscoGraph graph = Profiles.randomGraph(random, 40, 15);
		VacancyIndex index = new VacancyIndex(graph);
		Map<Long, VacancyProfile> current = new HashMap<>();
		for (int step = 0; step < 6000; step++) {
			long id = random.nextInt(2500);
			if (random.nextInt(3) == 0) {
				assertThat(index.remove(id)).isEqualTo(current.remove(id) != null);
			}
			else {
				VacancyProfile vacancy = Profiles.randomVacancy(random, graph, id);
				index.upsert(vacancy);
				current.put(id, vacancy);
			}
		}
		List<VacancyProfile> vacancies = new ArrayList<>(current.values());
		for (CandidateProfile candidate : Profiles.randomCandidates(random, graph, 60)) {
			CandidateIndexTests.assertSame(index.topVacancies(candidate, 25),
					BruteForce.topVacancies(graph, vacancies, candidate, 25, id -> true));
		}
	}

	@Test
	void staysExactForPlacesAndRequirementsBeyondThePackedColumns() {
		// Thousands of distinct places, a few vacancies with more language requirements than the columns hold, and
		// candidates who speak many languages.
		SplittableRandom random = new SplittableRandom(23);
		EscoGraph graph = Profiles.randomGraph(random, 120, 40);
		List<VacancyProfile> vacancies = Profiles.occupationalVacancies(random, graph, 40_000);
		VacancyIndex index = VacancyIndex.build(graph, vacancies);
		LongPredicate notEveryFifth = id -> id % 5 != 0;

		for (CandidateProfile candidate : Profiles.occupationalCandidates(random, graph, 40)) {
			int k = List.of(1, 10, 50, 300).get(random.nextInt(4));
			CandidateIndexTests.assertSame(index.topVacancies(candidate, k),
					BruteForce.topVacancies(graph, vacancies, candidate, k, id -> true));
			CandidateIndexTests.assertSame(index.topVacancies(candidate, k, notEveryFifth),
					BruteForce.topVacancies(graph, vacancies, candidate, k, notEveryFifth));
		}
	}

	@Test
	void ranksVacanciesForAClientWithExplanations() {
		VacancyIndex index = VacancyIndex.build(kitchen, List.of(vacancy(1, COOK, skills(0, 1)),
				vacancy(2, FISH_COOK, skills(4)), vacancy(3, WELDER, skills(6)), vacancy(4, COOK, skills(0))));

		List<Match> top = index.topVacancies(candidate(9, skills(0), COOK), 10);

		// 4: everything listed; 1: skill 1 implied by cook; 2: skill 4 missing, same ISCO unit group; 3: nothing.
		assertThat(top).extracting(Match::vacancyId).containsExactly(4L, 1L, 2L);
		assertThat(top.get(1).explanation().implied()).extracting(Explanation.SkillEvidence::skill).containsExactly(1);
		assertThat(top).extracting(Match::candidateId).containsOnly(9L);
	}

	@Test
	void appliesTheAllowedFilterAndRemovalAtOnce() {
		VacancyIndex index = VacancyIndex.build(kitchen,
				List.of(vacancy(1, COOK, skills(0)), vacancy(2, COOK, skills(0)), vacancy(3, COOK, skills(0))));

		index.remove(2);

		assertThat(index.topVacancies(candidate(9, skills(0), COOK), 2, id -> id != 1))
			.extracting(Match::vacancyId)
			.containsExactly(3L);
	}

}
