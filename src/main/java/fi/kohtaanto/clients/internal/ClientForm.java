package fi.kohtaanto.clients.internal;

import fi.kohtaanto.clients.Gender;
import fi.kohtaanto.clients.LabourMarketStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fi.kohtaanto.catalogue.CefrLevel;
import fi.kohtaanto.catalogue.IscedLevel;
import fi.kohtaanto.shared.NoMarkup;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The intake and edit form of a client. Checks that need the catalogue or the database are made by
 * {@link ClientFormValidator}.
 */
public class ClientForm {

	static final int LANGUAGE_ROWS = 4;

	@NotBlank
	@Size(max = 100)
	@NoMarkup
	private String firstName = "";

	@NotBlank
	@Size(max = 100)
	@NoMarkup
	private String lastName = "";

	@Email
	@Size(max = 200)
	@NoMarkup
	private String email = "";

	@Pattern(regexp = "^$|^\\+?[0-9][0-9 ()-]{4,24}$", message = "{validation.phone}")
	private String phone = "";

	@NotNull
	@BirthYear
	private @Nullable Integer birthYear;

	@NotNull
	private @Nullable Gender gender;

	@NotNull
	private @Nullable LabourMarketStatus labourMarketStatus;

	@NotNull
	private @Nullable IscedLevel iscedLevel;

	@NotBlank
	private String citizenship = "";

	private boolean foreignBackground = true;

	@NotBlank
	private String municipalityCode = "";

	@NotNull
	@PastOrPresent
	private @Nullable LocalDate entryDate = LocalDate.now();

	@Size(max = 4000)
	@NoMarkup
	private String serviceNeeds = "";

	/** The first day the client can start work; empty: at once. */
	private @Nullable LocalDate availableFrom;

	private boolean willingToRelocate;

	/** Finnish comes first and separately: it is what employers ask about first. Empty means no Finnish. */
	private @Nullable CefrLevel finnishLevel;

	@Valid
	private List<LanguageRow> otherLanguages = new ArrayList<>();

	private @Nullable Long responsibleUserId;

	private int version;

	// Intake only: the consents given when the client is registered.
	private boolean serviceConsent;

	private List<Long> shareWith = new ArrayList<>();

	private boolean employerVisible;

	private boolean researchStatistics;

	@PastOrPresent
	private @Nullable LocalDate consentDate = LocalDate.now();

	/** One row of the other-languages table; a row without a language is ignored. */
	public static class LanguageRow {

		private String code = "";

		private @Nullable CefrLevel level;

		LanguageRow() {
		}

		LanguageRow(String code, @Nullable CefrLevel level) {
			this.code = code;
			this.level = level;
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code == null ? "" : code.strip();
		}

		public @Nullable CefrLevel getLevel() {
			return level;
		}

		public void setLevel(@Nullable CefrLevel level) {
			this.level = level;
		}

		boolean blank() {
			return code.isBlank() && level == null;
		}

	}

	static ClientForm from(ClientData data, int version, @Nullable Long responsibleUserId) {
		ClientForm form = new ClientForm();
		form.firstName = data.firstName();
		form.lastName = data.lastName();
		form.email = data.email() == null ? "" : data.email();
		form.phone = data.phone() == null ? "" : data.phone();
		form.birthYear = data.birthYear();
		form.gender = data.gender();
		form.labourMarketStatus = data.labourMarketStatus();
		form.iscedLevel = data.iscedLevel();
		form.citizenship = data.citizenship();
		form.foreignBackground = data.foreignBackground();
		form.municipalityCode = data.municipalityCode();
		form.entryDate = data.entryDate();
		form.serviceNeeds = data.serviceNeeds() == null ? "" : data.serviceNeeds();
		form.availableFrom = data.availableFrom();
		form.willingToRelocate = data.willingToRelocate();
		for (LanguageSkill language : data.languages()) {
			if ("fi".equals(language.languageCode())) {
				form.finnishLevel = language.level();
			}
			else {
				form.otherLanguages.add(new LanguageRow(language.languageCode(), language.level()));
			}
		}
		form.version = version;
		form.responsibleUserId = responsibleUserId;
		return form;
	}

	/** Adds empty language rows so that the form always offers a few. */
	ClientForm padLanguageRows() {
		while (otherLanguages.size() < LANGUAGE_ROWS) {
			otherLanguages.add(new LanguageRow());
		}
		return this;
	}

