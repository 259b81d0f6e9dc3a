package fi.kohtaanto.catalogue;

import java.util.Locale;

/**
 * A municipality of Finland by the Statistics Finland key.
 *
 * @param code three-digit municipality code, such as {@code 491} for Mikkeli
 * @param regionCode two-digit code of the region (maakunta)
 * @param subRegionCode code of the sub-region (seutukunta), the commuting area; empty if not known
 */
public record Municipality(String code, String nameFi, String nameSv, String nameEn, String regionCode,
		String subRegionCode) {

	public String name(Locale locale) {
		return switch (locale.getLanguage()) {
			case "sv" -> nameSv;
			case "en" -> nameEn;
			default -> nameFi;
		};
	}

}
