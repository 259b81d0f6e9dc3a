package fi.kohtaanto.matching.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.LongPredicate;

import fi.kohtaanto.matching.engine.Explanation.LocationRelation;
import fi.kohtaanto.matching.engine.Explanation.OccupationRelation;

/**
 * Candidate profiles in memory, to find the best candidates for a vacancy by {@link MatchScoring}.
 * <p>
 * A query merges the vacancy's skill → candidate posting lists, and the occupation → candidate lists of its ISCO
 * minor group, into a bit mask per touched candidate (which of the vacancy's skills it lists, and its occupation
 * tier), a block of ordinals at a time so that the masks stay in the cache. The mask bounds the candidate's score from
 * above; candidates are then scored in the order of that bound (see {@link Ranking}), first skills, occupation and
 * location from packed columns ({@link CandidateColumns}) against a tighter bound, and only then languages and
 * availability, until no bound can beat the k-th score. Candidates who list only nice-to-have skills, and those who
 * list none but whose occupations imply some, are looked at only while they could still enter the top k. Results
 * are exact: the same as scoring every candidate.
 * <p>
 * Thread-safe: queries run in parallel under a read lock, each thread with its own buffers; {@link #upsert} and
 * {@link #remove} take the write lock and are seen by every query that starts after they return (a withdrawn consent
 * removes the client at once). Removed profiles are dropped from the posting lists once a quarter are removed.
 */
public final class CandidateIndex extends ItemIndex<CandidateData> {

	/** Bits of a mask that hold slots; the two above hold the occupation tier. */
	private static final long SLOTS = (1L << VacancyProfile.MAX_SKILLS) - 1;

	private static final int TIER_SHIFT = 62;

	/** Modes of merging a posting list into the masks. */
	private static final int TOUCH = 0;

	private static final int ADD = 1;

	private static final int TIER = 2;

	private static final int LATE = 3;

	/** Ordinals per block of the skill pass: 256 KB of masks. */
	private static final int CHUNK = 1 << 15;

	private final ThreadLocal<Scratch> scratch;

	private final CandidateColumns columns = new CandidateColumns();

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
		return ranked(() -> VacancyData.of(vacancy, graph, codes, false), k, scratch, (query, work, top) -> {
			if (query.skills.length > 0 || query.hasOccupation()) {
				new Search(query, work, top, allowed).run();
			}
		}, (query, candidate) -> MatchScoring.evaluate(graph, candidate, query));
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
		columns.set(ordinal, candidate);
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

		/** Level by 4 × weight of the listed slots + occupation tier. */
		private final short[] levelBy;

		/** What the occupations of the candidate being evaluated imply, and their best tier. */
		private long impliedEssential;

		private long impliedOptional;

		private int tier;

		Search(VacancyData query, Scratch work, TopK top, LongPredicate allowed) {
			this.query = query;
			this.work = work;
			this.top = top;
			this.allowed = allowed;
			this.requiredMask = query.requiredMask();
			this.max4 = query.maxCredit4();
			this.applicable = MatchScoring.applicable(query);
			this.levelBy = levelsBySumAndTier();
		}

		void run() {
			int touched = accumulateSkills();
			work.ranking.evaluateInOrder(0, touched, top, this::evaluateTouched);
			if (deferred() && !Ranking.cannotEnter(Ranking.levelBound(levelBy[4 * niceWeight()]), top)) {
				int all = discoverNiceOnly(touched);
				work.ranking.evaluateInOrder(touched, all, top, this::evaluateTouched);
			}
			if (work.relevantCount > 0) {
				evaluateOccupationOnly();
			}
		}

		private void evaluateTouched(int position) {
			evaluate(work.ranking.touched[position], work.touchedMasks[position]);
		}

		/**
		 * True if candidates who list only nice-to-have skills are left for later: they rarely make the top k, and
		 * the nice-to-have lists then only add their bits to candidates already touched.
		 */
		private boolean deferred() {
			return query.requiredCount > 0 && query.requiredCount < query.skills.length;
		}

		private int niceWeight() {
			return MatchScoring.NICE_TO_HAVE_SKILL_WEIGHT * (query.skills.length - query.requiredCount);
		}