	/** The validated form as data; Finnish first, then the other languages in the order given. */
	ClientData toData() {
		List<LanguageSkill> languages = new ArrayList<>();
		if (finnishLevel != null) {
			languages.add(new LanguageSkill("fi", finnishLevel));
		}
		for (LanguageRow row : otherLanguages) {
			if (!row.blank()) {
				languages.add(new LanguageSkill(row.code, row.level));
			}
		}
		return new ClientData(firstName.strip(), lastName.strip(), blankToNull(email), blankToNull(phone), birthYear,
				gender, labourMarketStatus, iscedLevel, citizenship, foreignBackground, municipalityCode, entryDate,
				blankToNull(serviceNeeds), languages, availableFrom, willingToRelocate);
	}

	private static @Nullable String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	// Accessors for data binding.

	public String getFirstName() {
		return firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? "" : email.strip();
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone == null ? "" : phone.strip();
	}

	public @Nullable Integer getBirthYear() {
		return birthYear;
	}

	public void setBirthYear(@Nullable Integer birthYear) {
		this.birthYear = birthYear;
	}

	public @Nullable Gender getGender() {
		return gender;
	}

	public void setGender(@Nullable Gender gender) {
		this.gender = gender;
	}

	public @Nullable LabourMarketStatus getLabourMarketStatus() {
		return labourMarketStatus;
	}

	public void setLabourMarketStatus(@Nullable LabourMarketStatus labourMarketStatus) {
		this.labourMarketStatus = labourMarketStatus;
	}

	public @Nullable IscedLevel getIscedLevel() {
		return iscedLevel;
	}

	public void setIscedLevel(@Nullable IscedLevel iscedLevel) {
		this.iscedLevel = iscedLevel;
	}

	public String getCitizenship() {
		return citizenship;
	}

	public void setCitizenship(String citizenship) {
		this.citizenship = citizenship == null ? "" : citizenship.strip();
	}

	public boolean isForeignBackground() {
		return foreignBackground;
	}

	public void setForeignBackground(boolean foreignBackground) {
		this.foreignBackground = foreignBackground;
	}

	public String getMunicipalityCode() {
		return municipalityCode;
	}

	public void setMunicipalityCode(String municipalityCode) {
		this.municipalityCode = municipalityCode == null ? "" : municipalityCode.strip();
	}

	public @Nullable LocalDate getEntryDate() {
		return entryDate;
	}

	public void setEntryDate(@Nullable LocalDate entryDate) {
		this.entryDate = entryDate;
	}

	public String getServiceNeeds() {
		return serviceNeeds;
	}

	public void setServiceNeeds(String serviceNeeds) {
		this.serviceNeeds = serviceNeeds == null ? "" : serviceNeeds;
	}

	public @Nullable LocalDate getAvailableFrom() {
		return availableFrom;
	}

	public void setAvailableFrom(@Nullable LocalDate availableFrom) {
		this.availableFrom = availableFrom;
	}

	public boolean isWillingToRelocate() {
		return willingToRelocate;
	}

	public void setWillingToRelocate(boolean willingToRelocate) {
		this.willingToRelocate = willingToRelocate;
	}

	public @Nullable CefrLevel getFinnishLevel() {
		return finnishLevel;
	}

	public void setFinnishLevel(@Nullable CefrLevel finnishLevel) {
		this.finnishLevel = finnishLevel;
	}

	public List<LanguageRow> getOtherLanguages() {
		return otherLanguages;
	}

	public void setOtherLanguages(List<LanguageRow> otherLanguages) {
		this.otherLanguages = otherLanguages == null ? new ArrayList<>() : otherLanguages;
	}

	public @Nullable Long getResponsibleUserId() {
		return responsibleUserId;
	}

	public void setResponsibleUserId(@Nullable Long responsibleUserId) {
		this.responsibleUserId = responsibleUserId;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public boolean isServiceConsent() {
		return serviceConsent;
	}

	public void setServiceConsent(boolean serviceConsent) {
		this.serviceConsent = serviceConsent;
	}

	public List<Long> getShareWith() {
		return shareWith;
	}

	public void setShareWith(List<Long> shareWith) {
		this.shareWith = shareWith == null ? new ArrayList<>() : shareWith;
	}

	public boolean isEmployerVisible() {
		return employerVisible;
	}

	public void setEmployerVisible(boolean employerVisible) {
		this.employerVisible = employerVisible;
	}

	public boolean isResearchStatistics() {
		return researchStatistics;
	}

	public void setResearchStatistics(boolean researchStatistics) {
		this.researchStatistics = researchStatistics;
	}

	public @Nullable LocalDate getConsentDate() {
		return consentDate;
	}

	public void setConsentDate(@Nullable LocalDate consentDate) {
		this.consentDate = consentDate;
	}

}
