package fi.kohtaanto.vacancies;

/**
 * The sections of a job ad, in the order the ad shows them, with their headings in the ad's three variants.
 */
public enum AdSection {

	COMPANY("Keitä olemme", "About us", "Keitä me olemme"),
	DUTIES("Tehtävä", "The job", "Mitä työssä tehdään"),
	REQUIREMENTS("Odotamme sinulta", "What we expect", "Mitä sinulta toivotaan"),
	OFFER("Tarjoamme", "What we offer", "Mitä me tarjoamme"),
	APPLY("Näin haet", "How to apply", "Näin haet työtä");

	private final String headingFi;

	private final String headingEn;

	private final String headingPlain;

	AdSection(String headingFi, String headingEn, String headingPlain) {
		this.headingFi = headingFi;
		this.headingEn = headingEn;
		this.headingPlain = headingPlain;
	}

	public String heading(AdVariant variant) {
		return switch (variant) {
			case FI -> headingFi;
			case EN -> headingEn;
			case PLAIN -> headingPlain;
		};
	}

}
