package fi.kohtaanto.clients.internal;

import fi.kohtaanto.clients.LabourMarketStatus;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the client list; empty parts do not filter.
 */
public record ClientSearch(@Nullable String text, @Nullable LabourMarketStatus status, @Nullable String municipalityCode) {

	static final int MAX_TEXT = 100;

	/** The search text as a LIKE pattern over lower-case names, with wildcards in the text taken literally. */
	@Nullable
	String namePattern() {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.strip().toLowerCase(java.util.Locale.ROOT);
		if (trimmed.length() > MAX_TEXT) {
			trimmed = trimmed.substring(0, MAX_TEXT);
		}
		String escaped = trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped.replaceAll("\\s+", "%") + "%";
	}

}
