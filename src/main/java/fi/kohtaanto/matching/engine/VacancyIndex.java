package fi.kohtaanto.matching.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.LongPredicate;

import fi.kohtaanto.matching.engine.Explanation.OccupationRelation;

/**
 * Vacancies in memory, to find the best vacancies for a candidate by {@link MatchScoring}: the other direction of
 * {@link CandidateIndex}, with the same guarantees.
 * <p>
 * A query gives each skill the credit the candidate has for it (listed, or implied by an occupation as essential or
 * optional) and adds it up over the skill → vacancy posting lists; that makes each touched vacancy's skills score
 * exact. The touched vacancies are then scored exactly in ascending ordinal order from packed columns
 * ({@link VacancyColumns}): occupation tier, languages and location once per distinct place and set of requirements.
 * Vacancies without a shared skill but in the candidate's ISCO groups come from the occupation → vacancy lists, while
 * they could still enter the top k.
 */
public final class VacancyIndex extends ItemIndex<VacancyData> {

	private final ThreadLocal<Scratch> scratch;

	private final VacancyColumns columns = new VacancyColumns();

	/** Per skill: ordinal × 2, plus 1 if required. */
	private Postings bySkill;

	private Postings byOccupation;

	public VacancyIndex(EscoGraph graph) {
		super(graph);
		allocate(List.of());
		this.scratch = ThreadLocal.withInitial(() -> new Scratch(graph));
	}

	/**
	 * An index of the vacancies, with posting lists of exactly the right size.
	 * @throws IllegalArgumentException if a vacancy names a skill or occupation that is not in the graph, or too many
	 * skills
	 */
	public static VacancyIndex build(EscoGraph graph, Collection<VacancyProfile> vacancies) {
		VacancyIndex index = new VacancyIndex(graph);
		index.addAll(() -> vacancies.stream().map(vacancy -> VacancyData.of(vacancy, graph, index.codes, true)).toList());
		return index;
	}

	/**
	 * Adds the vacancy or replaces the one with the same id.
	 * @throws IllegalArgumentException if it names a skill or occupation that is not in the graph, or too many skills
	 */
	public void upsert(VacancyProfile vacancy) {
		add(() -> VacancyData.of(vacancy, graph, codes, true));
	}

	/** The best vacancies of all for the candidate. */
	public List<Match> topVacancies(CandidateProfile candidate, int k) {
		return topVacancies(candidate, k, id -> true);
	}

	/**
	 * The best {@code k} vacancies for the candidate among those {@code allowed}, best first (ties by lower id), each
	 * with its explanation.
	 * @param allowed the caller's policies by vacancy id; applied before the top k are chosen
	 * @throws IllegalArgumentException if the candidate names a skill or occupation that is not in the graph
	 */
	public List<Match> topVacancies(CandidateProfile candidate, int k, LongPredicate allowed) {
		return ranked(() -> CandidateData.of(candidate, graph, codes, false), k, scratch,
				(query, work, top) -> new Search(query, work, top, allowed).run(),
				(query, vacancy) -> MatchScoring.evaluate(graph, query, vacancy));
	}

	@Override
	void allocate(List<VacancyData> vacancies) {
		int[] skillCounts = new int[graph.skillCount()];
		int[] occupationCounts = new int[graph.occupationCount()];
		for (VacancyData vacancy : vacancies) {
			for (int skill : vacancy.skills) {
				skillCounts[skill]++;
			}
			if (vacancy.hasOccupation()) {
				occupationCounts[vacancy.occupation]++;
			}
		}
		bySkill = new Postings(skillCounts);
		byOccupation = new Postings(occupationCounts);
		columns.clear(vacancies.size());
	}

	@Override
	void index(int ordinal, VacancyData vacancy) {
		columns.set(ordinal, vacancy);
		for (int slot = 0; slot < vacancy.skills.length; slot++) {
			bySkill.add(vacancy.skills[slot], 2 * ordinal + (vacancy.required(slot) ? 1 : 0));
		}
		if (vacancy.hasOccupation()) {
			byOccupation.add(vacancy.occupation, ordinal);
		}
	}

	@Override
	long id(VacancyData vacancy) {
		return vacancy.id;
	}

	/** One query's work. */
	private final class Search {

		private final CandidateData query;

		private final Scratch work;

		private final TopK top;

		private final LongPredicate allowed;

		/** Σ of the weights that apply, by whether the vacancy has skills (+2) and an occupation (+1). */
		private final double[] applicable = new double[4];

