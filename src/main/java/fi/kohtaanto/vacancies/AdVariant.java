package fi.kohtaanto.vacancies;

/**
 * The three versions of a job ad: Finnish, English and plain Finnish (selkosuomi).
 */
public enum AdVariant {

	FI("fi", "Y-tunnus"), EN("en", "Business ID"), PLAIN("fi", "Y-tunnus");

	private final String languageTag;

	private final String businessIdLabel;

	AdVariant(String languageTag, String businessIdLabel) {
		this.languageTag = languageTag;
		this.businessIdLabel = businessIdLabel;
	}

	/** What the business ID is called in the ad's language. */
	public String businessIdLabel() {
		return businessIdLabel;
	}

	/** The language of the text, for the {@code lang} attribute: plain Finnish is Finnish. */
	public String languageTag() {
		return languageTag;
	}

}
