package fi.kohtaanto.matching.engine;

import java.util.Arrays;

/**
 * All that scoring a vacancy needs beyond the candidate's skill credits, packed by ordinal into 16 bytes, so that a
 * query streams through one array in ordinal order instead of following each {@link VacancyData}. Places and sets of
 * language requirements are numbered in {@link Dictionary dictionaries}, so that a query works each distinct one out
 * once; what does not fit (a fifth requirement, very many codes) is read from the {@link VacancyData} instead.
 * <p>
 * Two longs per ordinal in {@code packed}: the most skill credit in quarters ({@link VacancyData#maxCredit4}) in the
 * low half and the occupation + 1 (0 for none) in the high half; then the {@link Features} remote work allowed, place,
 * language requirements and start date.
 */
final class VacancyColumns {

	long[] packed = new long[0];

	/** Places by number: {@link Keys#place} keys. */
	final Dictionary places = new Dictionary();

	/** Sets of language requirements by number: {@link Keys#languages} keys of the minimum levels. */
	final Dictionary requirements = new Dictionary();

	/** Empties the columns and makes room for this many ordinals. */
	void clear(int capacity) {
		packed = new long[2 * capacity];
		places.clear();
		requirements.clear();
	}

	void set(int ordinal, VacancyData vacancy) {
		if (2 * ordinal >= packed.length) {
			packed = Arrays.copyOf(packed, 2 * Math.max(ordinal + 1, (packed.length >> 1) + (packed.length >> 2)));
		}
		packed[2 * ordinal] = (long) (vacancy.occupation + 1) << 32 | vacancy.maxCredit4();
		packed[2 * ordinal + 1] = Features.of(vacancy.remoteAllowed,
				places.numberOf(Keys.place(vacancy.municipality, vacancy.subRegion, vacancy.region), Features.PLACE_BITS),
				requirements.numberOf(Keys.languages(vacancy.languageCodes, vacancy.minimumLevels),
						Features.LANGUAGES_BITS),
				vacancy.startDate);
	}

	static int maxCredit4(long basics) {
		return (int) basics;
	}

	/** The occupation + 1, 0 for none. */
	static int occupation(long basics) {
		return (int) (basics >>> 32);
	}

}
