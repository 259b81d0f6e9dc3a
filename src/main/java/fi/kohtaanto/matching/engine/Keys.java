package fi.kohtaanto.matching.engine;

/**
 * Places and short lists of languages packed into a {@code long}, as keys of a {@link Dictionary}; what does not fit
 * is {@link #UNPACKED}, and the caller then reads the item itself.
 * <p>
 * A place: the codes + 2 of municipality, sub-region and region in 21 bits each. Languages: up to four 16-bit
 * entries {@code (code + 1) << 3 | level}, sorted, so that the same languages in any order give the same key; a
 * candidate's levels, or a vacancy's minimum levels (where a language may repeat).
 */
final class Keys {

	static final long UNPACKED = -1;

	static final int LANGUAGES = 4;

	private static final int PLACE_BITS = 21;

	private static final int LANGUAGE_BITS = 16;

	private static final int LEVEL_BITS = 3;

	private Keys() {
	}

	static long place(int municipality, int subRegion, int region) {
		long key = 0;
		int[] codes = { municipality, subRegion, region };
		for (int i = 0; i < codes.length; i++) {
			long code = codes[i] + 2L;
			if (code < 0 || code >= 1L << PLACE_BITS) {
				return UNPACKED;
			}
			key |= code << (PLACE_BITS * i);
		}
		return key;
	}

	static int municipality(long place) {
		return placeCode(place, 0);
	}

	static int subRegion(long place) {
		return placeCode(place, 1);
	}

	static int region(long place) {
		return placeCode(place, 2);
	}

	/** The languages with their levels, or {@link #UNPACKED} if there are more than four or a code is too large. */
	static long languages(int[] codes, byte[] levels) {
		if (codes.length > LANGUAGES) {
			return UNPACKED;
		}
		int[] entries = new int[codes.length];
		for (int i = 0; i < codes.length; i++) {
			int code = codes[i] + 1;
			if (code <= 0 || code >= 1 << (LANGUAGE_BITS - LEVEL_BITS) || levels[i] < 0 || levels[i] >= 1 << LEVEL_BITS) {
				return UNPACKED;
			}
			entries[i] = code << LEVEL_BITS | levels[i];
		}
		java.util.Arrays.sort(entries);
		long key = 0;
		for (int i = 0; i < entries.length; i++) {
			key |= (long) entries[i] << (LANGUAGE_BITS * i);
		}
		return key;
	}

	/** Number of entries of packed languages. */
	static int count(long languages) {
		int count = 0;
		while (count < LANGUAGES && entry(languages, count) != 0) {
			count++;
		}
		return count;
	}

	static int code(long languages, int index) {
		return (entry(languages, index) >>> LEVEL_BITS) - 1;
	}

	static int level(long languages, int index) {
		return entry(languages, index) & ((1 << LEVEL_BITS) - 1);
	}

	/** The level in the language of packed languages (the first entry of the code), 0 if none. */
	static int levelOf(long languages, int code) {
		for (int i = 0; i < LANGUAGES; i++) {
			int entry = entry(languages, i);
			if (entry == 0) {
				return 0;
			}
			if ((entry >>> LEVEL_BITS) - 1 == code) {
				return entry & ((1 << LEVEL_BITS) - 1);
			}
		}
		return 0;
	}

	private static int entry(long languages, int index) {
		return (int) (languages >>> (LANGUAGE_BITS * index)) & ((1 << LANGUAGE_BITS) - 1);
	}

	private static int placeCode(long place, int index) {
		return (int) ((place >>> (PLACE_BITS * index)) & ((1L << PLACE_BITS) - 1)) - 2;
	}

}