		Search(CandidateData query, Scratch work, TopK top, LongPredicate allowed) {
			this.query = query;
			this.work = work;
			this.top = top;
			this.allowed = allowed;
			for (int i = 0; i < applicable.length; i++) {
				applicable[i] = MatchScoring.applicable(i >= 2, (i & 1) != 0);
			}
			work.places.ensure(Features.PLACE_AND_FLAG_SIZE);
			work.requirements.ensure(columns.requirements.size() + 1);
		}

		void run() {
			work.clean = false;
			accumulateSkills();
			scoreTouched();
			evaluateOccupationOnly();
			work.clean = true;
		}

		/** Adds each credited skill's credit × weight to the vacancies naming it, and marks them touched. */
		private void accumulateSkills() {
			int[] sums = work.sums;
			long[] touched = work.touchedBits;
			for (int i = 0; i < work.creditedCount; i++) {
				int skill = work.creditedList[i];
				int credit4 = work.credit4[skill];
				int nice = credit4 * MatchScoring.NICE_TO_HAVE_SKILL_WEIGHT;
				int extra = credit4 * MatchScoring.REQUIRED_SKILL_WEIGHT - nice;
				int[] list = bySkill.list(skill);
				int size = bySkill.size(skill);
				for (int j = 0; j < size; j++) {
					int entry = list[j];
					int ordinal = entry >>> 1;
					sums[ordinal] += nice + (entry & 1) * extra;
					touched[ordinal >>> 6] |= 1L << ordinal;
				}
			}
		}

		/**
		 * Scores the touched vacancies exactly, in ascending ordinal order (streaming through the packed columns),
		 * and clears their sums; the skills score of each is exact from its sum.
		 */
		private void scoreTouched() {
			int[] sums = work.sums;
			long[] touched = work.touchedBits;
			long[] packed = columns.packed;
			for (int word = 0; word < work.words; word++) {
				long bits = touched[word];
				while (bits != 0) {
					int ordinal = (word << 6) + Long.numberOfTrailingZeros(bits);
					bits &= bits - 1;
					int credit4 = sums[ordinal];
					sums[ordinal] = 0;
					offer(ordinal, credit4, packed[2 * ordinal], packed[2 * ordinal + 1]);
				}
			}
		}

		/** Offers the vacancy to the top k, if alive, overlapping, good enough and allowed. */
		private void offer(int ordinal, int credit4, long basics, long features) {
			if (!store.alive(ordinal)) {
				return;
			}
			offerScored(top, allowed, ordinal, score(ordinal, credit4, basics, features));
		}

		/** The exact score from the candidate's skill credit and the packed columns; -1 without overlap. */
		private double score(int ordinal, int credit4, long basics, long features) {
			int occupation = VacancyColumns.occupation(basics);
			OccupationRelation relation = occupation == 0 ? OccupationRelation.NOT_APPLICABLE
					: MatchScoring.BY_TIER[work.tier[occupation]];
			if (!MatchScoring.overlaps(credit4, relation)) {
				return -1;
			}
			int max4 = VacancyColumns.maxCredit4(basics);
			double languages = Features.languages(features) == Features.UNPACKED
					? MatchScoring.languages(query, store.get(ordinal)) : languages(Features.languages(features));
			double location = Features.place(features) == Features.UNPACKED
					? MatchScoring.location(query, store.get(ordinal)).factor() : location(features);
			return MatchScoring.total(credit4, max4, relation, languages, location,
					MatchScoring.daysLate(query.availableFrom, Features.day(features)),
					applicable[(max4 > 0 ? 2 : 0) + (occupation == 0 ? 0 : 1)]);
		}

		/** The languages component by the requirements' number, worked out once per number. */
		private double languages(int number) {
			double value = work.requirements.get(number);
			if (value == value) {
				return value;
			}
			long key = columns.requirements.key(number - 1);
			int count = Keys.count(key);
			int[] codes = new int[count];
			byte[] levels = new byte[count];
			for (int i = 0; i < count; i++) {
				codes[i] = Keys.code(key, i);
				levels[i] = (byte) Keys.level(key, i);
			}
			return work.requirements.put(number, MatchScoring.languages(codes, levels, query::levelOf));
		}

		/** The location factor by place and remote work, worked out once for each. */
		private double location(long features) {
			int index = (int) features & Features.PLACE_AND_FLAG;
			double value = work.places.get(index);
			if (value == value) {
				return value;
			}
			long key = columns.places.key(Features.place(features) - 1);
			return work.places.put(index, MatchScoring.location(query.municipality, query.subRegion, query.region,
					query.willingToRelocate, Keys.municipality(key), Keys.subRegion(key), Keys.region(key),
					Features.flag(features)).factor());
		}

