package fi.kohtaanto.catalogue;

import java.util.Locale;

/**
 * A municipality of Finland by the Statistics Finland key.
 *
 * @param code three-digit municipality code, such as {@code 491} for Mikkeli
 * @param regionCode two-digit code of the region (maakunta)
 */
public record Municipality(String code, String nameFi, String nameSv, String nameEn, String regionCode) {

	public String name(Locale locale) {
		return switch (locale.getLanguage()) {
			case "sv" -> nameSv;
			case "en" -> nameEn;
			default -> nameFi;
		};
	}

}
