package fi.kohtaanto.catalogue;

/**
 * Level of education by ISCED 2011. ESF+ reports group them as 0–2, 3–4 and 5–8.
 */
public enum IscedLevel {

	ISCED_0(0), ISCED_1(1), ISCED_2(2), ISCED_3(3), ISCED_4(4), ISCED_5(5), ISCED_6(6), ISCED_7(7), ISCED_8(8);

	private final int level;

	IscedLevel(int level) {
		this.level = level;
	}

	public int level() {
		return level;
	}

	/** The ESF+ reporting group: {@code 0-2}, {@code 3-4} or {@code 5-8}. */
	public String esfGroup() {
		return level <= 2 ? "0-2" : level <= 4 ? "3-4" : "5-8";
	}

}
