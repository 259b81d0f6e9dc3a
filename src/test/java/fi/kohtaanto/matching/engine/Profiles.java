package fi.kohtaanto.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/** Hand-made and random profiles for the engine's tests. */
final class Profiles {

	static final Place MIKKELI = new Place("491", "101", "10");

	static final Place PIEKSAMAKI = new Place("593", "103", "10");

	static final Place KANGASNIEMI = new Place("213", "101", "10");

	static final Place HELSINKI = new Place("091", "011", "01");

	static final int COOK = 0;

	static final int FISH_COOK = 1;

	static final int KITCHEN_HELPER = 2;

	static final int WELDER = 3;

	static final int NO_ISCO = 4;

	private Profiles() {
	}

	/**
	 * Skills 0–9. Cook (ISCO 5120): essential 0, 1, 2, optional 3. Fish cook (5120): essential 0, 4. Kitchen helper
	 * (5129, same minor group 512): essential 5. Welder (7212): essential 6, 7, optional 8. One without ISCO group:
	 * essential 9.
	 */
	static EscoGraph kitchen() {
		return new EscoGraph(10, new int[][] { { 0, 1, 2 }, { 0, 4 }, { 5 }, { 6, 7 }, { 9 } },
				new int[][] { { 3 }, {}, {}, { 8 }, {} }, new int[] { 5120, 5120, 5129, 7212, -1 });
	}

	static CandidateProfile candidate(long id, int[] skills, int... occupations) {
		return new CandidateProfile(id, skills, occupations, List.of(new LanguageLevel("fi", LanguageLevel.NATIVE)),
				MIKKELI, 100, false);
	}

	static VacancyProfile vacancy(long id, int occupation, int[] required, int... nice) {
		return new VacancyProfile(id, occupation, required, nice, List.of(), MIKKELI, 100, false);
	}

	static int[] skills(int... skills) {
		return skills;
	}

	/** A random graph with a few ISCO groups, so that every component varies. */
	static EscoGraph randomGraph(SplittableRandom random, int skills, int occupations) {
		int[][] essential = new int[occupations][];
		int[][] optional = new int[occupations][];
		int[] isco = new int[occupations];
		for (int occupation = 0; occupation < occupations; occupation++) {
			essential[occupation] = random.ints(2 + random.nextInt(5), 0, skills).toArray();
			optional[occupation] = random.ints(random.nextInt(4), 0, skills).toArray();
			isco[occupation] = random.nextInt(10) == 0 ? -1 : 5110 + random.nextInt(3) * 10 + random.nextInt(2);
		}
		return new EscoGraph(skills, essential, optional, isco);
	}

	static List<CandidateProfile> randomCandidates(SplittableRandom random, EscoGraph graph, int count) {
		return LongStream.range(0, count).mapToObj(id -> randomCandidate(random, graph, id)).toList();
	}

	static CandidateProfile randomCandidate(SplittableRandom random, EscoGraph graph, long id) {
		int[] skills = random.ints(random.nextInt(6), 0, graph.skillCount()).toArray();
		int[] occupations = random.ints(random.nextInt(7), 0, graph.occupationCount()).toArray();
		List<LanguageLevel> languages = new ArrayList<>();
		if (random.nextBoolean()) {
			languages.add(new LanguageLevel("fi", 1 + random.nextInt(7)));
		}
		if (random.nextBoolean()) {
			languages.add(new LanguageLevel("en", 1 + random.nextInt(7)));
		}
		return new CandidateProfile(id, skills, occupations, languages, randomPlace(random),
				100 + random.nextInt(120), random.nextInt(4) == 0);
	}

	static List<VacancyProfile> randomVacancies(SplittableRandom random, EscoGraph graph, int count) {
		return LongStream.range(0, count).mapToObj(id -> randomVacancy(random, graph, id)).toList();
	}

	static VacancyProfile randomVacancy(SplittableRandom random, EscoGraph graph, long id) {
		int occupation = random.nextInt(8) == 0 ? VacancyProfile.NO_OCCUPATION
				: random.nextInt(graph.occupationCount());
		List<LanguageLevel> languages = new ArrayList<>();
		if (random.nextBoolean()) {
			languages.add(new LanguageLevel("fi", 1 + random.nextInt(6)));
		}
		if (random.nextInt(4) == 0) {
			languages.add(new LanguageLevel("sv", 1 + random.nextInt(4)));
		}
		return new VacancyProfile(id, occupation, random.ints(random.nextInt(5), 0, graph.skillCount()).toArray(),
				random.ints(random.nextInt(4), 0, graph.skillCount()).toArray(), languages, randomPlace(random),
				90 + random.nextInt(60), random.nextInt(5) == 0);
	}

