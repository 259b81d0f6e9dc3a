package fi.kohtaanto.employers.internal;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.CefrLevel;
import fi.kohtaanto.catalogue.Languages;
import fi.kohtaanto.employers.ContactKind;
import fi.kohtaanto.employers.HiringReadiness;
import fi.kohtaanto.employers.HiringTiming;
import fi.kohtaanto.employers.Industry;
import fi.kohtaanto.employers.InstructorTraining;
import fi.kohtaanto.employers.Sector;
import fi.kohtaanto.employers.SizeClass;
import fi.kohtaanto.employers.WorkTrialWillingness;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.organisations.Organisations;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The choices and names every employer page needs.
 */
@ControllerAdvice(assignableTypes = { EmployerController.class, NeedsSurveyController.class,
		AgreementController.class })
class EmployerModelAdvice {

	private final Catalogue catalogue;

	private final Organisations organisations;

	EmployerModelAdvice(Catalogue catalogue, Organisations organisations) {
		this.catalogue = catalogue;
		this.organisations = organisations;
	}

	@ModelAttribute
	void referenceData(Model model, Locale locale) {
		model.addAttribute("industries", Industry.values());
		model.addAttribute("sizeClasses", SizeClass.values());
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("contactKinds", ContactKind.values());
		model.addAttribute("timings", HiringTiming.values());
		model.addAttribute("readinessLevels", HiringReadiness.values());
		model.addAttribute("workTrialAnswers", WorkTrialWillingness.values());
		model.addAttribute("instructorTrainings", InstructorTraining.values());
		model.addAttribute("cefrLevels", CefrLevel.values());
		model.addAttribute("municipalities", catalogue.municipalities());
		model.addAttribute("municipalityNames", catalogue.municipalityNames(locale));
		model.addAttribute("languageNames", Languages.names(locale));
		model.addAttribute("organisations", organisations.all());
		model.addAttribute("organisationsById", organisations.all()
			.stream()
			.collect(Collectors.toMap(OrganisationView::id, Function.identity())));
	}

}
