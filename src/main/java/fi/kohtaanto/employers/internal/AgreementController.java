package fi.kohtaanto.employers.internal;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.shared.EmployerId;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding and editing the collaboration agreements of an employer.
 */
@Controller
class AgreementController {

	static final String VIEW_FORM = "employers/agreement-form";

	private final EmployerService employers;

	private final AgreementService agreements;

	private final EmployerFormValidator validator;

	AgreementController(EmployerService employers, AgreementService agreements, EmployerFormValidator validator) {
		this.employers = employers;
		this.agreements = agreements;
		this.validator = validator;
	}

	@GetMapping("/employers/{id}/agreements/new")
	String newAgreement(CurrentUser user, @PathVariable long id, Model model) {
		EmployerForms.AgreementForm form = new EmployerForms.AgreementForm();
		form.setPartnerOrganisationId(user.organisation().value());
		return showForm(user, EmployerId.of(id), null, form, model);
	}

	@PostMapping("/employers/{id}/agreements/new")
	String create(CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") EmployerForms.AgreementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		validator.validate(form, result);
		if (result.hasErrors()) {
			return showForm(user, EmployerId.of(id), null, form, model);
		}
		agreements.add(user, EmployerId.of(id), form.toData());
		redirect.addFlashAttribute("flashMessage", "agreement.saved");
		return "redirect:/employers/" + id + "#agreements";
	}

	@GetMapping("/employers/{id}/agreements/{agreementId}/edit")
	String edit(CurrentUser user, @PathVariable long id, @PathVariable long agreementId, Model model) {
		EmployerRecords.Agreement agreement = agreements.get(user, EmployerId.of(id), agreementId);
		return showForm(user, EmployerId.of(id), agreementId, EmployerForms.AgreementForm.from(agreement.data()),
				model);
	}

	@PostMapping("/employers/{id}/agreements/{agreementId}/edit")
	String update(CurrentUser user, @PathVariable long id, @PathVariable long agreementId,
			@Valid @ModelAttribute("form") EmployerForms.AgreementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		agreements.get(user, EmployerId.of(id), agreementId);
		validator.validate(form, result);
		if (result.hasErrors()) {
			return showForm(user, EmployerId.of(id), agreementId, form, model);
		}
		agreements.update(user, EmployerId.of(id), agreementId, form.toData());
		redirect.addFlashAttribute("flashMessage", "agreement.saved");
		return "redirect:/employers/" + id + "#agreements";
	}

	private String showForm(CurrentUser user, EmployerId employer, @Nullable Long agreementId,
			EmployerForms.AgreementForm form, Model model) {
		model.addAttribute("details", employers.details(user, employer));
		model.addAttribute("agreementId", agreementId);
		model.addAttribute("form", form);
		return VIEW_FORM;
	}

}
