package fi.kohtaanto.vacancies;

import fi.kohtaanto.catalogue.CefrLevel;

/**
 * A language a vacancy requires, at least at the given level.
 *
 * @param languageCode ISO 639 code, such as {@code fi}
 */
public record LanguageRequirement(String languageCode, CefrLevel minimum) {
}
