package fi.kohtaanto.paths.internal;

import java.time.LocalDate;

import fi.kohtaanto.paths.GuidanceMode;
import fi.kohtaanto.paths.GuidanceSessionData;
import fi.kohtaanto.shared.NoMarkup;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The form that logs a guidance session.
 */
public class SessionForm {

	@NotNull
	@PastOrPresent
	private @Nullable LocalDate heldOn = LocalDate.now();

	@NotNull
	@Min(GuidanceSessionData.MIN_MINUTES)
	@Max(GuidanceSessionData.MAX_MINUTES)
	private @Nullable Integer durationMinutes = 45;

	@NotNull
	private @Nullable GuidanceMode mode = GuidanceMode.IN_PERSON;

	private @Nullable Long pathStepId;

	@Size(max = 4000)
	@NoMarkup
	private String summary = "";

	GuidanceSessionData toData() {
		return new GuidanceSessionData(heldOn, durationMinutes, mode, pathStepId,
				summary.isBlank() ? null : summary.strip());
	}

	public @Nullable LocalDate getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(@Nullable LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public @Nullable Integer getDurationMinutes() {
		return durationMinutes;
	}

	public void setDurationMinutes(@Nullable Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public @Nullable GuidanceMode getMode() {
		return mode;
	}

	public void setMode(@Nullable GuidanceMode mode) {
		this.mode = mode;
	}

	public @Nullable Long getPathStepId() {
		return pathStepId;
	}

	public void setPathStepId(@Nullable Long pathStepId) {
		this.pathStepId = pathStepId;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary == null ? "" : summary;
	}

}
