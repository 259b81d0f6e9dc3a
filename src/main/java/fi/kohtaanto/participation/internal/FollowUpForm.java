package fi.kohtaanto.participation.internal;

import java.time.LocalDate;

import fi.kohtaanto.participation.FollowUpData;
import fi.kohtaanto.shared.NoMarkup;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The form of the six-month follow-up.
 */
public class FollowUpForm {

	@NotNull
	private @Nullable LocalDate followedUpOn = LocalDate.now();

	@NotNull
	private @Nullable Boolean reached;

	private @Nullable Boolean employed;

	private boolean selfEmployed;

	private boolean improvedSituation;

	private boolean inEducation;

	@Size(max = 1000)
	@NoMarkup
	private String notes = "";

	static FollowUpForm from(FollowUpData data) {
		FollowUpForm form = new FollowUpForm();
		form.followedUpOn = data.followedUpOn();
		form.reached = data.reached();
		form.employed = data.employed();
		form.selfEmployed = Boolean.TRUE.equals(data.selfEmployed());
		form.improvedSituation = Boolean.TRUE.equals(data.improvedSituation());
		form.inEducation = Boolean.TRUE.equals(data.inEducation());
		form.notes = data.notes() == null ? "" : data.notes();
		return form;
	}

	/** The form as data; call only when Bean Validation found no errors. */
	FollowUpData toData() {
		return new FollowUpData(followedUpOn, Boolean.TRUE.equals(reached), employed, selfEmployed, improvedSituation,
				inEducation, notes.isBlank() ? null : notes.strip());
	}

	public @Nullable LocalDate getFollowedUpOn() {
		return followedUpOn;
	}

	public void setFollowedUpOn(@Nullable LocalDate followedUpOn) {
		this.followedUpOn = followedUpOn;
	}

	public @Nullable Boolean getReached() {
		return reached;
	}

	public void setReached(@Nullable Boolean reached) {
		this.reached = reached;
	}

	public @Nullable Boolean getEmployed() {
		return employed;
	}

	public void setEmployed(@Nullable Boolean employed) {
		this.employed = employed;
	}

	public boolean isSelfEmployed() {
		return selfEmployed;
	}

	public void setSelfEmployed(boolean selfEmployed) {
		this.selfEmployed = selfEmployed;
	}

	public boolean isImprovedSituation() {
		return improvedSituation;
	}

	public void setImprovedSituation(boolean improvedSituation) {
		this.improvedSituation = improvedSituation;
	}

	public boolean isInEducation() {
		return inEducation;
	}

	public void setInEducation(boolean inEducation) {
		this.inEducation = inEducation;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes == null ? "" : notes;
	}

}
