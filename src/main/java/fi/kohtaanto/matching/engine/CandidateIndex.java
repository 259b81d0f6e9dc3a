package fi.kohtaanto.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.LongPredicate;

import fi.kohtaanto.matching.engine.Explanation.OccupationRelation;

/**
 * Candidate profiles in memory, to find the best candidates for a vacancy by {@link MatchScoring}.
 * <p>
 * A query first adds up the weights of the vacancy's skills over the skill → candidate posting lists, which bounds
 * each touched candidate's score from above; candidates are then scored exactly in the order of that bound until no
 * bound can beat the k-th score (see {@link Ranking}). Candidates who share no listed skill but whose occupations
 * imply one, or share the vacancy's ISCO group, come from the occupation → candidate lists, occupation by occupation
 * while those can still beat the k-th score. Results are exact: the same as scoring every candidate.
 * <p>
 * Thread-safe: queries run in parallel under a read lock; {@link #upsert} and {@link #remove} take the write lock and
 * are seen by every query that starts after they return (a withdrawn consent removes the client at once).
 */
public final class CandidateIndex extends ItemIndex<CandidateData> {

	private final ThreadLocal<Scratch> scratch;

	private Postings bySkill;

	private Postings byOccupation;

	/** The most occupations any candidate has had: bounds what several occupations add up to. */
	private int maxOccupations;

	public CandidateIndex(EscoGraph graph) {
		super(graph);
		allocate(List.of());
		this.scratch = ThreadLocal.withInitial(() -> new Scratch(graph));
	}

	/**
	 * An index of the profiles, with posting lists of exactly the right size (faster than upserting one by one).
	 * @throws IllegalArgumentException if a profile names a skill or occupation that is not in the graph
	 */
	public static CandidateIndex build(EscoGraph graph, Collection<CandidateProfile> profiles) {
		CandidateIndex index = new CandidateIndex(graph);
		index.addAll(() -> profiles.stream()
			.map(profile -> CandidateData.of(profile, graph, index.codes, true))
			.toList());
		return index;
	}

	/**
	 * Adds the profile or replaces the one with the same id.
	 * @throws IllegalArgumentException if it names a skill or occupation that is not in the graph
	 */
	public void upsert(CandidateProfile profile) {
		add(() -> CandidateData.of(profile, graph, codes, true));
	}

	/** The best candidates of all for the vacancy. */
	public List<Match> topCandidates(VacancyProfile vacancy, int k) {
		return topCandidates(vacancy, k, id -> true);
	}

	/**
	 * The best {@code k} candidates for the vacancy among those {@code allowed}, best first (ties by lower id), each
	 * with its explanation.
	 * @param allowed the caller's policies, such as {@code noMatchWithoutConsent}, by candidate id; applied before
	 * the top k are chosen, so that there are k results whenever k allowed candidates match
	 * @throws IllegalArgumentException if the vacancy names a skill or occupation that is not in the graph
	 */
	public List<Match> topCandidates(VacancyProfile vacancy, int k, LongPredicate allowed) {
		return read(() -> {
			VacancyData query = VacancyData.of(vacancy, graph, codes, false);
			int capacity = Math.min(k, store.live());
			if (capacity <= 0 || (query.skills.length == 0 && !query.hasOccupation())) {
				return List.of();
			}
			TopK top = new TopK(capacity);
			Scratch work = scratch.get();
			work.prepare(query, store.size());
			try {
				new Search(query, work, top, allowed).run();
			}
			finally {
				work.reset();
			}
			List<Match> matches = new ArrayList<>(capacity);
			for (int ordinal : top.drainBestFirst()) {
				matches.add((Match) MatchScoring.evaluate(graph, store.get(ordinal), query));
			}
			return matches;
		});
	}

	/** Entries in the skill and occupation posting lists, for memory estimates. */
	public long postingEntries() {
		return read(() -> bySkill.entries() + byOccupation.entries());
	}

	@Override
	void allocate(List<CandidateData> candidates) {
		int[] skillCounts = new int[graph.skillCount()];
		int[] occupationCounts = new int[graph.occupationCount()];
		maxOccupations = 0;
		for (CandidateData candidate : candidates) {
			for (int skill : candidate.skills) {
				skillCounts[skill]++;
			}
			for (int occupation : candidate.occupations) {
				occupationCounts[occupation]++;
			}
		}
		bySkill = new Postings(skillCounts);
		byOccupation = new Postings(occupationCounts);
	}

	@Override
	void index(int ordinal, CandidateData candidate) {
		for (int skill : candidate.skills) {
			bySkill.add(skill, ordinal);
		}
		for (int occupation : candidate.occupations) {
			byOccupation.add(occupation, ordinal);
		}
		maxOccupations = Math.max(maxOccupations, candidate.occupations.length);
	}

	@Override
	long id(CandidateData candidate) {
		return candidate.id;
	}

	/** One query's work: the fields it would otherwise pass around. */
	private final class Search {

