package fi.kohtaanto.clients.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fi.kohtaanto.accounts.Accounts;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.Countries;
import fi.kohtaanto.catalogue.Languages;
import fi.kohtaanto.organisations.Organisations;
import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.UserId;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The checks of the client form that Bean Validation cannot make alone: codes that must exist in the reference
 * data, languages given once each, a responsible advisor of the user's own organisation, and the intake consents.
 */
@Component
class ClientFormValidator {

	private final Catalogue catalogue;

	private final Accounts accounts;

	private final Organisations organisations;

	ClientFormValidator(Catalogue catalogue, Accounts accounts, Organisations organisations) {
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.organisations = organisations;
	}

	void validate(ClientForm form, Errors errors, CurrentUser user, boolean intake) {
		if (!form.getCitizenship().isBlank() && !Countries.isKnown(form.getCitizenship())) {
			errors.rejectValue("citizenship", "client.citizenship.unknown");
		}
		if (!form.getMunicipalityCode().isBlank() && catalogue.municipality(form.getMunicipalityCode()).isEmpty()) {
			errors.rejectValue("municipalityCode", "client.municipality.unknown");
		}
		validateLanguages(form.getOtherLanguages(), errors);
		if (form.getResponsibleUserId() != null) {
			boolean ownAdvisor = accounts.find(UserId.of(form.getResponsibleUserId()))
				.filter(candidate -> candidate.organisation().equals(user.organisation()) && candidate.enabled())
				.isPresent();
			if (!ownAdvisor) {
				errors.rejectValue("responsibleUserId", "client.responsible.invalid");
			}
		}
		if (intake) {
			if (!form.isServiceConsent()) {
				errors.rejectValue("serviceConsent", "client.consent.serviceRequired");
			}
			if (form.getConsentDate() == null && !errors.hasFieldErrors("consentDate")) {
				errors.rejectValue("consentDate", "validation.required");
			}
			for (Long organisation : form.getShareWith()) {
				if (organisation == null || organisations.find(OrganisationId.of(organisation)).isEmpty()) {
					errors.rejectValue("shareWith", "client.consent.organisationUnknown");
					break;
				}
			}
		}
	}

	private static void validateLanguages(List<ClientForm.LanguageRow> rows, Errors errors) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			ClientForm.LanguageRow row = rows.get(i);
			if (row.blank()) {
				continue;
			}
			String field = "otherLanguages[" + i + "]";
			if (row.getCode().isBlank()) {
				errors.rejectValue(field + ".code", "client.language.missing");
			}
			else if ("fi".equals(row.getCode())) {
				errors.rejectValue(field + ".code", "client.language.finnishAbove");
			}
			else if (!Languages.isKnown(row.getCode())) {
				errors.rejectValue(field + ".code", "client.language.unknown");
			}
			else if (!seen.add(row.getCode())) {
				errors.rejectValue(field + ".code", "client.language.duplicate");
			}
			if (row.getLevel() == null) {
				errors.rejectValue(field + ".level", "client.language.levelMissing");
			}
		}
	}

}
