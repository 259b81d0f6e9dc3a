package fi.kohtaanto.employers.internal;

import java.util.Locale;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.catalogue.Languages;
import fi.kohtaanto.employers.ContactPersonData;
import fi.kohtaanto.employers.DuplicateEmployerException;
import fi.kohtaanto.employers.Industry;
import fi.kohtaanto.employers.Sector;
import fi.kohtaanto.shared.EmployerId;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employer list, registration and editing, and the employer page with contact persons and the contact history.
 */
@Controller
@RequestMapping("/employers")
class EmployerController {

	static final String VIEW_LIST = "employers/list";

	static final String VIEW_RESULTS = "employers/list :: results";

	static final String VIEW_FORM = "employers/form";

	static final String VIEW_DETAIL = "employers/detail";

	static final int PAGE_SIZE = 25;

	private final EmployerService employers;

	private final NeedsSurveyService surveys;

	private final AgreementService agreements;

	private final EmployerFormValidator validator;

	EmployerController(EmployerService employers, NeedsSurveyService surveys, AgreementService agreements,
			EmployerFormValidator validator) {
		this.employers = employers;
		this.surveys = surveys;
		this.agreements = agreements;
		this.validator = validator;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "createdBy*");
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) Industry industry, @RequestParam(required = false) String municipality,
			@RequestParam(required = false) Sector sector, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		EmployerSearch search = new EmployerSearch(q, industry, municipality, sector);
		model.addAttribute("search", search);
		model.addAttribute("results", employers.search(user, search, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return htmx != null ? VIEW_RESULTS : VIEW_LIST;
	}

	@GetMapping("/new")
	String newEmployer(Model model) {
		model.addAttribute("form", new EmployerForms.EmployerForm());
		return VIEW_FORM;
	}

	@PostMapping("/new")
	String create(CurrentUser user, @Valid @ModelAttribute("form") EmployerForms.EmployerForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		validator.validate(form, result);
		if (!result.hasErrors()) {
			try {
				EmployerId id = employers.register(user, form.toData());
				redirect.addFlashAttribute("flashMessage", "employer.created");
				return "redirect:/employers/" + id.value();
			}
			catch (DuplicateEmployerException ex) {
				duplicate(result, model, ex.existing());
			}
			catch (DuplicateKeyException ex) {
				duplicate(result, model, null);
			}
		}
		return VIEW_FORM;
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable long id, Model model, Locale locale) {
		return showDetail(user, EmployerId.of(id), model, locale);
	}

	@GetMapping("/{id}/edit")
	String edit(CurrentUser user, @PathVariable long id, Model model) {
		EmployerRecords.Details details = employers.details(user, EmployerId.of(id));
		model.addAttribute("details", details);
		model.addAttribute("form", EmployerForms.EmployerForm.from(details));
		return VIEW_FORM;
	}

	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") EmployerForms.EmployerForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		EmployerId employer = EmployerId.of(id);
		model.addAttribute("details", employers.details(user, employer));
		validator.validate(form, result);
		if (!result.hasErrors()) {
			try {
				employers.update(user, employer, form.toData(), form.getVersion());
				redirect.addFlashAttribute("flashMessage", "common.saved");
				return "redirect:/employers/" + id;
			}
			catch (DuplicateEmployerException ex) {
				duplicate(result, model, ex.existing());
			}
			catch (DuplicateKeyException ex) {
				duplicate(result, model, null);
			}
			catch (StaleEmployerException ex) {
				result.reject("employer.stale");
			}
		}
		return VIEW_FORM;
	}

	@PostMapping("/{id}/people")
	String addPerson(CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("personForm") EmployerForms.ContactPersonForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		validator.validate(form, result);
		if (result.hasErrors()) {
			return showDetail(user, EmployerId.of(id), model, locale);
		}
		employers.addContactPerson(user, EmployerId.of(id), form.toData());
		redirect.addFlashAttribute("flashMessage", "employer.person.added");
		return "redirect:/employers/" + id + "#people";
	}

	@GetMapping("/{id}/people/{personId}/edit")
	String editPerson(CurrentUser user, @PathVariable long id, @PathVariable long personId, Model model,
			Locale locale) {
		EmployerId employer = EmployerId.of(id);
		ContactPersonData person = employers.contactPerson(user, employer, personId);
		model.addAttribute("personForm", EmployerForms.ContactPersonForm.from(person));
		return showPersonForm(user, employer, personId, model, locale);
	}

	@PostMapping("/{id}/people/{personId}/edit")
	String updatePerson(CurrentUser user, @PathVariable long id, @PathVariable long personId,
			@Valid @ModelAttribute("personForm") EmployerForms.ContactPersonForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		EmployerId employer = EmployerId.of(id);
		validator.validate(form, result);
		if (result.hasErrors()) {
			return showPersonForm(user, employer, personId, model, locale);
		}
		employers.updateContactPerson(user, employer, personId, form.toData());
		redirect.addFlashAttribute("flashMessage", "employer.person.saved");
		return "redirect:/employers/" + id + "#people";
	}

	private String showPersonForm(CurrentUser user, EmployerId employer, long personId, Model model, Locale locale) {
		model.addAttribute("details", employers.details(user, employer));
		model.addAttribute("personId", personId);
		model.addAttribute("languageOptions", Languages.all(locale));
		return "employers/person-form";
	}

	@PostMapping("/{id}/people/{personId}/remove")
	String removePerson(CurrentUser user, @PathVariable long id, @PathVariable long personId,
			RedirectAttributes redirect) {
		employers.removeContactPerson(user, EmployerId.of(id), personId);
		redirect.addFlashAttribute("flashMessage", "employer.person.removed");
		return "redirect:/employers/" + id + "#people";
	}

	@PostMapping("/{id}/contacts")
	String addContact(CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("contactForm") EmployerForms.ContactForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showDetail(user, EmployerId.of(id), model, locale);
		}
		employers.recordContact(user, EmployerId.of(id), form.toData());
		redirect.addFlashAttribute("flashMessage", "employer.contact.recorded");
		return "redirect:/employers/" + id + "#contacts";
	}

	private static void duplicate(BindingResult result, Model model, @Nullable EmployerId existing) {
		result.rejectValue("businessId", "employer.businessId.duplicate");
		model.addAttribute("duplicateOf", existing);
	}

	private String showDetail(CurrentUser user, EmployerId id, Model model, Locale locale) {
		model.addAttribute("details", employers.details(user, id));
		model.addAttribute("people", employers.contactPersons(user, id));
		model.addAttribute("contacts", employers.contacts(user, id));
		model.addAttribute("surveys", surveys.list(user, id));
		model.addAttribute("agreements", agreements.list(user, id));
		if (!model.containsAttribute("personForm")) {
			model.addAttribute("personForm", new EmployerForms.ContactPersonForm());
		}
		if (!model.containsAttribute("contactForm")) {
			model.addAttribute("contactForm", new EmployerForms.ContactForm());
		}
		model.addAttribute("languageOptions", Languages.all(locale));
		return VIEW_DETAIL;
	}

}
