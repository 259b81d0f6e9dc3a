package fi.kohtaanto.catalogue;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An ESCO occupation or skill (or one of the built-in demo taxonomy, which uses the same URIs).
 *
 * @param uri the ESCO concept URI, stable across ESCO versions and the key other modules store
 * @param labelEn preferred English label
 * @param labelFi preferred Finnish label, if ESCO has one
 * @param iscoCode ISCO-08 unit group of an occupation
 * @param skillType {@code skill/competence} or {@code knowledge} for a skill
 */
public record Concept(String uri, ConceptType type, String labelEn, @Nullable String labelFi,
		@Nullable String iscoCode, @Nullable String skillType) {

	/** The label in the page's language: Finnish where ESCO has it, otherwise English (ESCO has no Swedish here). */
	public String label(Locale locale) {
		if ("fi".equals(locale.getLanguage()) && labelFi != null && !labelFi.isBlank()) {
			return labelFi;
		}
		return labelEn;
	}

	/** The label in the other language, for showing both side by side. */
	public @Nullable String otherLabel(Locale locale) {
		String other = "fi".equals(locale.getLanguage()) ? labelEn : labelFi;
		return other == null || other.equals(label(locale)) ? null : other;
	}

}
