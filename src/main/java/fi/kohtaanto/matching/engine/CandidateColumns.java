package fi.kohtaanto.matching.engine;

import java.util.Arrays;

/**
 * All that scoring a candidate needs beyond the listed skills, packed by ordinal, so that a query streams through
 * arrays in ordinal order instead of following a {@link CandidateData} and its arrays. Places and sets of languages
 * are numbered in {@link Dictionary dictionaries}, so that a query works each distinct one out once. Whatever does
 * not fit (a fifth occupation, a fifth language, very many codes) is flagged, and scoring reads the
 * {@link CandidateData} instead.
 * <p>
 * {@code features}, one long per ordinal, is what bounds the score before the exact evaluation: the {@link Features}
 * willing to relocate, place, languages with levels and available-from day. {@code occupations}, one long per
 * ordinal, is what only the exact evaluation needs: four 13-bit entries of occupation + 1 (0 for none) and bit 52
 * for more.
 */
final class CandidateColumns {

	static final long MORE_OCCUPATIONS = 1L << 52;

	static final int OCCUPATIONS = 4;

	private static final int OCCUPATION_BITS = 13;

	/** Ordinals per segment: 2<sup>{@value #SEGMENT_BITS}</sup>. */
	static final int SEGMENT_BITS = 12;

	long[] features = new long[0];

	long[] occupations = new long[0];

	/**
	 * By segment of ordinals: the distinct place and relocation indexes ({@link Features#PLACE_AND_FLAG}) of its
	 * candidates, in the first {@code segmentPlaceCounts} entries; dead candidates' stay. The index numbers candidates
	 * by region, so that most segments hold few places and a query can bound their location.
	 */
	int[][] segmentPlaces = new int[0][];

	int[] segmentPlaceCounts = new int[0];

	/** Places by number: {@link Keys#place} keys. */
	final Dictionary places = new Dictionary();

	/** Sets of languages with levels by number: {@link Keys#languages} keys. */
	final Dictionary languages = new Dictionary();

	/** Empties the columns and makes room for this many ordinals. */
	void clear(int capacity) {
		features = new long[capacity];
		occupations = new long[capacity];
		segmentPlaces = new int[0][];
		segmentPlaceCounts = new int[0];
		places.clear();
		languages.clear();
	}

	void set(int ordinal, CandidateData candidate) {
		if (ordinal >= features.length) {
			int capacity = Math.max(ordinal + 1, features.length + (features.length >> 1));
			features = Arrays.copyOf(features, capacity);
			occupations = Arrays.copyOf(occupations, capacity);
		}
		long packed = 0;
		for (int i = 0; i < candidate.occupations.length; i++) {
			int entry = candidate.occupations[i] + 1;
			if (i >= OCCUPATIONS || entry >= 1 << OCCUPATION_BITS) {
				packed |= MORE_OCCUPATIONS;
			}
			else {
				packed |= (long) entry << (OCCUPATION_BITS * i);
			}
		}
		occupations[ordinal] = packed;
		features[ordinal] = Features.of(candidate.willingToRelocate,
				places.numberOf(Keys.place(candidate.municipality, candidate.subRegion, candidate.region),
						Features.PLACE_BITS),
				languages.numberOf(Keys.languages(candidate.languageCodes, candidate.languageLevels),
						Features.LANGUAGES_BITS),
				candidate.availableFrom);
		addToSegment(ordinal >>> SEGMENT_BITS, (int) features[ordinal] & Features.PLACE_AND_FLAG);
	}

	/** Segments in use. */
	int segments() {
		return segmentPlaceCounts.length;
	}

	private void addToSegment(int segment, int place) {
		if (segment >= segmentPlaces.length) {
			segmentPlaces = Arrays.copyOf(segmentPlaces, segment + 1);
			segmentPlaceCounts = Arrays.copyOf(segmentPlaceCounts, segment + 1);
			segmentPlaces[segment] = new int[4];
		}
		int[] entries = segmentPlaces[segment];
		int count = segmentPlaceCounts[segment];
		for (int i = 0; i < count; i++) {
			if (entries[i] == place) {
				return;
			}
		}
		if (count == entries.length) {
			entries = Arrays.copyOf(entries, 2 * count);
			segmentPlaces[segment] = entries;
		}
		entries[count] = place;
		segmentPlaceCounts[segment] = count + 1;
	}

	/** The occupation at {@code index} (0 to 3) of the packed occupations, or -1. */
	static int occupation(long occupations, int index) {
		return entry(occupations, index) - 1;
	}

	/** The occupation + 1 at {@code index} (0 to 3) of the packed occupations, or 0. */
	static int entry(long occupations, int index) {
		return (int) ((occupations >>> (OCCUPATION_BITS * index)) & ((1 << OCCUPATION_BITS) - 1));
	}

}
