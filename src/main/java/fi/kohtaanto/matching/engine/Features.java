package fi.kohtaanto.matching.engine;

/**
 * What bounds a score beyond skills and occupation, for a candidate or a vacancy, packed into one {@code long}: bit
 * 0 a flag (a candidate willing to relocate, a vacancy that allows remote work), bits 1–11 the place's number + 1,
 * bits 12–31 the languages' number + 1 (a candidate's levels, a vacancy's requirements), bits 32–63 a day (available
 * from, start date). The numbers are those of the {@link Dictionary dictionaries} of the columns, 0 for a place or
 * languages that are not packed. The low twelve bits index a table by place and flag, so that a query works out the
 * location once per place.
 */
final class Features {

	/** The number + 1 of a place or languages that are not packed. */
	static final int UNPACKED = 0;

	static final int PLACE_BITS = 11;

	static final int LANGUAGES_BITS = 20;

	/** The bits of place and flag, and the size of a table indexed by them. */
	static final int PLACE_AND_FLAG = (1 << (1 + PLACE_BITS)) - 1;

	static final int PLACE_AND_FLAG_SIZE = PLACE_AND_FLAG + 1;

	private static final int LANGUAGES_SHIFT = 1 + PLACE_BITS;

	private Features() {
	}

	/**
	 * @param place the place's number + 1, below 2<sup>{@value #PLACE_BITS}</sup>
	 * @param languages the languages' number + 1, below 2<sup>{@value #LANGUAGES_BITS}</sup>
	 */
	static long of(boolean flag, int place, int languages, int day) {
		return (long) day << 32 | (languages << LANGUAGES_SHIFT | place << 1 | (flag ? 1 : 0)) & 0xFFFF_FFFFL;
	}

	static boolean flag(long features) {
		return (features & 1) != 0;
	}

	static int place(long features) {
		return ((int) features & PLACE_AND_FLAG) >>> 1;
	}

	static int languages(long features) {
		return (int) features >>> LANGUAGES_SHIFT;
	}

	static int day(long features) {
		return (int) (features >> 32);
	}

}
