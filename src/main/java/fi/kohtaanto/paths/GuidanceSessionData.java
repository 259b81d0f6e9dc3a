package fi.kohtaanto.paths;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A guidance session to log; the advisor and their organisation are the user who logs it.
 *
 * @param pathStepId a step of the same client's plan, or {@literal null}
 */
public record GuidanceSessionData(LocalDate heldOn, int durationMinutes, GuidanceMode mode, @Nullable Long pathStepId,
		@Nullable String summary) {

	public static final int MIN_MINUTES = 5;

	public static final int MAX_MINUTES = 480;

}
