package fi.kohtaanto.employers;

/**
 * Size of an employer by its personnel, as the EU defines small and medium-sized enterprises (the ESF+ SME
 * indicator counts micro, small and medium companies).
 */
public enum SizeClass {

	/** Fewer than 10 persons. */
	MICRO,
	/** 10–49 persons. */
	SMALL,
	/** 50–249 persons. */
	MEDIUM,
	/** 250 persons or more. */
	LARGE;

	public boolean sme() {
		return this != LARGE;
	}

}
