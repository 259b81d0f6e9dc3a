package fi.kohtaanto.matching.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import fi.kohtaanto.matching.engine.CandidateProfile;
import fi.kohtaanto.matching.engine.EscoGraph;
import fi.kohtaanto.matching.engine.LanguageLevel;
import fi.kohtaanto.matching.engine.Place;
import fi.kohtaanto.matching.engine.VacancyProfile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reproducible synthetic candidates and vacancies over the real ESCO graph and municipality key. Occupations are
 * drawn with Zipf-like weights (a seeded order, weight 1/rank^0.8), skills from their ESCO relations.
 */
final class SyntheticData {

	/** The ten largest municipalities (and Mikkeli), where a quarter of the people and the jobs are. */
	private static final List<String> CITIES = List.of("091", "049", "837", "092", "564", "853", "179", "398", "297",
			"491");

	private static final String[] OTHER_MOTHER_TONGUES = { "ru", "uk", "ar", "et", "fa", "so", "es", "zh", "vi", "tr" };

	private static final int BASE_DAY = (int) LocalDate.of(2026, 9, 1).toEpochDay();

	private final EscoGraph graph;

	private final List<Place> places;

	private final List<Place> cities;

	private final SplittableRandom random;

	private final int[] occupations;

	private final double[] cumulative;

	private final Map<Long, LanguageLevel> languages = new HashMap<>();

	SyntheticData(EscoGraph graph, List<Place> places, long seed) {
		this.graph = graph;
		this.places = places;
		this.cities = places.stream().filter(place -> CITIES.contains(place.municipality())).toList();
		this.random = new SplittableRandom(seed);
		int[] usable = java.util.stream.IntStream.range(0, graph.occupationCount())
			.filter(occupation -> graph.essentialSkills(occupation).length >= 3)
			.toArray();
		shuffle(usable);
		this.occupations = usable;
		this.cumulative = new double[usable.length];
		double sum = 0;
		for (int rank = 0; rank < usable.length; rank++) {
			sum += 1 / Math.pow(rank + 1, 0.8);
			cumulative[rank] = sum;
		}
	}

