package fi.kohtaanto.matching.engine;

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
 * exact, so only languages, location and availability are left to bound. Vacancies are scored exactly in the order of
 * that bound until none can beat the k-th score. Vacancies without a shared skill but in the candidate's ISCO groups
 * come from the occupation → vacancy lists.
 */
public final class VacancyIndex extends ItemIndex<VacancyData> {

	private final ThreadLocal<Scratch> scratch;

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
	}

	@Override
	void index(int ordinal, VacancyData vacancy) {
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

		Search(CandidateData query, Scratch work, TopK top, LongPredicate allowed) {
			this.query = query;
			this.work = work;
			this.top = top;
			this.allowed = allowed;
		}

		void run() {
			int touched = accumulateSkills();
			work.ranking.evaluateInOrder(0, touched, top, position -> evaluate(work.ranking.touched[position]));
			evaluateOccupationOnly();
		}

		/** Adds each credited skill's credit × weight to the vacancies naming it and sets each one's level. */
		private int accumulateSkills() {
			int[] sums = work.sums;
			int[] touched = work.ranking.touched;
			int count = 0;
			for (int i = 0; i < work.creditedCount; i++) {
				int skill = work.creditedList[i];
				int credit4 = work.credit4[skill];
				int required = credit4 * MatchScoring.REQUIRED_SKILL_WEIGHT;
				int nice = credit4 * MatchScoring.NICE_TO_HAVE_SKILL_WEIGHT;
				int[] list = bySkill.list(skill);
				int size = bySkill.size(skill);
				for (int j = 0; j < size; j++) {
					int entry = list[j];
					int ordinal = entry >>> 1;
					if (sums[ordinal] == 0) {
						touched[count++] = ordinal;
					}
					sums[ordinal] += (entry & 1) != 0 ? required : nice;
				}
			}
			short[] levels = work.ranking.levels;
			for (int i = 0; i < count; i++) {
				int ordinal = touched[i];
				VacancyData vacancy = store.get(ordinal);
				levels[i] = vacancy == null ? 0 : Ranking.level(MatchScoring.upperBound(
						MatchScoring.partial(sums[ordinal], vacancy.maxCredit4(), occupation(vacancy)),
						MatchScoring.applicable(vacancy)));
				sums[ordinal] = 0;
			}
			return count;
		}

		private OccupationRelation occupation(VacancyData vacancy) {
			return vacancy.hasOccupation() ? MatchScoring.BY_TIER[work.tier[vacancy.occupation]]
					: OccupationRelation.NOT_APPLICABLE;
		}

		private int credit4(VacancyData vacancy) {
			int credit4 = 0;
			for (int slot = 0; slot < vacancy.skills.length; slot++) {
				credit4 += work.credit4[vacancy.skills[slot]] * MatchScoring.weight(vacancy, slot);
			}
			return credit4;
		}

		private void evaluate(int ordinal) {
			if (!store.alive(ordinal)) {
				return;
			}
			VacancyData vacancy = store.get(ordinal);
			if (!allowed.test(vacancy.id)) {
				return;
			}
			int credit4 = credit4(vacancy);
			OccupationRelation occupation = occupation(vacancy);
			if (!MatchScoring.overlaps(credit4, occupation)) {
				return;
			}
			double score = MatchScoring.total(credit4, vacancy.maxCredit4(), occupation,
					MatchScoring.languages(query, vacancy), MatchScoring.location(query, vacancy),
					MatchScoring.daysLate(query, vacancy), MatchScoring.applicable(vacancy));
			top.offer(score, vacancy.id, ordinal);
		}

		/**
		 * Vacancies without a credited skill, in an occupation of the candidate's ISCO groups: closest tier first,
		 * while one could still enter the top k (at most the occupation share over the smallest denominator).
		 */
		private void evaluateOccupationOnly() {
			for (int tier = MatchScoring.BY_TIER.length - 1; tier > 0; tier--) {
				double weighted = MatchScoring.OCCUPATION_WEIGHT * MatchScoring.BY_TIER[tier].factor();
				double bound = 100 * (weighted + MatchScoring.REST_WEIGHT)
						/ (MatchScoring.OCCUPATION_WEIGHT + MatchScoring.REST_WEIGHT);
				if (Ranking.cannotEnter(bound, top)) {
					return;
				}
				for (int i = 0; i < work.tieredCount; i++) {
					int occupation = work.tieredList[i];
					if (work.tier[occupation] != tier) {
						continue;
					}
					int[] list = byOccupation.list(occupation);
					int size = byOccupation.size(occupation);
					for (int j = 0; j < size; j++) {
						int ordinal = list[j];
						if (store.alive(ordinal) && credit4(store.get(ordinal)) == 0) {
							evaluate(ordinal);
						}
					}
				}
			}
		}

	}

	/** Per thread: buffers sized to the index and the graph, cleared after each query. */
	private static final class Scratch implements ItemIndex.Scratch<CandidateData> {

		final Ranking ranking = new Ranking();

		int[] sums = new int[0];

		/** Per skill: the candidate's credit in quarters (listed 4, implied as essential 2, as optional 1). */
		final byte[] credit4;

		final int[] creditedList;

		int creditedCount;

		/** Per occupation: its tier against the candidate's occupations (3 same … 1 same ISCO minor group). */
		final byte[] tier;

		final int[] tieredList;

		int tieredCount;

		private final EscoGraph graph;

		Scratch(EscoGraph graph) {
			this.graph = graph;
			credit4 = new byte[graph.skillCount()];
			creditedList = new int[graph.skillCount()];
			tier = new byte[graph.occupationCount()];
			tieredList = new int[graph.occupationCount()];
		}

		@Override
		public void prepare(CandidateData query, int ordinals) {
			if (sums.length < ordinals) {
				sums = new int[Math.max(ordinals, sums.length + (sums.length >> 1))];
			}
			ranking.ensure(ordinals);
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
			for (int i = 0; i < creditedCount; i++) {
				credit4[creditedList[i]] = 0;
			}
			creditedCount = 0;
			for (int i = 0; i < tieredCount; i++) {
				tier[tieredList[i]] = 0;
			}
			tieredCount = 0;
		}

		private void credit(int skill, int quarters) {
			if (credit4[skill] == 0) {
				creditedList[creditedCount++] = skill;
			}
			credit4[skill] = (byte) Math.max(credit4[skill], quarters);
		}

		private void raise(int[] occupations, int level) {
			for (int occupation : occupations) {
				if (tier[occupation] == 0) {
					tieredList[tieredCount++] = occupation;
				}
				tier[occupation] = (byte) Math.max(tier[occupation], level);
			}
		}

	}

}
