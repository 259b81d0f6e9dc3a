package fi.kohtaanto.employers.internal;

import java.util.ArrayList;
import java.util.List;

import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.ConceptType;
import fi.kohtaanto.catalogue.FormRows;
import fi.kohtaanto.catalogue.LanguageRow;
import fi.kohtaanto.catalogue.Languages;
import fi.kohtaanto.employers.BusinessId;
import fi.kohtaanto.employers.NeedsSurveyData;
import fi.kohtaanto.organisations.Organisations;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The checks of the employer forms that Bean Validation cannot make alone: the business ID's check digit, codes that
 * must exist in the reference data, the rows of a needs survey, and the dates of an agreement.
 */
@Component
class EmployerFormValidator {

	private final Catalogue catalogue;

	private final Organisations organisations;

	EmployerFormValidator(Catalogue catalogue, Organisations organisations) {
		this.catalogue = catalogue;
		this.organisations = organisations;
	}

	void validate(EmployerForms.EmployerForm form, Errors errors) {
		if (!form.getBusinessId().isBlank()) {
			BusinessId.problem(form.getBusinessId())
				.ifPresent(problem -> errors.rejectValue("businessId", "employer.businessId." + problem.name()));
		}
		if (!form.getMunicipalityCode().isBlank() && catalogue.municipality(form.getMunicipalityCode()).isEmpty()) {
			errors.rejectValue("municipalityCode", "employer.municipality.unknown");
		}
	}

	void validate(EmployerForms.ContactPersonForm form, Errors errors) {
		if (!form.getPreferredLanguage().isBlank() && !Languages.isKnown(form.getPreferredLanguage())) {
			errors.rejectValue("preferredLanguage", "catalogue.row.language.unknown");
		}
	}

	/** The survey the form describes, or {@literal null} if the form has errors. */
	@Nullable
	NeedsSurveyData validate(EmployerForms.NeedsSurveyForm form, Errors errors) {
		List<FormRows.Resolved<EmployerForms.NeedRow>> rows = new ArrayList<>(FormRows.resolveConcepts(catalogue,
				form.getOccupations(), ConceptType.OCCUPATION, errors, "occupations"));
		rows.addAll(FormRows.resolveConcepts(catalogue, form.getSkills(), ConceptType.SKILL, errors, "skills"));
		List<LanguageRow> languages = FormRows.validateLanguages(form.getLanguages(), errors, "languages");
		if (errors.hasErrors()) {
			return null;
		}
		List<NeedsSurveyData.Need> needs = rows.stream().map(EmployerFormValidator::need).toList();
		return new NeedsSurveyData(form.getDate(), needs,
				languages.stream().map(EmployerFormValidator::language).toList(), form.getReadiness(),
				form.getWorkTrials(), form.getNotes());
	}

	void validate(EmployerForms.AgreementForm form, Errors errors) {
		if (form.getPartnerOrganisationId() != null
				&& organisations.find(OrganisationId.of(form.getPartnerOrganisationId())).isEmpty()) {
			errors.rejectValue("partnerOrganisationId", "agreement.partner.unknown");
		}
		if (!form.isWorkTrials() && !form.isWageSubsidy() && !form.isApprenticeships()) {
			errors.rejectValue("workTrials", "agreement.kind.required");
		}
		if (form.getPeriodStart() != null && form.getPeriodEnd() != null
				&& form.getPeriodEnd().isBefore(form.getPeriodStart())) {
			errors.rejectValue("periodEnd", "validation.dateOrder");
		}
	}

	private static NeedsSurveyData.Need need(FormRows.Resolved<EmployerForms.NeedRow> row) {
		return new NeedsSurveyData.Need(row.concept().uri(), row.row().getPeople(), row.row().getTiming());
	}

	private static NeedsSurveyData.LanguageNeed language(LanguageRow row) {
		return new NeedsSurveyData.LanguageNeed(row.getCode(), row.getLevel());
	}

}
