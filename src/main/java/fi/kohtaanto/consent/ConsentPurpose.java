package fi.kohtaanto.consent;

/**
 * What a client consents to.
 */
public enum ConsentPurpose {

	/** Processing of the client's data for guidance by the organisation that registered them. */
	SERVICE(false),

	/** Sharing the client's record with one named organisation of the network. */
	SHARE_WITH_ORGANISATION(true),

	/** Showing an anonymised profile to employers and matching it to vacancies. */
	EMPLOYER_VISIBLE(false),

	/** Use of the client's data for research and statistics beyond mandatory ESF+ reporting. */
	RESEARCH_STATISTICS(false);

	private final boolean needsOrganisation;

	ConsentPurpose(boolean needsOrganisation) {
		this.needsOrganisation = needsOrganisation;
	}

	/** Whether a consent of this purpose names the organisation it is given to. */
	public boolean needsOrganisation() {
		return needsOrganisation;
	}

}
