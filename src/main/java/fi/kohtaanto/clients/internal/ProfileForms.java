package fi.kohtaanto.clients.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import fi.kohtaanto.catalogue.IscedLevel;
import fi.kohtaanto.consent.ConsentPurpose;
import fi.kohtaanto.shared.NoMarkup;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The small forms of the client page.
 */
public final class ProfileForms {

	private ProfileForms() {
	}

	/** Adds an ESCO occupation or skill chosen with the concept picker. */
	public static class ConceptForm {

		private String uri = "";

		/** What the user typed; resolved to a concept when no suggestion was picked (no JavaScript). */
		@Size(max = 200)
		private String uriText = "";

		@DecimalMin("0.0")
		@DecimalMax("60.0")
		@Digits(integer = 2, fraction = 1)
		private @Nullable BigDecimal years;

		public String getUri() {
			return uri;
		}

		public void setUri(String uri) {
			this.uri = uri == null ? "" : uri.strip();
		}

		public String getUriText() {
			return uriText;
		}

		public void setUriText(String uriText) {
			this.uriText = uriText == null ? "" : uriText.strip();
		}

		public @Nullable BigDecimal getYears() {
			return years;
		}

		public void setYears(@Nullable BigDecimal years) {
			this.years = years;
		}

	}

	public static class EducationForm {

		@NotNull
		private @Nullable IscedLevel iscedLevel;

		@NotBlank
		@Size(max = 200)
		@NoMarkup
		private String title = "";

		@Size(max = 200)
		@NoMarkup
		private String institution = "";

		private String country = "";

		@Min(1950)
		@Max(2100)
		private @Nullable Integer completedYear;

		public @Nullable IscedLevel getIscedLevel() {
			return iscedLevel;
		}

		public void setIscedLevel(@Nullable IscedLevel iscedLevel) {
			this.iscedLevel = iscedLevel;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title == null ? "" : title.strip();
		}

		public String getInstitution() {
			return institution;
		}

		public void setInstitution(String institution) {
			this.institution = institution == null ? "" : institution.strip();
		}

		public String getCountry() {
			return country;
		}

		public void setCountry(String country) {
			this.country = country == null ? "" : country.strip();
		}

		public @Nullable Integer getCompletedYear() {
			return completedYear;
		}

		public void setCompletedYear(@Nullable Integer completedYear) {
			this.completedYear = completedYear;
		}

	}

	public static class ConsentForm {

		@NotNull
		private @Nullable ConsentPurpose purpose;

		private @Nullable Long organisationId;

		@NotNull
		@PastOrPresent
		private @Nullable LocalDate givenOn = LocalDate.now();

		public @Nullable ConsentPurpose getPurpose() {
			return purpose;
		}

		public void setPurpose(@Nullable ConsentPurpose purpose) {
			this.purpose = purpose;
		}

		public @Nullable Long getOrganisationId() {
			return organisationId;
		}

		public void setOrganisationId(@Nullable Long organisationId) {
			this.organisationId = organisationId;
		}

		public @Nullable LocalDate getGivenOn() {
			return givenOn;
		}

		public void setGivenOn(@Nullable LocalDate givenOn) {
			this.givenOn = givenOn;
		}

	}

}
