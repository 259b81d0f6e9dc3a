package fi.kohtaanto.clients;

import java.time.LocalDate;
import java.util.List;

import fi.kohtaanto.catalogue.CefrLevel;
import fi.kohtaanto.catalogue.IscedLevel;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A client registered by another module (demo data, imports), with the consents given at intake. The caller has
 * validated the values as the intake form does; the service consent is implied.
 *
 * @param languages Finnish first if the client speaks it
 * @param occupationUris ESCO occupations of the client's work history
 * @param skillUris ESCO skills of the client
 */
public record ClientRegistration(String firstName, String lastName, @Nullable String email, @Nullable String phone,
		int birthYear, Gender gender, LabourMarketStatus labourMarketStatus, IscedLevel iscedLevel, String citizenship,
		boolean foreignBackground, String municipalityCode, LocalDate entryDate, @Nullable String serviceNeeds,
		List<Language> languages, List<String> occupationUris, List<String> skillUris, LocalDate consentDate,
		List<OrganisationId> shareWith, boolean employerVisible, boolean researchStatistics) {

	public record Language(String code, CefrLevel level) {
	}

}
