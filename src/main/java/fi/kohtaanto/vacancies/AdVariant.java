package fi.kohtaanto.vacancies;

/**
 * The three versions of a job ad: Finnish, English and plain Finnish (selkosuomi).
 */
public enum AdVariant {

	FI("fi"), EN("en"), PLAIN("fi");

	private final String languageTag;

	AdVariant(String languageTag) {
		this.languageTag = languageTag;
	}

	/** The language of the text, for the {@code lang} attribute: plain Finnish is Finnish. */
	public String languageTag() {
		return languageTag;
	}

}
