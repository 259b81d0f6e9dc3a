package fi.kohtaanto.vacancies.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.Concept;
import fi.kohtaanto.catalogue.ConceptRow;
import fi.kohtaanto.catalogue.ConceptType;
import fi.kohtaanto.catalogue.FormRows;
import fi.kohtaanto.employers.Employers;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.vacancies.LanguageRequirement;
import fi.kohtaanto.vacancies.VacancyData;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The checks of the vacancy form that Bean Validation cannot make alone: the employer, the occupation and skills in
 * the catalogue, the languages, the municipality and the order of the dates.
 */
@Component
class VacancyFormValidator {

	private final Catalogue catalogue;

	private final Employers employers;

	VacancyFormValidator(Catalogue catalogue, Employers employers) {
		this.catalogue = catalogue;
		this.employers = employers;
	}

	/** The vacancy the form describes, or {@literal null} if the form has errors. */
	@Nullable
	VacancyData validate(VacancyForms.VacancyForm form, Errors errors) {
		if (form.getEmployerId() != null && employers.find(EmployerId.of(form.getEmployerId())).isEmpty()) {
			errors.rejectValue("employerId", "vacancy.employer.unknown");
		}
		if (!form.getMunicipalityCode().isBlank() && catalogue.municipality(form.getMunicipalityCode()).isEmpty()) {
			errors.rejectValue("municipalityCode", "vacancy.municipality.unknown");
		}
		Optional<Concept> occupation = FormRows.resolveConcept(catalogue, form.getOccupation(), ConceptType.OCCUPATION,
				errors, "occupation");
		if (form.getOccupation().blank()) {
			errors.rejectValue("occupation.uriText", "vacancy.occupation.required");
		}
		List<String> required = uris(FormRows.resolveConcepts(catalogue, form.getRequiredSkills(), ConceptType.SKILL,
				errors, "requiredSkills"));
		List<FormRows.Resolved<ConceptRow>> niceToHave = FormRows.resolveConcepts(catalogue,
				form.getNiceToHaveSkills(), ConceptType.SKILL, errors, "niceToHaveSkills");
		Set<String> requiredSet = Set.copyOf(required);
		for (FormRows.Resolved<ConceptRow> row : niceToHave) {
			if (requiredSet.contains(row.concept().uri())) {
				errors.rejectValue("niceToHaveSkills[" + form.getNiceToHaveSkills().indexOf(row.row()) + "].uriText",
						"vacancy.skill.alreadyRequired");
			}
		}
		List<LanguageRequirement> languages = FormRows.validateLanguages(form.getLanguages(), errors, "languages")
			.stream()
			.map(row -> new LanguageRequirement(row.getCode(), row.getLevel()))
			.toList();
		DateOrder.problems(form.getStartDate(), form.getApplyBy(), form.getEndDate())
			.forEach((field, code) -> {
				if (!errors.hasFieldErrors(field)) {
					errors.rejectValue(field, code);
				}
			});
		if (errors.hasErrors() || occupation.isEmpty()) {
			return null;
		}
		return form.toData(occupation.get().uri(), required, uris(niceToHave), languages);
	}

	private static List<String> uris(List<FormRows.Resolved<ConceptRow>> rows) {
		return rows.stream().map(row -> row.concept().uri()).collect(Collectors.toList());
	}

}
