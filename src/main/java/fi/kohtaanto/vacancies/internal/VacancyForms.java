package fi.kohtaanto.vacancies.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fi.kohtaanto.catalogue.Concept;
import fi.kohtaanto.catalogue.ConceptRow;
import fi.kohtaanto.catalogue.FormRows;
import fi.kohtaanto.catalogue.LanguageRow;
import fi.kohtaanto.shared.NoMarkup;
import fi.kohtaanto.vacancies.AdSection;
import fi.kohtaanto.vacancies.LanguageRequirement;
import fi.kohtaanto.vacancies.VacancyData;
import fi.kohtaanto.vacancies.VacancyKind;
import fi.kohtaanto.vacancies.VacancyStatus;
import fi.kohtaanto.vacancies.WorkingTime;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The forms of the vacancy and job-ad pages. {@link VacancyFormValidator} makes the checks that need the catalogue
 * or several fields at once.
 */
public final class VacancyForms {

	private VacancyForms() {
	}

	static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	public static class VacancyForm {

		static final int REQUIRED_ROWS = 5;

		static final int NICE_TO_HAVE_ROWS = 4;

		static final int LANGUAGE_ROWS = 3;

		@NotNull
		private @Nullable Long employerId;

		@NotBlank
		@Size(max = 200)
		@NoMarkup
		private String title = "";

		@NotNull
		private @Nullable VacancyKind kind = VacancyKind.JOB;

		private boolean hidden;

		@NotNull
		private @Nullable VacancyStatus status = VacancyStatus.DRAFT;

		private ConceptRow occupation = new ConceptRow();

		private List<ConceptRow> requiredSkills = new ArrayList<>();

		private List<ConceptRow> niceToHaveSkills = new ArrayList<>();

		private List<LanguageRow> languages = new ArrayList<>();

		@NotBlank
		private String municipalityCode = "";

		@NotNull
		@Min(1)
		@Max(999)
		private @Nullable Integer places = 1;

		@NotNull
		private @Nullable WorkingTime workingTime = WorkingTime.FULL_TIME;

		private @Nullable LocalDate startDate;

		private @Nullable LocalDate applyBy;

		private @Nullable LocalDate endDate;

		@Size(max = 300)
		@NoMarkup
		private String applicationContact = "";

		@Size(max = 4000)
		@NoMarkup
		private String notes = "";

		private int version;

		static VacancyForm from(VacancyRecord vacancy, Map<String, Concept> concepts, Locale locale) {
			VacancyData data = vacancy.data();
			VacancyForm form = new VacancyForm();
			form.employerId = data.employer().value();
			form.title = data.title();
			form.kind = data.kind();
			form.hidden = data.hidden();
			form.status = data.status();
			form.occupation = row(data.occupationUri(), concepts, locale);
			data.requiredSkillUris().forEach(uri -> form.requiredSkills.add(row(uri, concepts, locale)));
			data.niceToHaveSkillUris().forEach(uri -> form.niceToHaveSkills.add(row(uri, concepts, locale)));
			data.languages()
				.forEach(language -> form.languages.add(new LanguageRow(language.languageCode(), language.minimum())));
			form.municipalityCode = data.municipalityCode();
			form.places = data.places();
			form.workingTime = data.workingTime();
			form.startDate = data.startDate();
			form.applyBy = data.applyBy();
			form.endDate = data.endDate();
			form.applicationContact = data.applicationContact() == null ? "" : data.applicationContact();
			form.notes = data.notes() == null ? "" : data.notes();
			form.version = vacancy.version();
			return form;
		}

		private static ConceptRow row(String uri, Map<String, Concept> concepts, Locale locale) {
			Concept concept = concepts.get(uri);
			return concept == null ? new ConceptRow(uri, uri) : ConceptRow.of(concept, locale);
		}

		VacancyForm padRows() {
			FormRows.pad(requiredSkills, REQUIRED_ROWS, ConceptRow::new);
			FormRows.pad(niceToHaveSkills, NICE_TO_HAVE_ROWS, ConceptRow::new);
			FormRows.pad(languages, LANGUAGE_ROWS, LanguageRow::new);
			return this;
		}

		VacancyData toData(String occupationUri, List<String> required, List<String> niceToHave,
				List<LanguageRequirement> languageRequirements) {
			return new VacancyData(fi.kohtaanto.shared.EmployerId.of(employerId), title, kind, hidden, status,
					occupationUri, required, niceToHave, languageRequirements, municipalityCode, places, workingTime,
					startDate, applyBy, endDate, applicationContact, notes);
		}

		public @Nullable Long getEmployerId() {
			return employerId;
		}

		public void setEmployerId(@Nullable Long employerId) {
			this.employerId = employerId;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = text(title);
		}

		public @Nullable VacancyKind getKind() {
			return kind;
		}

		public void setKind(@Nullable VacancyKind kind) {
			this.kind = kind;
		}

		public boolean isHidden() {
			return hidden;
		}

		public void setHidden(boolean hidden) {
			this.hidden = hidden;
		}

		public @Nullable VacancyStatus getStatus() {
			return status;
		}

		public void setStatus(@Nullable VacancyStatus status) {
			this.status = status;
		}

		public ConceptRow getOccupation() {
			return occupation;
		}

		public void setOccupation(ConceptRow occupation) {
			this.occupation = occupation == null ? new ConceptRow() : occupation;
		}

		public List<ConceptRow> getRequiredSkills() {
			return requiredSkills;
		}

		public void setRequiredSkills(List<ConceptRow> requiredSkills) {
			this.requiredSkills = requiredSkills == null ? new ArrayList<>() : requiredSkills;
		}

		public List<ConceptRow> getNiceToHaveSkills() {
			return niceToHaveSkills;
		}

		public void setNiceToHaveSkills(List<ConceptRow> niceToHaveSkills) {
			this.niceToHaveSkills = niceToHaveSkills == null ? new ArrayList<>() : niceToHaveSkills;
		}

		public List<LanguageRow> getLanguages() {
			return languages;
		}

		public void setLanguages(List<LanguageRow> languages) {
			this.languages = languages == null ? new ArrayList<>() : languages;
		}

		public String getMunicipalityCode() {
			return municipalityCode;
		}

		public void setMunicipalityCode(String municipalityCode) {
			this.municipalityCode = text(municipalityCode);
		}

		public @Nullable Integer getPlaces() {
			return places;
		}

		public void setPlaces(@Nullable Integer places) {
			this.places = places;
		}

		public @Nullable WorkingTime getWorkingTime() {
			return workingTime;
		}

		public void setWorkingTime(@Nullable WorkingTime workingTime) {
			this.workingTime = workingTime;
		}

		public @Nullable LocalDate getStartDate() {
			return startDate;
		}

		public void setStartDate(@Nullable LocalDate startDate) {
			this.startDate = startDate;
		}

		public @Nullable LocalDate getApplyBy() {
			return applyBy;
		}

		public void setApplyBy(@Nullable LocalDate applyBy) {
			this.applyBy = applyBy;
		}

		public @Nullable LocalDate getEndDate() {
			return endDate;
		}

		public void setEndDate(@Nullable LocalDate endDate) {
			this.endDate = endDate;
		}

		public String getApplicationContact() {
			return applicationContact;
		}

		public void setApplicationContact(String applicationContact) {
			this.applicationContact = text(applicationContact);
		}

		public String getNotes() {
			return notes;
		}

		public void setNotes(String notes) {
			this.notes = notes == null ? "" : notes;
		}

		public int getVersion() {
			return version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

	public static class TitlesForm {

		@NotBlank
		@Size(max = 200)
		@NoMarkup
		private String titleFi = "";

		@NotBlank
		@Size(max = 200)
		@NoMarkup
		private String titleEn = "";

		static TitlesForm of(JobAd.Titles titles) {
			TitlesForm form = new TitlesForm();
			form.titleFi = titles.fi();
			form.titleEn = titles.en();
			return form;
		}

		public String getTitleFi() {
			return titleFi;
		}

		public void setTitleFi(String titleFi) {
			this.titleFi = text(titleFi);
		}

		public String getTitleEn() {
			return titleEn;
		}

		public void setTitleEn(String titleEn) {
			this.titleEn = text(titleEn);
		}

	}

	/** A sentence of one's own, written in Finnish and English; the plain-Finnish text is optional. */
	public static class SentenceForm {

		@NotNull
		private @Nullable AdSection section;

		@NotBlank
		@Size(max = 500)
		@NoMarkup
		private String textFi = "";

		@NotBlank
		@Size(max = 500)
		@NoMarkup
		private String textEn = "";

		@Size(max = 500)
		@NoMarkup
		private String textPlain = "";

		public @Nullable AdSection getSection() {
			return section;
		}

		public void setSection(@Nullable AdSection section) {
			this.section = section;
		}

		public String getTextFi() {
			return textFi;
		}

		public void setTextFi(String textFi) {
			this.textFi = text(textFi);
		}

		public String getTextEn() {
			return textEn;
		}

		public void setTextEn(String textEn) {
			this.textEn = text(textEn);
		}

		public String getTextPlain() {
			return textPlain;
		}

		public void setTextPlain(String textPlain) {
			this.textPlain = text(textPlain);
		}

	}

	public static class LinkForm {

		@NotNull
		@Min(1)
		@Max(AdLinkService.MAX_DAYS)
		private @Nullable Integer days = 30;

		public @Nullable Integer getDays() {
			return days;
		}

		public void setDays(@Nullable Integer days) {
			this.days = days;
		}

	}

}