	/** Municipalities with their sub-region and region from the Statistics Finland key (geofi CSV). */
	static List<Place> municipalities(Path keyFile) {
		List<Place> places = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = Files.newBufferedReader(keyFile, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			for (CSVRecord record : parser) {
				places.add(new Place(pad(record.get("kunta"), 3), pad(record.get("seutukunta_code"), 3),
						pad(record.get("maakunta_code"), 2)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return places;
	}

	/** Candidates with ids 1 … count. */
	List<CandidateProfile> candidates(int count) {
		List<CandidateProfile> candidates = new ArrayList<>(count);
		for (int id = 1; id <= count; id++) {
			candidates.add(candidate(id));
		}
		return candidates;
	}

	/** Vacancies with ids 1 … count. */
	List<VacancyProfile> vacancies(int count) {
		List<VacancyProfile> vacancies = new ArrayList<>(count);
		for (int id = 1; id <= count; id++) {
			vacancies.add(vacancy(id));
		}
		return vacancies;
	}

	private CandidateProfile candidate(long id) {
		int roll = random.nextInt(100);
		int count = roll < 65 ? 1 : roll < 95 ? 2 : 3;
		int[] history = new int[count];
		history[0] = occupation();
		for (int i = 1; i < count; i++) {
			history[i] = random.nextBoolean() ? neighbour(history[0]) : occupation();
		}
		IntList skills = new IntList();
		for (int occupation : history) {
			for (int skill : graph.essentialSkills(occupation)) {
				if (random.nextInt(100) < 50) {
					skills.add(skill);
				}
			}
			for (int skill : graph.optionalSkills(occupation)) {
				if (random.nextInt(100) < 15) {
					skills.add(skill);
				}
			}
		}
		for (int i = random.nextInt(4); i > 0; i--) {
			skills.add(random.nextInt(graph.skillCount()));
		}
		return new CandidateProfile(id, skills.toArray(), history, candidateLanguages(), place(),
				BASE_DAY - 90 + random.nextInt(240), random.nextInt(100) < 30);
	}

	private VacancyProfile vacancy(long id) {
		int occupation = occupation();
		int[] essential = shuffled(graph.essentialSkills(occupation));
		int[] optional = shuffled(graph.optionalSkills(occupation));
		int[] pool = concat(essential, optional);
		int required = Math.min(pool.length, 3 + random.nextInt(6));
		int[] nicePool = concat(optional, essential);
		IntList nice = new IntList();
		int wanted = 2 + random.nextInt(5);
		for (int i = 0; i < nicePool.length && nice.size < wanted; i++) {
			if (!contains(pool, required, nicePool[i])) {
				nice.add(nicePool[i]);
			}
		}
		List<LanguageLevel> requirements = new ArrayList<>();
		int finnish = random.nextInt(100);
		if (finnish < 80) {
			requirements.add(level("fi", finnish < 55 ? LanguageLevel.B1 : finnish < 70 ? LanguageLevel.A2
					: LanguageLevel.B2));
		}
		int english = random.nextInt(100);
		if (english < 55) {
			requirements.add(level("en", english < 40 ? LanguageLevel.B2 : LanguageLevel.B1));
		}
		if (random.nextInt(100) < 5) {
			requirements.add(level("sv", LanguageLevel.B1));
		}
		return new VacancyProfile(id, random.nextInt(100) < 5 ? VacancyProfile.NO_OCCUPATION : occupation,
				Arrays.copyOf(pool, required), nice.toArray(), requirements, place(),
				BASE_DAY + random.nextInt(120), random.nextInt(100) < 10);
	}

	private List<LanguageLevel> candidateLanguages() {
		List<LanguageLevel> spoken = new ArrayList<>(3);
		if (random.nextInt(100) < 35) {
			spoken.add(level("fi", LanguageLevel.NATIVE));
		}
		else {
			spoken.add(level(OTHER_MOTHER_TONGUES[random.nextInt(OTHER_MOTHER_TONGUES.length)], LanguageLevel.NATIVE));
			int finnish = random.nextInt(100);
			// none 10 %, A1 15 %, A2 20 %, B1 25 %, B2 15 %, C1 10 %, C2 5 %
			int level = finnish < 10 ? 0 : finnish < 25 ? 1 : finnish < 45 ? 2 : finnish < 70 ? 3 : finnish < 85 ? 4
					: finnish < 95 ? 5 : 6;
			if (level > 0) {
				spoken.add(level("fi", level));
			}
		}
		if (random.nextInt(100) < 75) {
			spoken.add(level("en", LanguageLevel.B1 + random.nextInt(4)));
		}
		if (random.nextInt(100) < 8) {
			spoken.add(level("sv", LanguageLevel.A2 + random.nextInt(5)));
		}
		return spoken;
	}

	private Place place() {
		return random.nextInt(100) < 25 && !cities.isEmpty() ? cities.get(random.nextInt(cities.size()))
				: places.get(random.nextInt(places.size()));
	}

	private int occupation() {
		int index = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
		return occupations[Math.min(occupations.length - 1, index < 0 ? -index - 1 : index)];
	}

	/** Another occupation of the same ISCO minor group if there is one: a plausible career step. */
	private int neighbour(int occupation) {
		int isco = graph.iscoGroup(occupation);
		for (int attempt = 0; attempt < 20 && isco != EscoGraph.NO_ISCO_GROUP; attempt++) {
			int other = occupation();
			if (graph.iscoGroup(other) / 10 == isco / 10 && other != occupation) {
				return other;
			}
		}
		return occupation();
	}

	/** Shared instances: a million profiles need only a few dozen. */
	private LanguageLevel level(String language, int level) {
		return languages.computeIfAbsent(((long) language.hashCode() << 3) | level,
				key -> new LanguageLevel(language, level));
	}

	private int[] shuffled(int[] values) {
		int[] copy = values.clone();
		shuffle(copy);
		return copy;
	}

	private void shuffle(int[] values) {
		for (int i = values.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = values[i];
			values[i] = values[j];
			values[j] = swap;
		}
	}

	private static int[] concat(int[] first, int[] second) {
		int[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	private static boolean contains(int[] values, int length, int value) {
		for (int i = 0; i < length; i++) {
			if (values[i] == value) {
				return true;
			}
		}
		return false;
	}

	private static String pad(String code, int length) {
		String trimmed = code.strip();
		return "0".repeat(Math.max(0, length - trimmed.length())) + trimmed;
	}

	/** A growable int array. */
	private static final class IntList {

		private int[] values = new int[32];

		private int size;

		void add(int value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = value;
		}

		int[] toArray() {
			return Arrays.copyOf(values, size);
		}

	}

}
