package fi.kohtaanto.vacancies.internal;

import java.util.Locale;
import java.util.Map;

import fi.kohtaanto.vacancies.VacancyKind;
import fi.kohtaanto.vacancies.VacancyStatus;
import org.jspecify.annotations.Nullable;

/**
 * Filter of the vacancy list; every part is optional.
 *
 * @param visibility {@code hidden} or {@code advertised}
 */
record VacancySearch(@Nullable String text, @Nullable Long employer, @Nullable VacancyKind kind,
		@Nullable VacancyStatus status, @Nullable String visibility) {

	/** The SQL condition, with its parameters put into the map. */
	String where(Map<String, Object> params) {
		StringBuilder where = new StringBuilder("true");
		String trimmed = text == null ? "" : text.strip();
		if (!trimmed.isEmpty()) {
			where.append(" and lower(title) like :pattern escape '\\'");
			params.put("pattern", "%" + trimmed.toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%");
		}
		if (employer != null) {
			where.append(" and employer_id = :employer");
			params.put("employer", employer);
		}
		if (kind != null) {
			where.append(" and kind = :kind");
			params.put("kind", kind.name());
		}
		if (status != null) {
			where.append(" and status = :status");
			params.put("status", status.name());
		}
		if ("hidden".equals(visibility)) {
			where.append(" and hidden");
		}
		else if ("advertised".equals(visibility)) {
			where.append(" and not hidden");
		}
		return where.toString();
	}

}
