package fi.kohtaanto.participation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The situation upon leaving, as the ESF+ immediate result indicators ask it. The results are not exclusive.
 *
 * @param employed in employment, including self-employment
 * @param selfEmployed of those employed, self-employed
 */
public record ExitData(LocalDate exitDate, boolean jobSearching, boolean inEducation, boolean gainedQualification,
		boolean employed, boolean selfEmployed, LeavingReason reason, @Nullable String notes) {

	/** The rules across fields and against the entry date and today; empty when the data is fine. */
	public List<Problem> problems(LocalDate entryDate, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (exitDate.isBefore(entryDate)) {
			problems.add(new Problem("exitDate", "exit.date.beforeEntry"));
		}
		else if (exitDate.isAfter(today)) {
			problems.add(new Problem("exitDate", "validation.future"));
		}
		if (selfEmployed && !employed) {
			problems.add(new Problem("selfEmployed", "exit.selfEmployed.notEmployed"));
		}
		return problems;
	}

}
