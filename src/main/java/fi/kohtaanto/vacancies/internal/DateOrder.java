package fi.kohtaanto.vacancies.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The order of a vacancy's dates: it cannot end before it starts, and applying cannot end after the vacancy does.
 * Any of the dates may be missing.
 */
final class DateOrder {

	private DateOrder() {
	}

	/** The fields whose date is out of order, with the message code that says why. */
	static Map<String, String> problems(@Nullable LocalDate startDate, @Nullable LocalDate applyBy,
			@Nullable LocalDate endDate) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
			problems.put("endDate", "validation.dateOrder");
		}
		if (applyBy != null && endDate != null && applyBy.isAfter(endDate)) {
			problems.put("applyBy", "vacancy.applyBy.afterEnd");
		}
		return problems;
	}

}
