package fi.kohtaanto.administration;

import java.util.function.Function;
import java.util.stream.Collectors;

import fi.kohtaanto.accounts.Accounts;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.accounts.Role;
import fi.kohtaanto.accounts.UsernameTakenException;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.organisations.Organisations;
import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.UserId;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff accounts for admins ({@code /admin/**} is for admins only): the list, a new account, and turning sign-in off
 * and on. Account changes are audited like changes to any personal data.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	static final String VIEW_USERS = "administration/users";

	private final Accounts accounts;

	private final AccountAdministration administration;

	private final Organisations organisations;

	UserAdminController(Accounts accounts, AccountAdministration administration, Organisations organisations) {
		this.accounts = accounts;
		this.administration = administration;
		this.organisations = organisations;
	}

	@ModelAttribute
	void referenceData(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("organisations", organisations.all());
		model.addAttribute("organisationsById", organisations.all()
			.stream()
			.collect(Collectors.toMap(OrganisationView::id, Function.identity())));
	}

	@GetMapping
	String users(CurrentUser admin, Model model) {
		if (!model.containsAttribute("userForm")) {
			model.addAttribute("userForm", new UserForm());
		}
		model.addAttribute("users", accounts.all());
		model.addAttribute("selfId", admin.id());
		return VIEW_USERS;
	}

	@PostMapping
	String create(CurrentUser admin, @Valid @ModelAttribute("userForm") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (form.getOrganisationId() != null
				&& organisations.find(OrganisationId.of(form.getOrganisationId())).isEmpty()) {
			result.rejectValue("organisationId", "user.organisation.unknown");
		}
		if (!result.hasErrors()) {
			try {
				administration.create(admin, form.getUsername(), form.getDisplayName(),
						OrganisationId.of(form.getOrganisationId()), form.getRole(), form.getPassword());
				redirect.addFlashAttribute("flashMessage", "user.created");
				return "redirect:/admin/users";
			}
			catch (UsernameTakenException ex) {
				result.rejectValue("username", "user.username.taken");
			}
		}
		form.setPassword("");
		return users(admin, model);
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(CurrentUser admin, @PathVariable long id, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		boolean done = administration.setEnabled(admin, UserId.of(id), enabled);
		redirect.addFlashAttribute("flashMessage", !done ? "user.self" : enabled ? "user.enabled" : "user.disabled");
		return "redirect:/admin/users";
	}

}
