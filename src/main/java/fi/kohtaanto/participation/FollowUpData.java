package fi.kohtaanto.participation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The situation six months after leaving, as the ESF+ longer-term result indicators ask it. A participant who
 * could not be reached has no answers.
 *
 * @param employed in employment, including self-employment; {@literal null} exactly when not reached
 * @param improvedSituation an improved labour-market situation: from precarious to stable work, from under- to full
 * employment, or a job that needs higher skills
 */
public record FollowUpData(LocalDate followedUpOn, boolean reached, @Nullable Boolean employed,
		@Nullable Boolean selfEmployed, @Nullable Boolean improvedSituation, @Nullable Boolean inEducation,
		@Nullable String notes) {

	/** How early before the six months a follow-up may be made, for a client who is easier to reach then. */
	public static final int MONTHS_EARLY_ALLOWED = 1;

	/** The rules across fields and against the exit date and today; empty when the data is fine. */
	public List<Problem> problems(LocalDate exitDate, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (followedUpOn.isBefore(Participation.dueDate(exitDate).minusMonths(MONTHS_EARLY_ALLOWED))) {
			problems.add(new Problem("followedUpOn", "followUp.date.tooEarly"));
		}
		else if (followedUpOn.isAfter(today)) {
			problems.add(new Problem("followedUpOn", "validation.future"));
		}
		if (reached && employed == null) {
			problems.add(new Problem("employed", "followUp.employed.required"));
		}
		if (Boolean.TRUE.equals(selfEmployed) && !Boolean.TRUE.equals(employed)) {
			problems.add(new Problem("selfEmployed", "exit.selfEmployed.notEmployed"));
		}
		return problems;
	}

	/** The answers as stored: none when the participant was not reached. */
	public FollowUpData normalised() {
		if (!reached) {
			return new FollowUpData(followedUpOn, false, null, null, null, null, notes);
		}
		return new FollowUpData(followedUpOn, true, employed, Boolean.TRUE.equals(selfEmployed),
				Boolean.TRUE.equals(improvedSituation), Boolean.TRUE.equals(inEducation), notes);
	}

}
