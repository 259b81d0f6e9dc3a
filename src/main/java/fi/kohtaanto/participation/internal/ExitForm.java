package fi.kohtaanto.participation.internal;

import java.time.LocalDate;

import fi.kohtaanto.participation.ExitData;
import fi.kohtaanto.participation.LeavingReason;
import fi.kohtaanto.participation.ParticipationRecord;
import fi.kohtaanto.shared.NoMarkup;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The form that records or edits a client's exit.
 */
public class ExitForm {

	@NotNull
	private @Nullable LocalDate exitDate = LocalDate.now();

	private boolean jobSearching;

	private boolean inEducation;

	private boolean gainedQualification;

	private boolean employed;

	private boolean selfEmployed;

	@NotNull
	private @Nullable LeavingReason reason;

	@Size(max = 1000)
	@NoMarkup
	private String notes = "";

	/** The version of the exit the user saw; empty for a new exit. */
	private @Nullable Integer version;

	static ExitForm from(ParticipationRecord record) {
		ExitData exit = record.exit();
		ExitForm form = new ExitForm();
		form.exitDate = exit.exitDate();
		form.jobSearching = exit.jobSearching();
		form.inEducation = exit.inEducation();
		form.gainedQualification = exit.gainedQualification();
		form.employed = exit.employed();
		form.selfEmployed = exit.selfEmployed();
		form.reason = exit.reason();
		form.notes = exit.notes() == null ? "" : exit.notes();
		form.version = record.version();
		return form;
	}

	/** The form as data; call only when Bean Validation found no errors. */
	ExitData toData() {
		return new ExitData(exitDate, jobSearching, inEducation, gainedQualification, employed, selfEmployed, reason,
				notes.isBlank() ? null : notes.strip());
	}

	public @Nullable LocalDate getExitDate() {
		return exitDate;
	}

	public void setExitDate(@Nullable LocalDate exitDate) {
		this.exitDate = exitDate;
	}

	public boolean isJobSearching() {
		return jobSearching;
	}

	public void setJobSearching(boolean jobSearching) {
		this.jobSearching = jobSearching;
	}

	public boolean isInEducation() {
		return inEducation;
	}

	public void setInEducation(boolean inEducation) {
		this.inEducation = inEducation;
	}

	public boolean isGainedQualification() {
		return gainedQualification;
	}

	public void setGainedQualification(boolean gainedQualification) {
		this.gainedQualification = gainedQualification;
	}

	public boolean isEmployed() {
		return employed;
	}

	public void setEmployed(boolean employed) {
		this.employed = employed;
	}

	public boolean isSelfEmployed() {
		return selfEmployed;
	}

	public void setSelfEmployed(boolean selfEmployed) {
		this.selfEmployed = selfEmployed;
	}

	public @Nullable LeavingReason getReason() {
		return reason;
	}

	public void setReason(@Nullable LeavingReason reason) {
		this.reason = reason;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes == null ? "" : notes;
	}

	public @Nullable Integer getVersion() {
		return version;
	}

	public void setVersion(@Nullable Integer version) {
		this.version = version;
	}

}
