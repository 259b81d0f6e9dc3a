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
 * tier), a block of ordinals at a time so that the masks stay in the cache, and then scores the block's touched
 * candidates in ascending ordinal order: a bound from the mask alone, then one with the candidate's exact languages,
 * location and availability from packed columns ({@link CandidateColumns}, streamed), and the exact score only for
 * those who could still beat the k-th score so far. Pruning gets its score to beat early from a few hundred
 * candidates of the occupations that fit the vacancy best, scored before the pass. Once that score is high enough,
 * lists whose candidates could not make the top k on their own only add their bits to candidates other lists touched
 * (max-score), and candidates reached only through their occupations are looked at only while they could still
 * enter. Results are exact: the same as scoring every candidate.
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

	private static final int TIER_ADD = 3;

	/** Candidates scored per result before the pass, and the most occupations they come from; see {@code seed}. */
	private static final int SEEDS_PER_RESULT = 4;

	private static final int SEED_OCCUPATIONS = 8;

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

	/**
	 * By region, willingness to relocate, sub-region and municipality, so that the candidates of a segment of
	 * ordinals mostly live in one place and a query can bound the location of all of them at once. A counting sort
	 * over the few distinct places; the order within a place is kept.
	 */
	@Override
	List<CandidateData> inOrder(List<CandidateData> candidates) {
		long[] keys = new long[candidates.size()];
		LongIntMap counts = new LongIntMap();
		for (int i = 0; i < keys.length; i++) {
			CandidateData candidate = candidates.get(i);
			keys[i] = placeOrder(candidate);
			counts.put(keys[i], Math.max(counts.get(keys[i]), 0) + 1);
		}
		long[] distinct = Arrays.stream(keys).distinct().sorted().toArray();
		LongIntMap starts = new LongIntMap();
		int start = 0;
		for (long key : distinct) {
			starts.put(key, start);
			start += counts.get(key);
		}
		CandidateData[] sorted = new CandidateData[keys.length];
		for (int i = 0; i < keys.length; i++) {
			int position = starts.get(keys[i]);
			sorted[position] = candidates.get(i);
			starts.put(keys[i], position + 1);
		}
		return Arrays.asList(sorted);
	}

	/** Region, relocation, sub-region, municipality; codes beyond 20 bits share the last value (only order suffers). */
	private static long placeOrder(CandidateData candidate) {
		return (long) orderCode(candidate.region) << 43 | (candidate.willingToRelocate ? 1L << 42 : 0)
				| (long) orderCode(candidate.subRegion) << 21 | orderCode(candidate.municipality);
	}

	private static int orderCode(int code) {
		return Math.min(code + 2, (1 << 20) - 1);
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
		columns.clear(candidates.size());
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

		/** Occupation relation by tier. */
		private final OccupationRelation[] relations;

		/**
		 * By 4 × weight of the listed slots + occupation tier: an upper bound of the weighted skills and occupation
		 * components, every other skill implied as essential.
		 */
		private final double[] partialBy;

		/** The weighted score the k-th result will reach by {@link #seed}, less the margin; or minus infinity. */
		private double seedCut = Double.NEGATIVE_INFINITY;

		/**
		 * The highest occupation tier a candidate who was not touched can have: the highest tier whose lists were
		 * deferred in some block.
		 */
		private int untouchedTier;

		/** The availability component by days late, up to the days at which it reaches 0. */
		private final double[] availability = new double[MatchScoring.AVAILABILITY_DAYS_TO_ZERO + 1];

		Search(VacancyData query, Scratch work, TopK top, LongPredicate allowed) {
			this.query = query;
			this.work = work;
			this.top = top;
			this.allowed = allowed;
			this.requiredMask = query.requiredMask();
			this.max4 = query.maxCredit4();
			this.applicable = MatchScoring.applicable(query);
			this.relations = new OccupationRelation[MatchScoring.BY_TIER.length];
			for (int tier = 0; tier < relations.length; tier++) {
				relations[tier] = query.hasOccupation() ? MatchScoring.BY_TIER[tier] : OccupationRelation.NOT_APPLICABLE;
			}
			this.partialBy = partialsBySumAndTier();
			for (int days = 0; days < availability.length; days++) {
				availability[days] = MatchScoring.availability(days);
			}
			work.places.ensure(Features.PLACE_AND_FLAG_SIZE);
			work.languages.ensure(columns.languages.size() + 1);
		}

		void run() {
			work.clean = false;
			seed();
			accumulateSkills();
			if (work.relevantCount > 0) {
				evaluateOccupationOnly();
			}
			work.clean = true;
		}

		/**
		 * The weighted score a candidate must reach to enter the top k, less {@link TopK#MARGIN} (bounds are sums
		 * rounded differently from the score); minus infinity while the top k is not full and nothing was seeded. A
		 * candidate whose weighted bound is below it cannot enter, not even on a tie.
		 */
		private double cut() {
			return Math.max(seedCut,
					top.full() ? top.worstScore() * applicable / 100 - TopK.MARGIN : Double.NEGATIVE_INFINITY);
		}

		/**
		 * Raises the cut before the pass, which in ordinal order would find good candidates only gradually: scores a
		 * few hundred candidates of the occupations whose skills and tier add most (likely among the best, if not the
		 * best), and takes the k-th best score among them as a score the k-th result will reach. They are scored
		 * again when the pass reaches them, so that they compete like everyone else.
		 */
		private void seed() {
			int wanted = SEEDS_PER_RESULT * top.capacity();
			double[] scores = new double[wanted];
			int count = 0;
			int relevant = work.relevantCount;
			double[] shares = new double[relevant];
			for (int i = 0; i < relevant; i++) {
				shares[i] = share(work.relevantList[i]);
			}
			int[] picked = new int[SEED_OCCUPATIONS];
			for (int p = 0; p < picked.length && count < wanted; p++) {
				int best = -1;
				for (int i = 0; i < relevant; i++) {
					if (shares[i] >= 0 && (best < 0 || shares[i] > shares[best])) {
						best = i;
					}
				}
				if (best < 0) {
					break;
				}
				shares[best] = -1;
				picked[p] = work.relevantList[best];
				int[] list = byOccupation.list(picked[p]);
				int size = byOccupation.size(picked[p]);
				for (int j = 0; j < size && count < wanted; j++) {
					int ordinal = list[j];
					if (!store.alive(ordinal)) {
						continue;
					}
					CandidateData candidate = store.get(ordinal);
					// Each candidate once, from the first picked occupation of theirs.
					if (pickedBefore(candidate.occupations, picked, p) || !allowed.test(candidate.id)) {
						continue;
					}
					long mask = 0;
					for (int skill : candidate.skills) {
						int slot = work.slots[skill];
						if (slot > 0) {
							mask |= 1L << (slot - 1);
						}
					}
					double score = score(ordinal, mask, columns.occupations[ordinal], columns.features[ordinal]);
					if (score >= 0) {
						scores[count++] = score;
					}
				}
			}
			if (count >= top.capacity()) {
				Arrays.sort(scores, 0, count);
				seedCut = scores[count - top.capacity()] * applicable / 100 - TopK.MARGIN;
			}
		}

		/** True if one of the occupations is among the first {@code count} picked. */
		private static boolean pickedBefore(int[] occupations, int[] picked, int count) {
			for (int occupation : occupations) {
				for (int i = 0; i < count; i++) {
					if (picked[i] == occupation) {
						return true;
					}
				}
			}
			return false;
		}

		/**
		 * What the occupation adds at most to the weighted skills and occupation components of a candidate: the
		 * vacancy's skills it implies, and its tier.
		 */
		private double share(int occupation) {
			long essential = work.essential[occupation + 1];
			int credit4 = MatchScoring.ESSENTIAL4 * MatchScoring.weight(essential, requiredMask)
					+ MatchScoring.OPTIONAL4 * MatchScoring.weight(work.optional[occupation + 1] & ~essential,
							requiredMask);
			return MatchScoring.partial(credit4, max4, relations[work.tier[occupation + 1]]);
		}

		/** True if no candidate whose skills and occupation weigh at most {@code partial} can enter the top k. */
		private boolean cannotEnter(double partial) {
			return partial + MatchScoring.REST_WEIGHT < cut();
		}

		/**
		 * A block of ordinals at a time, so that the masks stay in the L2 cache: marks in each touched candidate's mask
		 * the vacancy's slots it lists, and in its top two bits the occupation tier of the candidates in the vacancy's
		 * ISCO groups; then scores the block's touched candidates. Which lists touch candidates is planned per segment
		 * of the block ({@link Plan}); the others only add their bits to the touched.
		 */
		private void accumulateSkills() {
			int slots = query.skills.length;
			int[] skillCursors = new int[slots];
			int[] tierCursors = new int[work.tieredCount];
			Plan plan = new Plan();
			int ordinals = store.size();
			int segment = 1 << CandidateColumns.SEGMENT_BITS;
			for (int block = 0; block < ordinals; block += CHUNK) {
				int blockEnd = Math.min(block + CHUNK, ordinals);
				// The cut changes only when candidates are scored, after the block.
				double cut = cut();
				for (int from = block; from < blockEnd; from += segment) {
					int to = Math.min(from + segment, blockEnd);
					plan.update(cut, segmentRest(from >>> CandidateColumns.SEGMENT_BITS));
					untouchedTier = Math.max(untouchedTier, plan.deferredTier);
					for (int slot = 0; slot < slots; slot++) {
						if (plan.touches[slot]) {
							skillCursors[slot] = mark(bySkill, query.skills[slot], skillCursors[slot], 1L << slot,
									TOUCH, block, to);
						}
					}
					for (int i = 0; i < work.tieredCount; i++) {
						int occupation = work.tieredList[i];
						if (work.tier[occupation + 1] > plan.deferredTier) {
							tierCursors[i] = mark(byOccupation, occupation, tierCursors[i],
									(long) work.tier[occupation + 1] << TIER_SHIFT, TIER, block, to);
						}
					}
					// The deferred lists last, so that their bits reach every candidate the others touched.
					for (int slot = 0; slot < slots; slot++) {
						if (!plan.touches[slot]) {
							skillCursors[slot] = mark(bySkill, query.skills[slot], skillCursors[slot], 1L << slot, ADD,
									block, to);
						}
					}
					for (int i = 0; i < work.tieredCount; i++) {
						int occupation = work.tieredList[i];
						if (work.tier[occupation + 1] <= plan.deferredTier) {
							tierCursors[i] = mark(byOccupation, occupation, tierCursors[i],
									(long) work.tier[occupation + 1] << TIER_SHIFT, TIER_ADD, block, to);
						}
					}
				}
				scoreTouched(block, blockEnd);
			}
		}

		/**
		 * The most the languages, location and availability of a candidate in the segment can weigh: languages and
		 * availability in full, the location of the segment's best place for the vacancy.
		 */
		private double segmentRest(int segment) {
			int[] places = columns.segmentPlaces[segment];
			double best = 0;
			for (int i = columns.segmentPlaceCounts[segment] - 1; i >= 0; i--) {
				best = Math.max(best, location((long) places[i]));
			}
			return MatchScoring.LANGUAGES_WEIGHT + MatchScoring.LOCATION_WEIGHT * best + MatchScoring.AVAILABILITY_WEIGHT;
		}

		/**
		 * Which lists touch candidates in a segment (max-score): a candidate who is only in the deferred lists lists
		 * at most their skills and has at most the highest deferred tier, and if even that, with the most languages,
		 * location and availability can weigh in the segment, cannot beat the k-th score so far, the deferred lists
		 * need not touch anyone; they only add their bits to the candidates the others touched. Of the ways to defer,
		 * the one that leaves out most posting entries: the longest lists of each weight, and the tier lists from the
		 * lowest tier.
		 */
		private final class Plan {

			/** By slot: whether the list touches candidates. */
			final boolean[] touches = new boolean[query.skills.length];

			/** Tier lists up to this tier are deferred; 0 for none. */
			int deferredTier;

			/** Slots of each weight by list size, longest first, and prefix sums of their sizes. */
			private final int[] required;

			private final int[] nice;

			private final long[] requiredEntries;

			private final long[] niceEntries;

			/** Entries of the tier lists up to each tier. */
			private final long[] tierEntries = new long[4];

			Plan() {
				required = bySize(0, query.requiredCount);
				nice = bySize(query.requiredCount, query.skills.length);
				requiredEntries = prefixSums(required);
				niceEntries = prefixSums(nice);
				for (int i = 0; i < work.tieredCount; i++) {
					int occupation = work.tieredList[i];
					for (int tier = work.tier[occupation + 1]; tier < tierEntries.length; tier++) {
						tierEntries[tier] += byOccupation.size(occupation);
					}
				}
			}

			/** Plans for candidates whose languages, location and availability weigh at most {@code rest}. */
			void update(double cut, double rest) {
				int bestTier = 0;
				int bestRequired = 0;
				int bestNice = 0;
				long bestEntries = 0;
				int tiers = query.hasOccupation() ? 3 : 0;
				int total = max4 / MatchScoring.MET4;
				for (int tier = 0; tier <= tiers; tier++) {
					// The most weight of listed skills that still cannot make a candidate of this tier enter.
					int weight = -1;
					while (weight < total && partialBy[4 * (weight + 1) + tier] + rest < cut) {
						weight++;
					}
					if (weight < 0) {
						break;
					}
					int most = Math.min(required.length, weight / MatchScoring.REQUIRED_SKILL_WEIGHT);
					for (int r = 0; r <= most; r++) {
						int n = Math.min(nice.length,
								(weight - MatchScoring.REQUIRED_SKILL_WEIGHT * r) / MatchScoring.NICE_TO_HAVE_SKILL_WEIGHT);
						long entries = tierEntries[tier] + requiredEntries[r] + niceEntries[n];
						if (entries > bestEntries) {
							bestEntries = entries;
							bestTier = tier;
							bestRequired = r;
							bestNice = n;
						}
					}
				}
				Arrays.fill(touches, true);
				for (int i = 0; i < bestRequired; i++) {
					touches[required[i]] = false;
				}
				for (int i = 0; i < bestNice; i++) {
					touches[nice[i]] = false;
				}
				deferredTier = bestTier;
			}

			private int[] bySize(int fromSlot, int toSlot) {
				long[] keys = new long[toSlot - fromSlot];
				for (int slot = fromSlot; slot < toSlot; slot++) {
					keys[slot - fromSlot] = (long) -bySkill.size(query.skills[slot]) << 32 | slot;
				}
				Arrays.sort(keys);
				int[] slots = new int[keys.length];
				for (int i = 0; i < keys.length; i++) {
					slots[i] = (int) keys[i];
				}
				return slots;
			}

			private long[] prefixSums(int[] slots) {
				long[] sums = new long[slots.length + 1];
				for (int i = 0; i < slots.length; i++) {
					sums[i + 1] = sums[i] + bySkill.size(query.skills[slots[i]]);
				}
				return sums;
			}

		}

		/**
		 * Merges the list's ordinals from the cursor and below {@code to} into the masks of the block that starts at
		 * {@code from}: {@link #TOUCH} marks them touched and adds the slot's bit, {@link #ADD} only adds it to those
		 * already touched, {@link #TIER} marks them touched and raises their tier to the one in {@code bits},
		 * {@link #TIER_ADD} only raises the tier of those already touched. Returns the new cursor. Without branches on
		 * the data, which the processor could not predict.
		 */
		private int mark(Postings postings, int key, int cursor, long bits, int mode, int from, int to) {
			long[] masks = work.masks;
			long[] touched = work.touchedBits;
			int[] list = postings.list(key);
			int size = postings.size(key);
			int i = cursor;
			switch (mode) {
				case TOUCH -> {
					for (; i < size && list[i] < to; i++) {
						int ordinal = list[i];
						touched[ordinal >>> 6] |= 1L << ordinal;
						masks[ordinal - from] |= bits;
					}
				}
				case ADD -> {
					for (; i < size && list[i] < to; i++) {
						int ordinal = list[i];
						long mask = masks[ordinal - from];
						masks[ordinal - from] = mask | (bits & ((mask | -mask) >> 63));
					}
				}
				case TIER -> {
					long tier = bits >>> TIER_SHIFT;
					for (; i < size && list[i] < to; i++) {
						int ordinal = list[i];
						touched[ordinal >>> 6] |= 1L << ordinal;
						long mask = masks[ordinal - from];
						masks[ordinal - from] = (mask & SLOTS) | (Math.max(mask >>> TIER_SHIFT, tier) << TIER_SHIFT);
					}
				}
				default -> {
					long tier = bits >>> TIER_SHIFT;
					for (; i < size && list[i] < to; i++) {
						int ordinal = list[i];
						long mask = masks[ordinal - from];
						long raised = (mask & SLOTS) | (Math.max(mask >>> TIER_SHIFT, tier) << TIER_SHIFT);
						masks[ordinal - from] = raised & ((mask | -mask) >> 63);
					}
				}
			}
			return i;
		}

		/**
		 * Scores the touched ordinals in {@code [from, to)} and clears their masks, in ascending ordinal order: a bound
		 * from the mask alone and then one with the candidate's features (streamed) pick those who could enter the top
		 * k; their occupations are gathered in a loop of loads alone, so that many cache misses are under way at once;
		 * then they are scored exactly.
		 */
		private void scoreTouched(int from, int to) {
			long[] masks = work.masks;
			long[] touchedBits = work.touchedBits;
			long[] features = columns.features;
			int[] ordinals = work.blockOrdinals;
			long[] keptMasks = work.blockMasks;
			long[] keptFeatures = work.blockFeatures;
			// The top k changes only when candidates are offered, after the sweep.
			double cut = cut();
			int count = 0;
			for (int segment = from; segment < to; segment += 1 << CandidateColumns.SEGMENT_BITS) {
				double partialCut = cut - segmentRest(segment >>> CandidateColumns.SEGMENT_BITS);
				int end = (Math.min(segment + (1 << CandidateColumns.SEGMENT_BITS), to) + 63) >>> 6;
				for (int word = segment >>> 6; word < end; word++) {
					long bits = touchedBits[word];
					while (bits != 0) {
						int ordinal = (word << 6) + Long.numberOfTrailingZeros(bits);
						bits &= bits - 1;
						long mask = masks[ordinal - from];
						masks[ordinal - from] = 0;
						double partial = partialBy[4 * MatchScoring.weight(mask & SLOTS, requiredMask)
								+ (int) (mask >>> TIER_SHIFT)];
						if (partial >= partialCut) {
							long traits = features[ordinal];
							ordinals[count] = ordinal;
							keptMasks[count] = mask;
							keptFeatures[count] = traits;
							count += partial + rest(traits) >= cut ? 1 : 0;
						}
					}
				}
			}
			long[] occupations = columns.occupations;
			long[] gathered = work.blockOccupations;
			for (int i = 0; i < count; i++) {
				gathered[i] = occupations[ordinals[i]];
			}
			for (int i = 0; i < count; i++) {
				offer(ordinals[i], keptMasks[i], gathered[i], keptFeatures[i]);
			}
		}

		/**
		 * The weighted languages, location and availability components at most, from the candidate's features: exact
		 * unless the place or the languages are not packed.
		 */
		private double rest(long traits) {
			return MatchScoring.LANGUAGES_WEIGHT * languages(traits) + MatchScoring.LOCATION_WEIGHT * location(traits)
					+ MatchScoring.AVAILABILITY_WEIGHT * availability[Math.min(
							MatchScoring.daysLate(Features.day(traits), query), MatchScoring.AVAILABILITY_DAYS_TO_ZERO)];
		}

		/** The partial bounds by 4 × weight of the listed slots + occupation tier. */
		private double[] partialsBySumAndTier() {
			int total = max4 / MatchScoring.MET4;
			double[] partials = new double[4 * (total + 1)];
			for (int sum = 0; sum <= total; sum++) {
				int credit4 = MatchScoring.MET4 * sum + MatchScoring.ESSENTIAL4 * (total - sum);
				for (int tier = 0; tier < 4; tier++) {
					partials[4 * sum + tier] = MatchScoring.partial(credit4, max4, relations[tier]);
				}
			}
			return partials;
		}

		/** Scores the candidate exactly and offers it to the top k, if alive, overlapping, good enough and allowed. */
		private void offer(int ordinal, long mask) {
			offer(ordinal, mask, columns.occupations[ordinal], columns.features[ordinal]);
		}

		private void offer(int ordinal, long mask, long occupations, long traits) {
			if (!store.alive(ordinal)) {
				return;
			}
			offerScored(top, allowed, ordinal, score(ordinal, mask, occupations, traits));
		}

		/**
		 * The exact score of a live candidate from the packed columns and the mask of listed slots (and tier); -1 if
		 * the candidate shares nothing with the vacancy.
		 */
		private double score(int ordinal, long mask, long occupations, long traits) {
			long impliedEssential;
			long impliedOptional;
			int tier;
			if ((occupations & CandidateColumns.MORE_OCCUPATIONS) == 0) {
				// Entries are occupation + 1, 0 for none, which the tables leave empty: no branches.
				long[] essential = work.essential;
				long[] optional = work.optional;
				byte[] tiers = work.tier;
				int a = CandidateColumns.entry(occupations, 0);
				int b = CandidateColumns.entry(occupations, 1);
				int c = CandidateColumns.entry(occupations, 2);
				int d = CandidateColumns.entry(occupations, 3);
				impliedEssential = essential[a] | essential[b] | essential[c] | essential[d];
				impliedOptional = optional[a] | optional[b] | optional[c] | optional[d];
				tier = Math.max(Math.max(tiers[a], tiers[b]), Math.max(tiers[c], tiers[d]));
			}
			else {
				impliedEssential = 0;
				impliedOptional = 0;
				tier = 0;
				for (int occupation : store.get(ordinal).occupations) {
					impliedEssential |= work.essential[occupation + 1];
					impliedOptional |= work.optional[occupation + 1];
					tier = Math.max(tier, work.tier[occupation + 1]);
				}
			}
			long direct = mask & SLOTS;
			long essential = impliedEssential & ~direct;
			long optional = impliedOptional & ~(direct | essential);
			int credit4 = MatchScoring.MET4 * MatchScoring.weight(direct, requiredMask)
					+ MatchScoring.ESSENTIAL4 * MatchScoring.weight(essential, requiredMask)
					+ MatchScoring.OPTIONAL4 * MatchScoring.weight(optional, requiredMask);
			OccupationRelation occupation = relations[tier];
			if (!MatchScoring.overlaps(credit4, occupation)) {
				return -1;
			}
			double languages = Features.languages(traits) == Features.UNPACKED
					? MatchScoring.languages(store.get(ordinal), query) : languages(traits);
			double location = Features.place(traits) == Features.UNPACKED
					? MatchScoring.location(store.get(ordinal), query).factor() : location(traits);
			return MatchScoring.total(credit4, max4, occupation, languages, location,
					MatchScoring.daysLate(Features.day(traits), query), applicable);
		}

		/** The languages component by the languages' number, worked out once per number; 1 if not packed. */
		private double languages(long traits) {
			int number = Features.languages(traits);
			double value = work.languages.get(number);
			return value == value ? value : work.languages.put(number, languagesOf(number));
		}

		private double languagesOf(int number) {
			if (number == Features.UNPACKED) {
				return 1;
			}
			long key = columns.languages.key(number - 1);
			return MatchScoring.languages(query, code -> Keys.levelOf(key, code));
		}

		/** The location factor by place and relocation, worked out once for each; 1 if the place is not packed. */
		private double location(long traits) {
			int index = (int) traits & Features.PLACE_AND_FLAG;
			double value = work.places.get(index);
			return value == value ? value : work.places.put(index, locationOf(traits));
		}

		private double locationOf(long traits) {
			int number = Features.place(traits);
			if (number == Features.UNPACKED) {
				return 1;
			}
			long key = columns.places.key(number - 1);
			return MatchScoring.location(Keys.municipality(key), Keys.subRegion(key), Keys.region(key),
					Features.flag(traits), query).factor();
		}

		/**
		 * Candidates who were not touched, reached through their occupations: occupation by occupation from the one
		 * that adds most, while a candidate first reached there could still enter the top k. Such a candidate lists
		 * none of the vacancy's skills (or only some of the lists deferred in its block, which then could not make it
		 * enter, so that scoring it without them changes nothing) and has at most the tier {@link #untouchedTier}; its
		 * occupations add at most {@code maxOccupations} times the current one's share.
		 */
		private void evaluateOccupationOnly() {
			double cap = partialBy[untouchedTier];
			if (cannotEnter(cap)) {
				return;
			}
			int count = work.relevantCount;
			long[] keys = new long[count];
			for (int i = 0; i < count; i++) {
				int occupation = work.relevantList[i];
				// Rounded up to a float, so that the order and the bound agree; non-negative floats sort as ints.
				float share = Math.nextUp((float) share(occupation));
				keys[i] = ((long) Float.floatToIntBits(share) << 32) | (Integer.MAX_VALUE - occupation);
			}
			Arrays.sort(keys);
			for (int i = count - 1; i >= 0; i--) {
				work.rank[(int) (Integer.MAX_VALUE - (keys[i] & 0xFFFFFFFFL))] = count - i;
			}
			long[] features = columns.features;
			for (int i = count - 1; i >= 0; i--) {
				int occupation = (int) (Integer.MAX_VALUE - (keys[i] & 0xFFFFFFFFL));
				double partial = Math.min(cap, maxOccupations * Float.intBitsToFloat((int) (keys[i] >>> 32)));
				if (cannotEnter(partial)) {
					return;
				}
				int rank = work.rank[occupation];
				int[] list = byOccupation.list(occupation);
				int size = byOccupation.size(occupation);
				double cut = cut();
				for (int j = 0; j < size; j++) {
					int ordinal = list[j];
					if ((work.touchedBits[ordinal >>> 6] & (1L << ordinal)) == 0
							&& partial + rest(features[ordinal]) >= cut && store.alive(ordinal)
							&& firstReachedHere(ordinal, rank)) {
						offer(ordinal, 0);
						cut = cut();
					}
				}
			}
		}

		/** Not reached by an occupation visited earlier. */
		private boolean firstReachedHere(int ordinal, int rank) {
			long occupations = columns.occupations[ordinal];
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

		/**
		 * Per ordinal of the current block: the vacancy's slots the candidate lists (bits 0–61) and its occupation
		 * tier (bits 62–63); non-zero for the touched ones only.
		 */
		final long[] masks = new long[CHUNK];

		/** The touched ordinals as bits, to visit them in ascending order. */
		long[] touchedBits = new long[0];

		/** The current block's candidates to score: ordinals, masks, features and occupations. */
		final int[] blockOrdinals = new int[CHUNK];

		final long[] blockMasks = new long[CHUNK];

		final long[] blockFeatures = new long[CHUNK];

		final long[] blockOccupations = new long[CHUNK];

		/** Words of the touched bits in use. */
		int words;

		/** False while a search runs: if it ends in an exception, the masks need clearing. */
		boolean clean = true;

		/** Occupations with a tier: the vacancy's ISCO minor group. */
		final int[] tieredList;

		int tieredCount;

		/**
		 * By occupation + 1: the vacancy's slots the occupation implies as essential, as optional; its occupation
		 * tier. Entry 0, no occupation, stays empty.
		 */
		final long[] essential;

		final long[] optional;

		final byte[] tier;

		final boolean[] relevant;

		final int[] relevantList;

		/** Per occupation: its position plus one in the occupation-only pass, or 0. */
		final int[] rank;

		int relevantCount;

		/** Per skill: its slot in the vacancy + 1, or 0. */
		final int[] slots;

		/** Location factor by place and relocation, languages component by languages number. */
		final Memo places = new Memo();

		final Memo languages = new Memo();

		private final EscoGraph graph;

		private VacancyData query;

		Scratch(EscoGraph graph) {
			this.graph = graph;
			slots = new int[graph.skillCount()];
			essential = new long[graph.occupationCount() + 1];
			optional = new long[graph.occupationCount() + 1];
			tier = new byte[graph.occupationCount() + 1];
			relevant = new boolean[graph.occupationCount()];
			relevantList = new int[graph.occupationCount()];
			rank = new int[graph.occupationCount()];
			tieredList = new int[graph.occupationCount()];
		}

		@Override
		public void prepare(VacancyData query, int ordinals) {
			words = (ordinals + 63) >>> 6;
			if (touchedBits.length < words) {
				touchedBits = new long[Math.max(words, touchedBits.length + (touchedBits.length >> 1))];
			}
			this.query = query;
			for (int slot = 0; slot < query.skills.length; slot++) {
				slots[query.skills[slot]] = slot + 1;
				long bit = 1L << slot;
				for (int occupation : graph.essentialOccupations(query.skills[slot])) {
					mark(occupation);
					essential[occupation + 1] |= bit;
				}
				for (int occupation : graph.optionalOccupations(query.skills[slot])) {
					mark(occupation);
					optional[occupation + 1] |= bit;
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
			Arrays.fill(touchedBits, 0, words, 0);
			if (!clean) {
				Arrays.fill(masks, 0);
				clean = true;
			}
			tieredCount = 0;
			for (int skill : query.skills) {
				slots[skill] = 0;
			}
			places.clear();
			languages.clear();
			for (int i = 0; i < relevantCount; i++) {
				int occupation = relevantList[i];
				essential[occupation + 1] = 0;
				optional[occupation + 1] = 0;
				tier[occupation + 1] = 0;
				relevant[occupation] = false;
				rank[occupation] = 0;
			}
			relevantCount = 0;
		}

		private void raise(int[] occupations, int level) {
			for (int occupation : occupations) {
				mark(occupation);
				if (tier[occupation + 1] == 0) {
					tieredList[tieredCount++] = occupation;
				}
				tier[occupation + 1] = (byte) Math.max(tier[occupation + 1], level);
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
