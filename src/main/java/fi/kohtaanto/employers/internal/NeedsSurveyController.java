package fi.kohtaanto.employers.internal;

import java.time.LocalDate;
import java.util.Locale;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.catalogue.Languages;
import fi.kohtaanto.employers.Industry;
import fi.kohtaanto.employers.NeedsSurveyData;
import fi.kohtaanto.shared.EmployerId;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Needs surveys of an employer, and the coordinators' summary of the surveys across employers.
 */
@Controller
class NeedsSurveyController {

	static final String VIEW_FORM = "employers/survey-form";

	static final String VIEW_SURVEY = "employers/survey";

	static final String VIEW_SUMMARY = "employers/needs-summary";

	private final EmployerService employers;

	private final NeedsSurveyService surveys;

	private final EmployerFormValidator validator;

	NeedsSurveyController(EmployerService employers, NeedsSurveyService surveys, EmployerFormValidator validator) {
		this.employers = employers;
		this.surveys = surveys;
		this.validator = validator;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		// The rows are padded to a fixed number; a posted index far beyond that is not a real form.
		binder.setAutoGrowCollectionLimit(20);
	}

	@GetMapping("/employers/{id}/surveys/new")
	String newSurvey(CurrentUser user, @PathVariable long id, Model model, Locale locale) {
		return showForm(user, EmployerId.of(id), new EmployerForms.NeedsSurveyForm(), model, locale);
	}

	@PostMapping("/employers/{id}/surveys/new")
	String create(CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") EmployerForms.NeedsSurveyForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		NeedsSurveyData survey = validator.validate(form, result);
		if (survey == null || result.hasErrors()) {
			return showForm(user, EmployerId.of(id), form, model, locale);
		}
		long surveyId = surveys.record(user, EmployerId.of(id), survey);
		redirect.addFlashAttribute("flashMessage", "survey.recorded");
		return "redirect:/employers/" + id + "/surveys/" + surveyId;
	}

	@GetMapping("/employers/{id}/surveys/{surveyId}")
	String show(CurrentUser user, @PathVariable long id, @PathVariable long surveyId, Model model, Locale locale) {
		EmployerId employer = EmployerId.of(id);
		EmployerRecords.Survey survey = surveys.get(user, employer, surveyId);
		model.addAttribute("details", employers.details(user, employer));
		model.addAttribute("survey", survey);
		model.addAttribute("languageOptions", Languages.all(locale));
		return VIEW_SURVEY;
	}

	@GetMapping("/employers/needs")
	String summary(CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String municipality, @RequestParam(required = false) Industry industry,
			Model model, Locale locale) {
		if (!user.isCoordinator()) {
			throw new AccessDeniedException("Coordinators only");
		}
		LocalDate end = to == null ? LocalDate.now() : to;
		LocalDate start = from == null ? end.minusYears(1) : from;
		boolean reversed = start.isAfter(end);
		NeedsSurveyService.Filter filter = new NeedsSurveyService.Filter(reversed ? end : start,
				reversed ? start : end, municipality, industry);
		model.addAttribute("filter", filter);
		model.addAttribute("reversed", reversed);
		model.addAttribute("summary", surveys.summary(user, filter));
		model.addAttribute("languageOptions", Languages.all(locale));
		return VIEW_SUMMARY;
	}

	private String showForm(CurrentUser user, EmployerId employer, EmployerForms.NeedsSurveyForm form, Model model,
			Locale locale) {
		model.addAttribute("details", employers.details(user, employer));
		model.addAttribute("form", form.padRows());
		model.addAttribute("languageOptions", Languages.all(locale));
		return VIEW_FORM;
	}

}
