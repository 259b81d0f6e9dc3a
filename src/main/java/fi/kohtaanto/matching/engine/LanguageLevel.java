package fi.kohtaanto.matching.engine;

import java.util.Objects;

/**
 * A language and a level on the CEFR scale as a number: {@link #A1} = 1 … {@link #C2} = 6, {@link #NATIVE} = 7 (the
 * order of {@code fi.kohtaanto.catalogue.CefrLevel}, plus one). For a candidate the level they have, for a vacancy
 * the minimum it requires.
 *
 * @param language a language code such as {@code fi}; compared exactly
 * @param level 1 to 7
 */
public record LanguageLevel(String language, int level) {

	public static final int A1 = 1;

	public static final int A2 = 2;

	public static final int B1 = 3;

	public static final int B2 = 4;

	public static final int C1 = 5;

	public static final int C2 = 6;

	/** Mother tongue: meets every requirement. */
	public static final int NATIVE = 7;

	private static final String[] LABELS = { "none", "A1", "A2", "B1", "B2", "C1", "C2", "native" };

	public LanguageLevel {
		Objects.requireNonNull(language, "language");
		if (level < A1 || level > NATIVE) {
			throw new IllegalArgumentException("level must be 1 (A1) to 7 (native): " + level);
		}
	}

	/** {@code A1} … {@code C2}, {@code native}, or {@code none} for 0. */
	public static String label(int level) {
		return LABELS[level];
	}

}