		/**
		 * Marks in each touched candidate's mask the vacancy's slots it lists, and in its top two bits the occupation
		 * tier of the candidates in the vacancy's ISCO groups (who count as touched, too); then levels the touched candidates, in ascending ordinal order
		 * (cheap on memory), by a bound from those two alone: every other skill implied as essential, languages,
		 * location and availability in full.
		 */
		private int accumulateSkills() {
			int[] skillCursors = new int[query.skills.length];
			int[] tierCursors = new int[work.tieredCount];
			int niceMode = deferred() ? ADD : TOUCH;
			int count = 0;
			int ordinals = store.size();
			// A block of ordinals at a time, so that the masks stay in the L2 cache while the lists are merged in.
			for (int from = 0; from < ordinals; from += CHUNK) {
				int to = Math.min(from + CHUNK, ordinals);
				for (int slot = 0; slot < query.requiredCount; slot++) {
					skillCursors[slot] = mark(bySkill, query.skills[slot], skillCursors[slot], 1L << slot, TOUCH,
							from, to);
				}
				for (int i = 0; i < work.tieredCount; i++) {
					int occupation = work.tieredList[i];
					tierCursors[i] = mark(byOccupation, occupation, tierCursors[i],
							(long) work.tier[occupation] << TIER_SHIFT, TIER, from, to);
				}
				// Nice-to-have lists last, so that their bits reach every candidate touched by the others.
				for (int slot = query.requiredCount; slot < query.skills.length; slot++) {
					skillCursors[slot] = mark(bySkill, query.skills[slot], skillCursors[slot], 1L << slot, niceMode,
							from, to);
				}
				count = level(work.touchedBits, from, to, count);
			}
			work.touchedCount = count;
			return count;
		}

		/** Touches the candidates who list only nice-to-have skills, after the others; returns the new count. */
		private int discoverNiceOnly(int count) {
			int[] cursors = new int[query.skills.length];
			int ordinals = store.size();
			for (int from = 0; from < ordinals; from += CHUNK) {
				int to = Math.min(from + CHUNK, ordinals);
				for (int slot = query.requiredCount; slot < query.skills.length; slot++) {
					cursors[slot] = mark(bySkill, query.skills[slot], cursors[slot], 1L << slot, LATE, from, to);
				}
				count = level(work.lateBits, from, to, count);
			}
			work.touchedCount = count;
			return count;
		}

		/**
		 * Merges the list's ordinals in {@code [from, to)} into the masks: {@link #TOUCH} marks them touched and adds
		 * the slot's bit, {@link #ADD} only adds it to those already touched, {@link #TIER} raises their tier, and
		 * {@link #LATE} touches only those not touched before, in the late bits. Returns the new cursor.
		 */
		private int mark(Postings postings, int key, int cursor, long bits, int mode, int from, int to) {
			long[] masks = work.masks;
			long[] marked = mode == LATE ? work.lateBits : work.touchedBits;
			int[] list = postings.list(key);
			int size = postings.size(key);
			int i = cursor;
			for (; i < size; i++) {
				int ordinal = list[i];
				if (ordinal >= to) {
					break;
				}
				long mask = masks[ordinal - from];
				if (mode == ADD) {
					if (mask != 0) {
						masks[ordinal - from] = mask | bits;
					}
					continue;
				}
				if (mode == LATE && (work.touchedBits[ordinal >>> 6] & (1L << ordinal)) != 0) {
					continue;
				}
				if (mask == 0) {
					marked[ordinal >>> 6] |= 1L << ordinal;
				}
				if (mode != TIER) {
					masks[ordinal - from] = mask | bits;
				}
				else if (Long.compareUnsigned(mask, bits) < 0) {
					masks[ordinal - from] = (mask & SLOTS) | bits;
				}
			}
			return i;
		}

