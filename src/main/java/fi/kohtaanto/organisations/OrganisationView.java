package fi.kohtaanto.organisations;

import java.util.Locale;

import fi.kohtaanto.shared.OrganisationId;

/**
 * An organisation of the network as other modules see it.
 */
public record OrganisationView(OrganisationId id, String shortName, String nameFi, String nameSv, String nameEn) {

	/** The name in the language of the page, Finnish when no translation fits. */
	public String name(Locale locale) {
		return switch (locale.getLanguage()) {
			case "sv" -> nameSv;
			case "en" -> nameEn;
			default -> nameFi;
		};
	}

}
