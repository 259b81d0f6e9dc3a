package fi.kohtaanto.clients;

/**
 * Labour-market status at entry, as ESF+ output indicators group participants.
 */
public enum LabourMarketStatus {

	/** Unemployed less than 12 months (6 months under 25 years of age). */
	UNEMPLOYED,
	/** Unemployed longer; counts also as unemployed in ESF+ reports. */
	LONG_TERM_UNEMPLOYED,
	/** Outside the labour force and not studying. */
	INACTIVE,
	/** Outside the labour force because of studies; inactive in ESF+ terms. */
	IN_EDUCATION,
	/** Employed, including self-employed. */
	EMPLOYED;

	public boolean unemployed() {
		return this == UNEMPLOYED || this == LONG_TERM_UNEMPLOYED;
	}

}