		private final VacancyData query;

		private final Scratch work;

		private final TopK top;

		private final LongPredicate allowed;

		private final long requiredMask;

		private final int max4;

		private final double applicable;

		Search(VacancyData query, Scratch work, TopK top, LongPredicate allowed) {
			this.query = query;
			this.work = work;
			this.top = top;
			this.allowed = allowed;
			this.requiredMask = query.requiredMask();
			this.max4 = query.maxCredit4();
			this.applicable = MatchScoring.applicable(query);
		}

		void run() {
			int touched = accumulateSkills();
			work.ranking.evaluateInOrder(touched, top, this::evaluate);
			if (work.relevantCount > 0) {
				evaluateOccupationOnly();
			}
		}

		/**
		 * Adds each skill's weight to the candidates who list it and sets each touched candidate's level: the bound
		 * of a candidate whose other skills are all implied as essential and who has the vacancy's occupation.
		 */
		private int accumulateSkills() {
			short[] sums = work.sums;
			int[] touched = work.ranking.touched;
			int count = 0;
			for (int slot = 0; slot < query.skills.length; slot++) {
				int skill = query.skills[slot];
				short weight = (short) MatchScoring.weight(query, slot);
				int[] list = bySkill.list(skill);
				int size = bySkill.size(skill);
				for (int i = 0; i < size; i++) {
					int ordinal = list[i];
					if (sums[ordinal] == 0) {
						touched[count++] = ordinal;
					}
					sums[ordinal] += weight;
				}
			}
			int total = max4 / MatchScoring.MET4;
			OccupationRelation best = query.hasOccupation() ? OccupationRelation.SAME_OCCUPATION
					: OccupationRelation.NOT_APPLICABLE;
			short[] levelBySum = new short[total + 1];
			for (int sum = 0; sum <= total; sum++) {
				int credit4 = MatchScoring.MET4 * sum + MatchScoring.ESSENTIAL4 * (total - sum);
				levelBySum[sum] = Ranking.level(
						MatchScoring.upperBound(MatchScoring.partial(credit4, max4, best), applicable));
			}
			short[] levels = work.ranking.levels;
			for (int i = 0; i < count; i++) {
				int ordinal = touched[i];
				levels[i] = levelBySum[sums[ordinal]];
				sums[ordinal] = 0;
			}
			return count;
		}

		/** Scores the candidate exactly and offers it to the top k, if alive, allowed and overlapping. */
		private void evaluate(int ordinal) {
			if (!store.alive(ordinal)) {
				return;
			}
			CandidateData candidate = store.get(ordinal);
			if (!allowed.test(candidate.id)) {
				return;
			}
			long direct = directSlots(candidate);
			long essential = 0;
			long optional = 0;
			int tier = 0;
			for (int occupation : candidate.occupations) {
				if (work.relevant[occupation]) {
					essential |= work.essential[occupation];
					optional |= work.optional[occupation];
					tier = Math.max(tier, work.tier[occupation]);
				}
			}
			essential &= ~direct;
			optional &= ~(direct | essential);
			int credit4 = MatchScoring.MET4 * MatchScoring.weight(direct, requiredMask)
					+ MatchScoring.ESSENTIAL4 * MatchScoring.weight(essential, requiredMask)
					+ MatchScoring.OPTIONAL4 * MatchScoring.weight(optional, requiredMask);
			OccupationRelation occupation = query.hasOccupation() ? MatchScoring.BY_TIER[tier]
					: OccupationRelation.NOT_APPLICABLE;
			if (!MatchScoring.overlaps(credit4, occupation)) {
				return;
			}
			double score = MatchScoring.total(credit4, max4, occupation, MatchScoring.languages(candidate, query),
					MatchScoring.location(candidate, query), MatchScoring.daysLate(candidate, query), applicable);
			top.offer(score, candidate.id, ordinal);
		}

		private long directSlots(CandidateData candidate) {
			long direct = 0;
			for (int skill : candidate.skills) {
				int slot = work.slots[skill];
				if (slot != 0) {
					direct |= 1L << (slot - 1);
				}
			}
			return direct;
		}

