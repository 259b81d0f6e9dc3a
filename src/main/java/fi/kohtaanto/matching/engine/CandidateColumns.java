package fi.kohtaanto.matching.engine;

import java.util.Arrays;

/**
 * What the exact evaluation of a candidate needs, packed by ordinal, so that it costs one cache line instead of
 * following a {@link CandidateData} and its arrays. Whatever does not fit (a fifth occupation, very many codes, a
 * fifth language, a date far off) is flagged, and the evaluation reads the {@link CandidateData} instead.
 * <p>
 * Two longs per ordinal in {@code packed}: first the occupations, four 13-bit entries of occupation + 1 (0 for none)
 * and bit 52 for more; then bits 0–32 the codes + 1 of municipality, sub-region and region (11 bits each), bit 33
 * willing to relocate, bits 34–36 place, languages, availability not packed, bits 37–63 the available-from day plus
 * 2<sup>26</sup>. {@code languages}: up to four 16-bit entries of {@code (code + 1) << 3 | level}.
 */
final class CandidateColumns {

	static final long MORE_OCCUPATIONS = 1L << 52;

	static final long RELOCATE = 1L << 33;

	static final long PLACE_NOT_PACKED = 1L << 34;

	static final long LANGUAGES_NOT_PACKED = 1L << 35;

	static final long AVAILABILITY_NOT_PACKED = 1L << 36;

	static final int OCCUPATIONS = 4;

	private static final int OCCUPATION_BITS = 13;

	private static final int CODE_BITS = 11;

	private static final int AVAILABILITY_SHIFT = 37;

	private static final int AVAILABILITY_OFFSET = 1 << 26;

	private static final int LANGUAGE_CODE_BITS = 13;

	long[] packed = new long[0];

	long[] languages = new long[0];

	void set(int ordinal, CandidateData candidate) {
		if (ordinal >= languages.length) {
			int capacity = Math.max(ordinal + 1, languages.length + (languages.length >> 1));
			packed = Arrays.copyOf(packed, 2 * capacity);
			languages = Arrays.copyOf(languages, capacity);
		}
		long occupations = 0;
		for (int i = 0; i < candidate.occupations.length; i++) {
			int entry = candidate.occupations[i] + 1;
			if (i >= OCCUPATIONS || entry >= 1 << OCCUPATION_BITS) {
				occupations |= MORE_OCCUPATIONS;
			}
			else {
				occupations |= (long) entry << (OCCUPATION_BITS * i);
			}
		}
		long features = 0;
		int[] codes = { candidate.municipality, candidate.subRegion, candidate.region };
		for (int i = 0; i < codes.length; i++) {
			if (codes[i] + 1 >= 1 << CODE_BITS) {
				features |= PLACE_NOT_PACKED;
			}
			else {
				features |= (long) (codes[i] + 1) << (CODE_BITS * i);
			}
		}
		if (candidate.willingToRelocate) {
			features |= RELOCATE;
		}
		long day = (long) candidate.availableFrom + AVAILABILITY_OFFSET;
		if (day < 0 || day >= 1L << (64 - AVAILABILITY_SHIFT)) {
			features |= AVAILABILITY_NOT_PACKED;
		}
		else {
			features |= day << AVAILABILITY_SHIFT;
		}
		long spoken = 0;
		for (int i = 0; i < candidate.languageCodes.length; i++) {
			int code = candidate.languageCodes[i] + 1;
			if (i >= 4 || code >= 1 << LANGUAGE_CODE_BITS) {
				features |= LANGUAGES_NOT_PACKED;
			}
			else {
				spoken |= (long) (code << 3 | candidate.languageLevels[i]) << (16 * i);
			}
		}
		packed[2 * ordinal] = occupations;
		packed[2 * ordinal + 1] = features;
		languages[ordinal] = spoken;
	}

	/** The occupation at {@code index} (0 to 3) of the packed occupations, or -1. */
	static int occupation(long occupations, int index) {
		return (int) ((occupations >>> (OCCUPATION_BITS * index)) & ((1 << OCCUPATION_BITS) - 1)) - 1;
	}

	static int municipality(long features) {
		return code(features, 0);
	}

	static int subRegion(long features) {
		return code(features, 1);
	}

	static int region(long features) {
		return code(features, 2);
	}

	static int availableFrom(long features) {
		return (int) ((features >>> AVAILABILITY_SHIFT) - AVAILABILITY_OFFSET);
	}

	/** The level in the language from packed languages, 0 if none. */
	static int levelOf(long languages, int code) {
		for (int i = 0; i < 4; i++) {
			int entry = (int) ((languages >>> (16 * i)) & 0xFFFF);
			if (entry == 0) {
				return 0;
			}
			if ((entry >>> 3) - 1 == code) {
				return entry & 7;
			}
		}
		return 0;
	}

	private static int code(long features, int index) {
		return (int) ((features >>> (CODE_BITS * index)) & ((1 << CODE_BITS) - 1)) - 1;
	}

}
