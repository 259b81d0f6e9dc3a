package fi.kohtaanto.catalogue;

/**
 * Language proficiency on the Common European Framework of Reference, plus mother tongue.
 */
public enum CefrLevel {

	A1, A2, B1, B2, C1, C2, NATIVE;

	/** True if this level is at least the required one. */
	public boolean meets(CefrLevel required) {
		return ordinal() >= required.ordinal();
	}

}