		/**
		 * Candidates without any listed skill of the vacancy, reached through their occupations: occupation by
		 * occupation from the one that adds most, while a candidate first reached there could still enter the top k.
		 * Such a candidate's occupations add at most {@code maxOccupations} times the current one's share, and never
		 * more than all skills implied as essential plus the vacancy's occupation.
		 */
		private void evaluateOccupationOnly() {
			OccupationRelation best = query.hasOccupation() ? OccupationRelation.SAME_OCCUPATION
					: OccupationRelation.NOT_APPLICABLE;
			double cap = MatchScoring.partial(MatchScoring.ESSENTIAL4 * (max4 / MatchScoring.MET4), max4, best);
			if (Ranking.cannotEnter(MatchScoring.upperBound(cap, applicable), top)) {
				return;
			}
			int count = work.relevantCount;
			long[] keys = new long[count];
			for (int i = 0; i < count; i++) {
				int occupation = work.relevantList[i];
				long essential = work.essential[occupation];
				int credit4 = MatchScoring.ESSENTIAL4 * MatchScoring.weight(essential, requiredMask)
						+ MatchScoring.OPTIONAL4 * MatchScoring.weight(work.optional[occupation] & ~essential,
								requiredMask);
				OccupationRelation relation = query.hasOccupation() ? MatchScoring.BY_TIER[work.tier[occupation]]
						: OccupationRelation.NOT_APPLICABLE;
				// Rounded up to a float, so that the order and the bound agree; non-negative floats sort as ints.
				float share = Math.nextUp((float) MatchScoring.partial(credit4, max4, relation));
				keys[i] = ((long) Float.floatToIntBits(share) << 32) | (Integer.MAX_VALUE - occupation);
			}
			Arrays.sort(keys);
			for (int i = count - 1; i >= 0; i--) {
				work.rank[(int) (Integer.MAX_VALUE - (keys[i] & 0xFFFFFFFFL))] = count - i;
			}
			for (int i = count - 1; i >= 0; i--) {
				int occupation = (int) (Integer.MAX_VALUE - (keys[i] & 0xFFFFFFFFL));
				double share = Float.intBitsToFloat((int) (keys[i] >>> 32));
				if (Ranking.cannotEnter(MatchScoring.upperBound(Math.min(cap, maxOccupations * share), applicable),
						top)) {
					return;
				}
				int rank = work.rank[occupation];
				int[] list = byOccupation.list(occupation);
				int size = byOccupation.size(occupation);
				for (int j = 0; j < size; j++) {
					int ordinal = list[j];
					if (store.alive(ordinal) && firstReachedHere(store.get(ordinal), rank)) {
						evaluate(ordinal);
					}
				}
			}
		}

		/** Not reached by a listed skill, nor by an occupation visited earlier. */
		private boolean firstReachedHere(CandidateData candidate, int rank) {
			for (int occupation : candidate.occupations) {
				int other = work.rank[occupation];
				if (other != 0 && other < rank) {
					return false;
				}
			}
			return directSlots(candidate) == 0;
		}

	}

	/** Per thread: buffers sized to the index and the graph, cleared after each query. */
	private static final class Scratch {

		final Ranking ranking = new Ranking();

		short[] sums = new short[0];

		/** Per skill: its slot in the vacancy plus one, or 0. */
		final int[] slots;

		/** Per occupation: the vacancy's slots it implies as essential, as optional; its occupation tier. */
		final long[] essential;

		final long[] optional;

		final byte[] tier;

		final boolean[] relevant;

		final int[] relevantList;

		/** Per occupation: its position plus one in the occupation-only pass, or 0. */
		final int[] rank;

		int relevantCount;

		private final EscoGraph graph;

		private VacancyData query;

		Scratch(EscoGraph graph) {
			this.graph = graph;
			slots = new int[graph.skillCount()];
			essential = new long[graph.occupationCount()];
			optional = new long[graph.occupationCount()];
			tier = new byte[graph.occupationCount()];
			relevant = new boolean[graph.occupationCount()];
			relevantList = new int[graph.occupationCount()];
			rank = new int[graph.occupationCount()];
		}

		void prepare(VacancyData query, int ordinals) {
			this.query = query;
			if (sums.length < ordinals) {
				sums = new short[Math.max(ordinals, sums.length + (sums.length >> 1))];
			}
			ranking.ensure(ordinals);
			for (int slot = 0; slot < query.skills.length; slot++) {
				int skill = query.skills[slot];
				slots[skill] = slot + 1;
				long bit = 1L << slot;
				for (int occupation : graph.essentialOccupations(skill)) {
					mark(occupation);
					essential[occupation] |= bit;
				}
				for (int occupation : graph.optionalOccupations(skill)) {
					mark(occupation);
					optional[occupation] |= bit;
				}
			}
			if (query.hasOccupation()) {
				raise(graph.sameMinorGroup(query.occupation), 1);
				raise(graph.sameUnitGroup(query.occupation), 2);
				raise(new int[] { query.occupation }, 3);
			}
		}

		void reset() {
			for (int skill : query.skills) {
				slots[skill] = 0;
			}
			for (int i = 0; i < relevantCount; i++) {
				int occupation = relevantList[i];
				essential[occupation] = 0;
				optional[occupation] = 0;
				tier[occupation] = 0;
				relevant[occupation] = false;
				rank[occupation] = 0;
			}
			relevantCount = 0;
		}

		private void raise(int[] occupations, int level) {
			for (int occupation : occupations) {
				mark(occupation);
				tier[occupation] = (byte) Math.max(tier[occupation], level);
			}
		}

		private void mark(int occupation) {
			if (!relevant[occupation]) {
				relevant[occupation] = true;
				relevantList[relevantCount++] = occupation;
			}
		}

	}

}