	/**
	 * Candidates who learnt the skills of their occupations, as in the benchmark, so that many score high and the
	 * search prunes: a few occupations are common, each essential skill is listed with probability 0.6. Every tenth is
	 * a copy of an earlier one under a new id (ties on score), and a few have what the packed columns cannot hold:
	 * more than four occupations or languages, or one of many distinct places.
	 */
	static List<CandidateProfile> occupationalCandidates(SplittableRandom random, EscoGraph graph, int count) {
		List<CandidateProfile> candidates = new ArrayList<>(count);
		for (int id = 0; id < count; id++) {
			if (id % 10 == 9) {
				CandidateProfile original = candidates.get(random.nextInt(id));
				candidates.add(new CandidateProfile(id, original.skills(), original.occupations(), original.languages(),
						original.place(), original.availableFrom(), original.willingToRelocate()));
			}
			else {
				candidates.add(occupationalCandidate(random, graph, id));
			}
		}
		return candidates;
	}

	static CandidateProfile occupationalCandidate(SplittableRandom random, EscoGraph graph, long id) {
		int[] occupations = random.nextInt(200) == 0
				? random.ints(5 + random.nextInt(3), 0, graph.occupationCount()).toArray()
				: random.nextInt(4) == 0 ? new int[] { commonOccupation(random, graph), commonOccupation(random, graph) }
						: new int[] { commonOccupation(random, graph) };
		List<Integer> skills = new ArrayList<>();
		for (int skill : graph.essentialSkills(occupations[0])) {
			if (random.nextInt(10) < 6) {
				skills.add(skill);
			}
		}
		for (int skill : graph.optionalSkills(occupations[0])) {
			if (random.nextInt(10) < 3) {
				skills.add(skill);
			}
		}
		if (random.nextBoolean()) {
			skills.add(random.nextInt(graph.skillCount()));
		}
		return new CandidateProfile(id, skills.stream().mapToInt(Integer::intValue).toArray(), occupations,
				randomLanguages(random, 1 + random.nextInt(7)), manyPlaces(random), 100 + random.nextInt(120),
				random.nextInt(4) == 0);
	}

	/** Vacancies of the same occupations: required skills from the essential ones, nice-to-have from the others. */
	static List<VacancyProfile> occupationalVacancies(SplittableRandom random, EscoGraph graph, int count) {
		return LongStream.range(0, count).mapToObj(id -> occupationalVacancy(random, graph, id)).toList();
	}

	static VacancyProfile occupationalVacancy(SplittableRandom random, EscoGraph graph, long id) {
		int occupation = commonOccupation(random, graph);
		int[] essential = graph.essentialSkills(occupation);
		int[] required = random.ints(1 + random.nextInt(essential.length), 0, essential.length)
			.map(index -> essential[index])
			.toArray();
		int[] nice = IntStream.concat(IntStream.of(graph.optionalSkills(occupation)),
				random.ints(random.nextInt(3), 0, graph.skillCount()))
			.toArray();
		return new VacancyProfile(id, random.nextInt(8) == 0 ? VacancyProfile.NO_OCCUPATION : occupation, required,
				nice, randomLanguages(random, 1 + random.nextInt(5)), manyPlaces(random), 90 + random.nextInt(60),
				random.nextInt(5) == 0);
	}

	/** Low occupation ids are the common ones. */
	private static int commonOccupation(SplittableRandom random, EscoGraph graph) {
		double roll = random.nextDouble();
		return (int) (graph.occupationCount() * roll * roll * roll);
	}

	/** Finnish and English at the level, sometimes Swedish, and now and then six languages at once. */
	private static List<LanguageLevel> randomLanguages(SplittableRandom random, int level) {
		List<LanguageLevel> languages = new ArrayList<>();
		languages.add(new LanguageLevel("fi", level));
		if (random.nextBoolean()) {
			languages.add(new LanguageLevel("en", 1 + random.nextInt(6)));
		}
		if (random.nextInt(10) == 0) {
			languages.add(new LanguageLevel("sv", 1 + random.nextInt(6)));
		}
		if (random.nextInt(100) == 0) {
			for (String language : List.of("de", "fr", "et", "ru")) {
				languages.add(new LanguageLevel(language, 1 + random.nextInt(7)));
			}
		}
		return languages;
	}

	/** The places of {@link #randomPlace}, and one in ten a place of its own: thousands of distinct places. */
	private static Place manyPlaces(SplittableRandom random) {
		if (random.nextInt(10) == 0) {
			int municipality = random.nextInt(100_000);
			return new Place("m" + municipality, "s" + municipality / 10, random.nextBoolean() ? "10" : "r");
		}
		return randomPlace(random);
	}

	private static Place randomPlace(SplittableRandom random) {
		return switch (random.nextInt(5)) {
			case 0 -> MIKKELI;
			case 1 -> PIEKSAMAKI;
			case 2 -> KANGASNIEMI;
			case 3 -> HELSINKI;
			default -> Place.unknown();
		};
	}

}
