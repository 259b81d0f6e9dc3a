package fi.kohtaanto.vacancies.internal;

import java.util.Locale;

import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.CefrLevel;
import fi.kohtaanto.catalogue.Languages;
import fi.kohtaanto.vacancies.AdSection;
import fi.kohtaanto.vacancies.AdVariant;
import fi.kohtaanto.vacancies.VacancyKind;
import fi.kohtaanto.vacancies.VacancyStatus;
import fi.kohtaanto.vacancies.WorkingTime;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The choices and names the vacancy and job-ad pages need.
 */
@ControllerAdvice(assignableTypes = { VacancyController.class, JobAdController.class, PublicJobController.class })
class VacancyModelAdvice {

	private final Catalogue catalogue;

	VacancyModelAdvice(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@ModelAttribute
	void referenceData(Model model, Locale locale) {
		model.addAttribute("kinds", VacancyKind.values());
		model.addAttribute("statuses", VacancyStatus.values());
		model.addAttribute("workingTimes", WorkingTime.values());
		model.addAttribute("sections", AdSection.values());
		model.addAttribute("variants", AdVariant.values());
		model.addAttribute("cefrLevels", CefrLevel.values());
		model.addAttribute("municipalities", catalogue.municipalities());
		model.addAttribute("municipalityNames", catalogue.municipalityNames(locale));
		model.addAttribute("languageOptions", Languages.all(locale));
		model.addAttribute("languageNames", Languages.names(locale));
	}

}