		/**
		 * Levels the ordinals in {@code [from, to)} marked in {@code marked}, in ascending order, and clears their
		 * masks; late ones move to the touched bits.
		 */
		private int level(long[] marked, int from, int to, int count) {
			long[] masks = work.masks;
			long[] touchedBits = work.touchedBits;
			int[] touched = work.ranking.touched;
			long[] touchedMasks = work.touchedMasks;
			short[] levels = work.ranking.levels;
			int end = (to + 63) >>> 6;
			for (int word = from >>> 6; word < end; word++) {
				long bits = marked[word];
				if (marked != touchedBits && bits != 0) {
					touchedBits[word] |= bits;
					marked[word] = 0;
				}
				while (bits != 0) {
					int ordinal = (word << 6) + Long.numberOfTrailingZeros(bits);
					bits &= bits - 1;
					long mask = masks[ordinal - from];
					masks[ordinal - from] = 0;
					touched[count] = ordinal;
					touchedMasks[count] = mask;
					levels[count++] = levelBy[4 * MatchScoring.weight(mask & SLOTS, requiredMask)
							+ (int) (mask >>> TIER_SHIFT)];
				}
			}
			return count;
		}

		/** The level by 4 × weight of the listed slots + occupation tier. */
		private short[] levelsBySumAndTier() {
			int total = max4 / MatchScoring.MET4;
			short[] levels = new short[4 * (total + 1)];
			for (int sum = 0; sum <= total; sum++) {
				int credit4 = MatchScoring.MET4 * sum + MatchScoring.ESSENTIAL4 * (total - sum);
				for (int tier = 0; tier < 4; tier++) {
					OccupationRelation occupation = query.hasOccupation() ? MatchScoring.BY_TIER[tier]
							: OccupationRelation.NOT_APPLICABLE;
					levels[4 * sum + tier] = Ranking.level(
							MatchScoring.upperBound(MatchScoring.partial(credit4, max4, occupation), applicable));
				}
			}
			return levels;
		}

		/** The bound of a candidate of whom all but languages and availability is {@code known}. */
		private double upperBound(double known) {
			return 100 * (known + MatchScoring.LANGUAGES_WEIGHT + MatchScoring.AVAILABILITY_WEIGHT) / applicable;
		}

		/**
		 * The weighted skills, occupation and location components of the candidate, from the packed columns and the
		 * mask of listed slots; -1 if the candidate shares nothing with the vacancy.
		 */
		private double known(int ordinal, long mask) {
			long occupations = columns.packed[2 * ordinal];
			long features = columns.packed[2 * ordinal + 1];
			long direct = mask & SLOTS;
			impliedEssential = 0;
			impliedOptional = 0;
			tier = 0;
			if ((occupations & CandidateColumns.MORE_OCCUPATIONS) == 0) {
				for (int index = 0; index < CandidateColumns.OCCUPATIONS; index++) {
					addOccupation(CandidateColumns.occupation(occupations, index));
				}
			}
			else if (store.alive(ordinal)) {
				for (int occupation : store.get(ordinal).occupations) {
					addOccupation(occupation);
				}
			}
			long essential = impliedEssential & ~direct;
			long optional = impliedOptional & ~(direct | essential);
			int credit4 = MatchScoring.MET4 * MatchScoring.weight(direct, requiredMask)
					+ MatchScoring.ESSENTIAL4 * MatchScoring.weight(essential, requiredMask)
					+ MatchScoring.OPTIONAL4 * MatchScoring.weight(optional, requiredMask);
			OccupationRelation occupation = query.hasOccupation() ? MatchScoring.BY_TIER[tier]
					: OccupationRelation.NOT_APPLICABLE;
			if (!MatchScoring.overlaps(credit4, occupation)) {
				return -1;
			}
			work.credit4 = credit4;
			work.occupation = occupation;
			work.location = (features & CandidateColumns.PLACE_NOT_PACKED) == 0
					? MatchScoring.location(CandidateColumns.municipality(features),
							CandidateColumns.subRegion(features), CandidateColumns.region(features),
							(features & CandidateColumns.RELOCATE) != 0, query)
					: store.alive(ordinal) ? MatchScoring.location(store.get(ordinal), query)
							: LocationRelation.SAME_MUNICIPALITY;
			return MatchScoring.partial(credit4, max4, occupation)
					+ MatchScoring.LOCATION_WEIGHT * work.location.factor();
		}

		/** Adds what one of the candidate's occupations implies and its tier. */
		private void addOccupation(int occupation) {
			if (occupation >= 0 && work.relevant[occupation]) {
				impliedEssential |= work.essential[occupation];
				impliedOptional |= work.optional[occupation];
				tier = Math.max(tier, work.tier[occupation]);
			}
		}

