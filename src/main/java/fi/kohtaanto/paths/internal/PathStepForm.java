package fi.kohtaanto.paths.internal;

import java.time.LocalDate;

import fi.kohtaanto.paths.PathStepData;
import fi.kohtaanto.paths.PathStepStatus;
import fi.kohtaanto.paths.PathStepType;
import fi.kohtaanto.paths.PathStepView;
import fi.kohtaanto.shared.NoMarkup;
import fi.kohtaanto.shared.OrganisationId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The form that adds or edits a step of a path plan. The rules across fields are {@link PathStepData#problems}.
 */
public class PathStepForm {

	@NotNull
	private @Nullable PathStepType type;

	@Size(max = 200)
	@NoMarkup
	private String title = "";

	@NotNull
	private @Nullable Long responsibleOrganisationId;

	@NotNull
	private @Nullable LocalDate startDate;

	private @Nullable LocalDate endDate;

	@NotNull
	private @Nullable PathStepStatus status = PathStepStatus.PLANNED;

	@Size(max = 2000)
	@NoMarkup
	private String notes = "";

	private int version;

	static PathStepForm from(PathStepView step) {
		PathStepForm form = new PathStepForm();
		PathStepData data = step.data();
		form.type = data.type();
		form.title = data.title() == null ? "" : data.title();
		form.responsibleOrganisationId = data.responsible().value();
		form.startDate = data.startDate();
		form.endDate = data.endDate();
		form.status = data.status();
		form.notes = data.notes() == null ? "" : data.notes();
		form.version = step.version();
		return form;
	}

	/** The form as data; call only when Bean Validation found no errors. */
	PathStepData toData() {
		return new PathStepData(type, blankToNull(title), OrganisationId.of(responsibleOrganisationId), startDate,
				endDate, status, blankToNull(notes));
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

	public @Nullable PathStepType getType() {
		return type;
	}

	public void setType(@Nullable PathStepType type) {
		this.type = type;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title == null ? "" : title.strip();
	}

	public @Nullable Long getResponsibleOrganisationId() {
		return responsibleOrganisationId;
	}

	public void setResponsibleOrganisationId(@Nullable Long responsibleOrganisationId) {
		this.responsibleOrganisationId = responsibleOrganisationId;
	}

	public @Nullable LocalDate getStartDate() {
		return startDate;
	}

	public void setStartDate(@Nullable LocalDate startDate) {
		this.startDate = startDate;
	}

	public @Nullable LocalDate getEndDate() {
		return endDate;
	}

	public void setEndDate(@Nullable LocalDate endDate) {
		this.endDate = endDate;
	}

	public @Nullable PathStepStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable PathStepStatus status) {
		this.status = status;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes == null ? "" : notes;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
