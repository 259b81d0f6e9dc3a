package fi.kohtaanto.employers.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fi.kohtaanto.catalogue.ConceptRow;
import fi.kohtaanto.catalogue.FormRows;
import fi.kohtaanto.catalogue.LanguageRow;
import fi.kohtaanto.employers.AgreementData;
import fi.kohtaanto.employers.ContactData;
import fi.kohtaanto.employers.ContactKind;
import fi.kohtaanto.employers.ContactPersonData;
import fi.kohtaanto.employers.EmployerData;
import fi.kohtaanto.employers.EmployerView;
import fi.kohtaanto.employers.HiringReadiness;
import fi.kohtaanto.employers.HiringTiming;
import fi.kohtaanto.employers.Industry;
import fi.kohtaanto.employers.InstructorTraining;
import fi.kohtaanto.employers.Sector;
import fi.kohtaanto.employers.SizeClass;
import fi.kohtaanto.employers.WorkTrialWillingness;
import fi.kohtaanto.shared.NoMarkup;
import fi.kohtaanto.shared.OrganisationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The forms of the employer pages. Bean Validation checks each field; {@link EmployerFormValidator} makes the checks
 * that need the business ID algorithm, the catalogue or several fields at once.
 */
public final class EmployerForms {

	static final String PHONE = "^$|^\\+?[0-9][0-9 ()-]{4,24}$";

	private EmployerForms() {
	}