		/**
		 * Scores the candidate exactly and offers it to the top k, if alive, overlapping and allowed; stops before
		 * languages and availability if even both in full could not make the top k.
		 */
		private void evaluate(int ordinal, long mask) {
			if (!store.alive(ordinal)) {
				return;
			}
			double known = known(ordinal, mask);
			if (known < 0 || Ranking.cannotEnter(upperBound(known), top)) {
				return;
			}
			long id = store.id(ordinal);
			if (!allowed.test(id)) {
				return;
			}
			long features = columns.packed[2 * ordinal + 1];
			long spoken = columns.languages[ordinal];
			double languages = (features & CandidateColumns.LANGUAGES_NOT_PACKED) == 0
					? MatchScoring.languages(query, code -> CandidateColumns.levelOf(spoken, code))
					: MatchScoring.languages(store.get(ordinal), query);
			int availableFrom = (features & CandidateColumns.AVAILABILITY_NOT_PACKED) == 0
					? CandidateColumns.availableFrom(features) : store.get(ordinal).availableFrom;
			double score = MatchScoring.total(work.credit4, max4, work.occupation, languages, work.location,
					MatchScoring.daysLate(availableFrom, query), applicable);
			top.offer(score, id, ordinal);
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
					if (store.alive(ordinal) && firstReachedHere(ordinal, rank)) {
						evaluate(ordinal, 0);
					}
				}
			}
		}

		/** Not reached by a listed skill, nor by an occupation visited earlier. */
		private boolean firstReachedHere(int ordinal, int rank) {
			if ((work.touchedBits[ordinal >>> 6] & (1L << ordinal)) != 0) {
				return false;
			}
			long occupations = columns.packed[2 * ordinal];
			if ((occupations & CandidateColumns.MORE_OCCUPATIONS) == 0) {
				for (int index = 0; index < CandidateColumns.OCCUPATIONS; index++) {
					if (!earlier(CandidateColumns.occupation(occupations, index), rank)) {
						return false;
					}
				}
				return true;
			}
			for (int occupation : store.get(ordinal).occupations) {
				if (!earlier(occupation, rank)) {
					return false;
				}
			}
			return true;
		}

		/** True unless the occupation was visited before the one of this rank. */
		private boolean earlier(int occupation, int rank) {
			int other = occupation < 0 ? 0 : work.rank[occupation];
			return other == 0 || other >= rank;
		}

	}

	/** Per thread: buffers sized to the index and the graph, cleared after each query. */
	private static final class Scratch implements ItemIndex.Scratch<VacancyData> {

		final Ranking ranking = new Ranking();

		/**
		 * Per ordinal of the current block: the vacancy's slots the candidate lists (bits 0–61) and its occupation
		 * tier (bits 62–63); non-zero for the touched ones only.
		 */
		final long[] masks = new long[CHUNK];

		/** The touched ordinals as bits, to visit them in ascending order. */
		long[] touchedBits = new long[0];

		/** Candidates touched late, by nice-to-have skills only; moved to the touched bits when levelled. */
		long[] lateBits = new long[0];

		/** The masks of the touched ordinals, in the order of {@code ranking.touched}. */
		long[] touchedMasks = new long[0];

		/** Occupations with a tier: the vacancy's ISCO minor group. */
		final int[] tieredList;

		int tieredCount;

		int touchedCount;

		/** What {@code known} found of the last candidate, for the exact score. */
		int credit4;

		OccupationRelation occupation = OccupationRelation.NONE;

		LocationRelation location = LocationRelation.NONE;

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
			tieredList = new int[graph.occupationCount()];
		}

		@Override
		public void prepare(VacancyData query, int ordinals) {
			this.query = query;
			if (touchedMasks.length < ordinals) {
				touchedMasks = new long[Math.max(ordinals, touchedMasks.length + (touchedMasks.length >> 1))];
				touchedBits = new long[(touchedMasks.length + 63) >>> 6];
				lateBits = new long[touchedBits.length];
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

		@Override
		public void reset() {
			for (int i = 0; i < touchedCount; i++) {
				touchedBits[ranking.touched[i] >>> 6] = 0;
			}
			touchedCount = 0;
			tieredCount = 0;
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
				if (tier[occupation] == 0) {
					tieredList[tieredCount++] = occupation;
				}
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
