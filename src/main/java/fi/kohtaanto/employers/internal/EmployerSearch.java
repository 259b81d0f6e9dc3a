package fi.kohtaanto.employers.internal;

import java.util.Locale;
import java.util.Map;

import fi.kohtaanto.employers.Industry;
import fi.kohtaanto.employers.Sector;
import org.jspecify.annotations.Nullable;

/**
 * Filter of the employer list; every part is optional.
 *
 * @param text part of the name, or the beginning of the business ID
 */
record EmployerSearch(@Nullable String text, @Nullable Industry industry, @Nullable String municipalityCode,
		@Nullable Sector sector) {

	/** The SQL condition, with its parameters put into the map. */
	String where(Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where true");
		String trimmed = text == null ? "" : text.strip();
		if (!trimmed.isEmpty()) {
			where.append(" and (lower(name) like :pattern escape '\\' or business_id like :prefix escape '\\')");
			String escaped = escapeLike(trimmed.toLowerCase(Locale.ROOT));
			params.put("pattern", "%" + escaped + "%");
			params.put("prefix", escaped + "%");
		}
		if (industry != null) {
			where.append(" and industry = :industry");
			params.put("industry", industry.name());
		}
		if (municipalityCode != null && !municipalityCode.isBlank()) {
			where.append(" and municipality_code = :municipality");
			params.put("municipality", municipalityCode);
		}
		if (sector != null) {
			where.append(" and sector = :sector");
			params.put("sector", sector.name());
		}
		return where.toString();
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