		/**
		 * Vacancies without a credited skill, in an occupation of the candidate's ISCO groups: closest tier first,
		 * while one could still enter the top k (at most the occupation share over the smallest denominator).
		 */
		private void evaluateOccupationOnly() {
			long[] packed = columns.packed;
			for (int tier = MatchScoring.BY_TIER.length - 1; tier > 0; tier--) {
				double weighted = MatchScoring.OCCUPATION_WEIGHT * MatchScoring.BY_TIER[tier].factor();
				double bound = 100 * (weighted + MatchScoring.REST_WEIGHT)
						/ (MatchScoring.OCCUPATION_WEIGHT + MatchScoring.REST_WEIGHT);
				if (top.rejects(bound)) {
					return;
				}
				for (int i = 0; i < work.tieredCount; i++) {
					int occupation = work.tieredList[i];
					if (work.tier[occupation + 1] != tier) {
						continue;
					}
					int[] list = byOccupation.list(occupation);
					int size = byOccupation.size(occupation);
					for (int j = 0; j < size; j++) {
						int ordinal = list[j];
						if ((work.touchedBits[ordinal >>> 6] & (1L << ordinal)) == 0) {
							offer(ordinal, 0, packed[2 * ordinal], packed[2 * ordinal + 1]);
						}
					}
				}
			}
		}

	}

	/** Per thread: buffers sized to the index and the graph, cleared after each query. */
	private static final class Scratch implements ItemIndex.Scratch<CandidateData> {

		/** Per ordinal: the candidate's skill credit for the vacancy so far; 0 for those not touched. */
		int[] sums = new int[0];

		/** The touched ordinals as bits, to visit them in ascending order. */
		long[] touchedBits = new long[0];

		/** Words of the touched bits in use. */
		int words;

		/** False while a search runs: if it ends in an exception, the sums need clearing. */
		boolean clean = true;

		/** Per skill: the candidate's credit in quarters (listed 4, implied as essential 2, as optional 1). */
		final byte[] credit4;

		final int[] creditedList;

		int creditedCount;

		/**
		 * By occupation + 1: its tier against the candidate's occupations (3 same … 1 same ISCO minor group); entry 0,
		 * no occupation, stays 0.
		 */
		final byte[] tier;

		final int[] tieredList;

		int tieredCount;

		/** Location factor by place and remote work, languages component by requirements number. */
		final Memo places = new Memo();

		final Memo requirements = new Memo();

		private final EscoGraph graph;

		Scratch(EscoGraph graph) {
			this.graph = graph;
			credit4 = new byte[graph.skillCount()];
			creditedList = new int[graph.skillCount()];
			tier = new byte[graph.occupationCount() + 1];
			tieredList = new int[graph.occupationCount()];
		}

		@Override
		public void prepare(CandidateData query, int ordinals) {
			words = (ordinals + 63) >>> 6;
			if (sums.length < ordinals) {
				sums = new int[Math.max(ordinals, sums.length + (sums.length >> 1))];
				touchedBits = new long[(sums.length + 63) >>> 6];
			}
			for (int skill : query.skills) {
				credit(skill, MatchScoring.MET4);
			}
			for (int occupation : query.occupations) {
				for (int skill : graph.essentialSkills(occupation)) {
					credit(skill, MatchScoring.ESSENTIAL4);
				}
				for (int skill : graph.optionalSkills(occupation)) {
					credit(skill, MatchScoring.OPTIONAL4);
				}
			}
			for (int occupation : query.occupations) {
				raise(graph.sameMinorGroup(occupation), 1);
				raise(graph.sameUnitGroup(occupation), 2);
				raise(new int[] { occupation }, 3);
			}
		}

		@Override
		public void reset() {
			Arrays.fill(touchedBits, 0, words, 0);
			if (!clean) {
				Arrays.fill(sums, 0);
				clean = true;
			}
			for (int i = 0; i < creditedCount; i++) {
				credit4[creditedList[i]] = 0;
			}
			creditedCount = 0;
			for (int i = 0; i < tieredCount; i++) {
				tier[tieredList[i] + 1] = 0;
			}
			tieredCount = 0;
			places.clear();
			requirements.clear();
		}

		private void credit(int skill, int quarters) {
			if (credit4[skill] == 0) {
				creditedList[creditedCount++] = skill;
			}
			credit4[skill] = (byte) Math.max(credit4[skill], quarters);
		}

		private void raise(int[] occupations, int level) {
			for (int occupation : occupations) {
				if (tier[occupation + 1] == 0) {
					tieredList[tieredCount++] = occupation;
				}
				tier[occupation + 1] = (byte) Math.max(tier[occupation + 1], level);
			}
		}

	}

}