	static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	public static class EmployerForm {

		@NotBlank
		@Size(max = 200)
		@NoMarkup
		private String name = "";

		@NotBlank
		private String businessId = "";

		@NotNull
		private @Nullable Industry industry;

		@NotNull
		private @Nullable SizeClass sizeClass;

		@NotNull
		private @Nullable Sector sector;

		@NotBlank
		private String municipalityCode = "";

		private int version;

		static EmployerForm from(EmployerRecords.Details details) {
			EmployerView view = details.view();
			EmployerForm form = new EmployerForm();
			form.name = view.name();
			form.businessId = view.businessId();
			form.industry = view.industry();
			form.sizeClass = view.sizeClass();
			form.sector = view.sector();
			form.municipalityCode = view.municipalityCode();
			form.version = details.version();
			return form;
		}

		EmployerData toData() {
			return new EmployerData(name.strip(), businessId.strip(), industry, sizeClass, sector, municipalityCode);
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = text(name);
		}

		public String getBusinessId() {
			return businessId;
		}

		public void setBusinessId(String businessId) {
			this.businessId = text(businessId);
		}

		public @Nullable Industry getIndustry() {
			return industry;
		}

		public void setIndustry(@Nullable Industry industry) {
			this.industry = industry;
		}

		public @Nullable SizeClass getSizeClass() {
			return sizeClass;
		}

		public void setSizeClass(@Nullable SizeClass sizeClass) {
			this.sizeClass = sizeClass;
		}

		public @Nullable Sector getSector() {
			return sector;
		}

		public void setSector(@Nullable Sector sector) {
			this.sector = sector;
		}

		public String getMunicipalityCode() {
			return municipalityCode;
		}

		public void setMunicipalityCode(String municipalityCode) {
			this.municipalityCode = text(municipalityCode);
		}

		public int getVersion() {
			return version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

	public static class ContactPersonForm {

		@NotBlank
		@Size(max = 120)
		@NoMarkup
		private String name = "";

		@Size(max = 120)
		@NoMarkup
		private String title = "";

		@Email
		@Size(max = 200)
		@NoMarkup
		private String email = "";

		@Pattern(regexp = PHONE, message = "{validation.phone}")
		private String phone = "";

		private String preferredLanguage = "";

		static ContactPersonForm from(ContactPersonData data) {
			ContactPersonForm form = new ContactPersonForm();
			form.setName(data.name());
			form.setTitle(data.title());
			form.setEmail(data.email());
			form.setPhone(data.phone());
			form.setPreferredLanguage(data.preferredLanguage());
			return form;
		}

		ContactPersonData toData() {
			return new ContactPersonData(name, EmployerService.blankToNull(title), EmployerService.blankToNull(email),
					EmployerService.blankToNull(phone), EmployerService.blankToNull(preferredLanguage));
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = text(name);
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = text(title);
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = text(email);
		}

		public String getPhone() {
			return phone;
		}

		public void setPhone(String phone) {
			this.phone = text(phone);
		}

		public String getPreferredLanguage() {
			return preferredLanguage;
		}

		public void setPreferredLanguage(String preferredLanguage) {
			this.preferredLanguage = text(preferredLanguage);
		}

	}

	public static class ContactForm {

		@NotNull
		@PastOrPresent
		private @Nullable LocalDate date = LocalDate.now();

		@NotNull
		private @Nullable ContactKind kind;

		@NotBlank
		@Size(max = 200)
		@NoMarkup
		private String topic = "";

		@Size(max = 4000)
		@NoMarkup
		private String notes = "";

		ContactData toData() {
			return new ContactData(date, kind, topic, notes);
		}

		public @Nullable LocalDate getDate() {
			return date;
		}

		public void setDate(@Nullable LocalDate date) {
			this.date = date;
		}

		public @Nullable ContactKind getKind() {
			return kind;
		}

		public void setKind(@Nullable ContactKind kind) {
			this.kind = kind;
		}

		public String getTopic() {
			return topic;
		}

		public void setTopic(String topic) {
			this.topic = text(topic);
		}

		public String getNotes() {
			return notes;
		}

		public void setNotes(String notes) {
			this.notes = notes == null ? "" : notes;
		}

	}

	/** An occupation or skill row of the needs survey: the concept picker, how many people, and when. */
	public static class NeedRow extends ConceptRow {

		@NotNull
		@Min(1)
		@Max(999)
		private @Nullable Integer people = 1;

		@NotNull
		private @Nullable HiringTiming timing = HiringTiming.NOW;

		public @Nullable Integer getPeople() {
			return people;
		}

		public void setPeople(@Nullable Integer people) {
			this.people = people;
		}

		public @Nullable HiringTiming getTiming() {
			return timing;
		}

		public void setTiming(@Nullable HiringTiming timing) {
			this.timing = timing;
		}

	}

	public static class NeedsSurveyForm {

		static final int OCCUPATION_ROWS = 4;

		static final int SKILL_ROWS = 4;

		static final int LANGUAGE_ROWS = 3;

		@NotNull
		@PastOrPresent
		private @Nullable LocalDate date = LocalDate.now();

		@Valid
		private List<NeedRow> occupations = new ArrayList<>();

		@Valid
		private List<NeedRow> skills = new ArrayList<>();

		private List<LanguageRow> languages = new ArrayList<>();

		@NotNull
		private @Nullable HiringReadiness readiness;

		@NotNull
		private @Nullable WorkTrialWillingness workTrials;

		@Size(max = 4000)
		@NoMarkup
		private String notes = "";

		NeedsSurveyForm padRows() {
			FormRows.pad(occupations, OCCUPATION_ROWS, NeedRow::new);
			FormRows.pad(skills, SKILL_ROWS, NeedRow::new);
			FormRows.pad(languages, LANGUAGE_ROWS, LanguageRow::new);
			return this;
		}

		public @Nullable LocalDate getDate() {
			return date;
		}

		public void setDate(@Nullable LocalDate date) {
			this.date = date;
		}

		public List<NeedRow> getOccupations() {
			return occupations;
		}

		public void setOccupations(List<NeedRow> occupations) {
			this.occupations = occupations == null ? new ArrayList<>() : occupations;
		}

		public List<NeedRow> getSkills() {
			return skills;
		}

		public void setSkills(List<NeedRow> skills) {
			this.skills = skills == null ? new ArrayList<>() : skills;
		}

		public List<LanguageRow> getLanguages() {
			return languages;
		}

		public void setLanguages(List<LanguageRow> languages) {
			this.languages = languages == null ? new ArrayList<>() : languages;
		}

		public @Nullable HiringReadiness getReadiness() {
			return readiness;
		}

		public void setReadiness(@Nullable HiringReadiness readiness) {
			this.readiness = readiness;
		}

		public @Nullable WorkTrialWillingness getWorkTrials() {
			return workTrials;
		}

		public void setWorkTrials(@Nullable WorkTrialWillingness workTrials) {
			this.workTrials = workTrials;
		}

		public String getNotes() {
			return notes;
		}

		public void setNotes(String notes) {
			this.notes = notes == null ? "" : notes;
		}

	}

	public static class AgreementForm {

		@NotNull
		private @Nullable Long partnerOrganisationId;

		private boolean workTrials;

		private boolean wageSubsidy;

		private boolean apprenticeships;

		@NotNull
		@Min(0)
		@Max(999)
		private @Nullable Integer places = 1;

		@Size(max = 2000)
		@NoMarkup
		private String tasks = "";

		@NotNull
		private @Nullable InstructorTraining instructorTraining;

		@NotNull
		private @Nullable LocalDate periodStart;

		private @Nullable LocalDate periodEnd;

		@PastOrPresent
		private @Nullable LocalDate signedOn;

		@Size(max = 4000)
		@NoMarkup
		private String notes = "";

		static AgreementForm from(AgreementData data) {
			AgreementForm form = new AgreementForm();
			form.partnerOrganisationId = data.partner().value();
			form.workTrials = data.workTrials();
			form.wageSubsidy = data.wageSubsidy();
			form.apprenticeships = data.apprenticeships();
			form.places = data.places();
			form.tasks = data.tasks() == null ? "" : data.tasks();
			form.instructorTraining = data.instructorTraining();
			form.periodStart = data.periodStart();
			form.periodEnd = data.periodEnd();
			form.signedOn = data.signedOn();
			form.notes = data.notes() == null ? "" : data.notes();
			return form;
		}

		AgreementData toData() {
			return new AgreementData(OrganisationId.of(partnerOrganisationId), workTrials, wageSubsidy,
					apprenticeships, places, tasks, instructorTraining, periodStart, periodEnd, signedOn, notes);
		}

		public @Nullable Long getPartnerOrganisationId() {
			return partnerOrganisationId;
		}

		public void setPartnerOrganisationId(@Nullable Long partnerOrganisationId) {
			this.partnerOrganisationId = partnerOrganisationId;
		}

		public boolean isWorkTrials() {
			return workTrials;
		}

		public void setWorkTrials(boolean workTrials) {
			this.workTrials = workTrials;
		}

		public boolean isWageSubsidy() {
			return wageSubsidy;
		}

		public void setWageSubsidy(boolean wageSubsidy) {
			this.wageSubsidy = wageSubsidy;
		}

		public boolean isApprenticeships() {
			return apprenticeships;
		}

		public void setApprenticeships(boolean apprenticeships) {
			this.apprenticeships = apprenticeships;
		}

		public @Nullable Integer getPlaces() {
			return places;
		}

		public void setPlaces(@Nullable Integer places) {
			this.places = places;
		}

		public String getTasks() {
			return tasks;
		}

		public void setTasks(String tasks) {
			this.tasks = tasks == null ? "" : tasks;
		}

		public @Nullable InstructorTraining getInstructorTraining() {
			return instructorTraining;
		}

		public void setInstructorTraining(@Nullable InstructorTraining instructorTraining) {
			this.instructorTraining = instructorTraining;
		}

		public @Nullable LocalDate getPeriodStart() {
			return periodStart;
		}

		public void setPeriodStart(@Nullable LocalDate periodStart) {
			this.periodStart = periodStart;
		}

		public @Nullable LocalDate getPeriodEnd() {
			return periodEnd;
		}

		public void setPeriodEnd(@Nullable LocalDate periodEnd) {
			this.periodEnd = periodEnd;
		}

		public @Nullable LocalDate getSignedOn() {
			return signedOn;
		}

		public void setSignedOn(@Nullable LocalDate signedOn) {
			this.signedOn = signedOn;
		}

		public String getNotes() {
			return notes;
		}

		public void setNotes(String notes) {
			this.notes = notes == null ? "" : notes;
		}

	}

}
