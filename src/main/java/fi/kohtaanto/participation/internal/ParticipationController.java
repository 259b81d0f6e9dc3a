package fi.kohtaanto.participation.internal;

import java.time.LocalDate;
import java.util.List;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.participation.LeavingReason;
import fi.kohtaanto.participation.Problem;
import fi.kohtaanto.participation.RulesBrokenException;
import fi.kohtaanto.shared.ClientId;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participation page of a client (exit and six-month follow-up) and the list of follow-ups falling due.
 */
@Controller
class ParticipationController {

	static final String VIEW_PAGE = "participation/page";

	static final String VIEW_DUE = "participation/due";

	private final ParticipationService participation;

	ParticipationController(ParticipationService participation) {
		this.participation = participation;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("client*", "owner*");
	}

	@ModelAttribute
	void referenceData(Model model) {
		model.addAttribute("reasons", LeavingReason.values());
	}

	@GetMapping("/clients/{clientId}/participation")
	String page(CurrentUser user, @PathVariable long clientId, Model model) {
		return show(user, ClientId.of(clientId), model);
	}

	@PostMapping("/clients/{clientId}/participation/exit")
	String saveExit(CurrentUser user, @PathVariable long clientId, @Valid @ModelAttribute("exitForm") ExitForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ClientId client = ClientId.of(clientId);
		if (!result.hasErrors()) {
			try {
				participation.saveExit(user, client, form.toData(), form.getVersion());
				redirect.addFlashAttribute("flashMessage", "exit.saved");
				return "redirect:/clients/" + clientId + "/participation";
			}
			catch (RulesBrokenException ex) {
				reject(result, ex.problems());
			}
			catch (StaleExitException ex) {
				result.reject("exit.stale");
			}
		}
		return show(user, client, model);
	}

	@PostMapping("/clients/{clientId}/participation/exit/remove")
	String removeExit(CurrentUser user, @PathVariable long clientId, RedirectAttributes redirect) {
		participation.removeExit(user, ClientId.of(clientId));
		redirect.addFlashAttribute("flashMessage", "exit.removed");
		return "redirect:/clients/" + clientId + "/participation";
	}

	@PostMapping("/clients/{clientId}/participation/follow-up")
	String saveFollowUp(CurrentUser user, @PathVariable long clientId,
			@Valid @ModelAttribute("followUpForm") FollowUpForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ClientId client = ClientId.of(clientId);
		if (!result.hasErrors()) {
			try {
				participation.recordFollowUp(user, client, form.toData());
				redirect.addFlashAttribute("flashMessage", "followUp.saved");
				return "redirect:/clients/" + clientId + "/participation";
			}
			catch (RulesBrokenException ex) {
				reject(result, ex.problems());
			}
		}
		return show(user, client, model);
	}

	@GetMapping("/participation/follow-ups")
	String due(CurrentUser user, Model model) {
		model.addAttribute("due", participation.dueFollowUps(user, LocalDate.now()));
		model.addAttribute("remindDays", ParticipationService.REMIND_DAYS_BEFORE);
		return VIEW_DUE;
	}

	private static void reject(BindingResult result, List<Problem> problems) {
		for (Problem problem : problems) {
			if (problem.field().isEmpty()) {
				result.reject(problem.code());
			}
			else {
				result.rejectValue(problem.field(), problem.code());
			}
		}
	}

	private String show(CurrentUser user, ClientId client, Model model) {
		ParticipationPage page = participation.page(user, client);
		model.addAttribute("page", page);
		model.addAttribute("today", LocalDate.now());
		if (!model.containsAttribute("exitForm")) {
			model.addAttribute("exitForm", page.record() == null ? new ExitForm() : ExitForm.from(page.record()));
		}
		if (!model.containsAttribute("followUpForm")) {
			model.addAttribute("followUpForm",
					page.record() != null && page.record().followUp() != null
							? FollowUpForm.from(page.record().followUp()) : new FollowUpForm());
		}
		return VIEW_PAGE;
	}

}
