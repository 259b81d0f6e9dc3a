package fi.kohtaanto.paths;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * What a step of a path plan says. {@link #problems(LocalDate)} holds the rules a step must keep, so the web form
 * and the service check the same thing.
 *
 * @param title a short description, such as the name of the course or the workplace
 * @param endDate required once the step is done
 */
public record PathStepData(PathStepType type, @Nullable String title, OrganisationId responsible, LocalDate startDate,
		@Nullable LocalDate endDate, PathStepStatus status, @Nullable String notes) {

	/** Dates outside these years are typing mistakes, not plans. */
	public static final int FIRST_YEAR = 2000;

	public static final int LAST_YEAR = 2100;

	/** A rule the data breaks: the field it concerns and the message key. */
	public record Problem(String field, String code) {
	}

	/** The rules that concern more than one field or today's date; empty when the data is fine. */
	public List<Problem> problems(LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (outOfRange(startDate)) {
			problems.add(new Problem("startDate", "path.date.range"));
		}
		if (endDate != null && outOfRange(endDate)) {
			problems.add(new Problem("endDate", "path.date.range"));
		}
		else if (endDate != null && endDate.isBefore(startDate)) {
			problems.add(new Problem("endDate", "validation.dateOrder"));
		}
		if (status == PathStepStatus.DONE) {
			if (endDate == null) {
				problems.add(new Problem("endDate", "path.done.endRequired"));
			}
			else if (endDate.isAfter(today)) {
				problems.add(new Problem("endDate", "path.done.endInFuture"));
			}
		}
		if (status == PathStepStatus.IN_PROGRESS && startDate.isAfter(today)) {
			problems.add(new Problem("startDate", "path.inProgress.startInFuture"));
		}
		return problems;
	}

	private static boolean outOfRange(LocalDate date) {
		return date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR;
	}

}
