package fi.kohtaanto.paths.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.organisations.Organisations;
import fi.kohtaanto.paths.GuidanceMode;
import fi.kohtaanto.paths.GuidanceSessionView;
import fi.kohtaanto.paths.PathStepData;
import fi.kohtaanto.paths.PathStepStatus;
import fi.kohtaanto.paths.PathStepType;
import fi.kohtaanto.paths.PathStepView;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The path plan page of a client: the timeline of steps, adding and editing steps, and the guidance session log.
 * {@code /clients/**} is for advisors and coordinators; which client a user may see is the service's decision.
 */
@Controller
@RequestMapping("/clients/{clientId}/path")
class PathController {

	static final String VIEW_PLAN = "paths/plan";

	static final String VIEW_STEP_FORM = "paths/step";

	private final PathService paths;

	private final Organisations organisations;

	PathController(PathService paths, Organisations organisations) {
		this.paths = paths;
		this.organisations = organisations;
	}

	/** One line of the timeline: a step, or the marker of today between past and future steps. */
	record TimelineEntry(@Nullable PathStepView step, boolean today) {
	}

	/** How many steps of the plan have a status, for the summary line. */
	record StatusCount(PathStepStatus status, long count) {

		StatusCount(Map.Entry<PathStepStatus, Long> entry) {
			this(entry.getKey(), entry.getValue());
		}

	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "client*");
	}

	@ModelAttribute
	void referenceData(Model model) {
		model.addAttribute("stepTypes", PathStepType.values());
		model.addAttribute("stepStatuses", PathStepStatus.values());
		model.addAttribute("guidanceModes", GuidanceMode.values());
		List<OrganisationView> all = organisations.all();
		model.addAttribute("organisations", all);
		model.addAttribute("organisationsById",
				all.stream().collect(Collectors.toMap(OrganisationView::id, Function.identity())));
	}

	@GetMapping
	String plan(CurrentUser user, @PathVariable long clientId, Model model) {
		return showPlan(user, ClientId.of(clientId), model);
	}

	@PostMapping("/steps")
	String addStep(CurrentUser user, @PathVariable long clientId, @Valid @ModelAttribute("stepForm") PathStepForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ClientId client = ClientId.of(clientId);
		validate(form, result);
		if (result.hasErrors()) {
			return showPlan(user, client, model);
		}
		try {
			paths.add(user, client, form.toData());
		}
		catch (PathPlanFullException ex) {
			result.reject("path.full");
			return showPlan(user, client, model);
		}
		redirect.addFlashAttribute("flashMessage", "path.step.added");
		return redirectToPlan(clientId, "timeline");
	}

	@GetMapping("/steps/{stepId}/edit")
	String editStep(CurrentUser user, @PathVariable long clientId, @PathVariable long stepId, Model model) {
		PathStepView step = paths.step(user, ClientId.of(clientId), stepId);
		model.addAttribute("stepForm", PathStepForm.from(step));
		return showStepForm(clientId, stepId, model);
	}

	@PostMapping("/steps/{stepId}/edit")
	String updateStep(CurrentUser user, @PathVariable long clientId, @PathVariable long stepId,
			@Valid @ModelAttribute("stepForm") PathStepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ClientId client = ClientId.of(clientId);
		validate(form, result);
		if (!result.hasErrors()) {
			try {
				paths.update(user, client, stepId, form.getVersion(), form.toData());
				redirect.addFlashAttribute("flashMessage", "common.saved");
				return redirectToPlan(clientId, "step-" + stepId);
			}
			catch (StalePathStepException ex) {
				result.reject("path.stale");
			}
		}
		// The step must still be one the user may see before the form is shown again.
		paths.step(user, client, stepId);
		return showStepForm(clientId, stepId, model);
	}

	@PostMapping("/steps/{stepId}/status")
	String changeStatus(CurrentUser user, @PathVariable long clientId, @PathVariable long stepId,
			@RequestParam PathStepStatus status, RedirectAttributes redirect) {
		try {
			paths.changeStatus(user, ClientId.of(clientId), stepId, status, LocalDate.now());
			redirect.addFlashAttribute("flashMessage", "path.status.changed");
		}
		catch (StalePathStepException ex) {
			redirect.addFlashAttribute("flashMessage", "path.stale");
		}
		return redirectToPlan(clientId, "step-" + stepId);
	}

	@PostMapping("/steps/{stepId}/remove")
	String removeStep(CurrentUser user, @PathVariable long clientId, @PathVariable long stepId,
			RedirectAttributes redirect) {
		paths.remove(user, ClientId.of(clientId), stepId);
		redirect.addFlashAttribute("flashMessage", "path.step.removed");
		return redirectToPlan(clientId, "timeline");
	}

	@PostMapping("/sessions")
	String logSession(CurrentUser user, @PathVariable long clientId,
			@Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ClientId client = ClientId.of(clientId);
		if (!result.hasErrors()) {
			try {
				paths.logSession(user, client, form.toData());
			}
			catch (UnknownPathStepException ex) {
				result.rejectValue("pathStepId", "path.session.stepUnknown");
			}
		}
		if (result.hasErrors()) {
			return showPlan(user, client, model);
		}
		redirect.addFlashAttribute("flashMessage", "path.session.logged");
		return redirectToPlan(clientId, "sessions");
	}

	@PostMapping("/sessions/{sessionId}/remove")
	String removeSession(CurrentUser user, @PathVariable long clientId, @PathVariable long sessionId,
			RedirectAttributes redirect) {
		paths.removeSession(user, ClientId.of(clientId), sessionId);
		redirect.addFlashAttribute("flashMessage", "path.session.removed");
		return redirectToPlan(clientId, "sessions");
	}

	/** Checks what Bean Validation cannot: the organisation exists, and the rules across fields. */
	private void validate(PathStepForm form, BindingResult result) {
		if (form.getResponsibleOrganisationId() != null
				&& organisations.find(OrganisationId.of(form.getResponsibleOrganisationId())).isEmpty()) {
			result.rejectValue("responsibleOrganisationId", "path.organisation.unknown");
		}
		if (!result.hasErrors()) {
			for (PathStepData.Problem problem : form.toData().problems(LocalDate.now())) {
				result.rejectValue(problem.field(), problem.code());
			}
		}
	}

	private String showPlan(CurrentUser user, ClientId client, Model model) {
		PathPage page = paths.page(user, client);
		LocalDate today = LocalDate.now();
		model.addAttribute("page", page);
		model.addAttribute("timeline", timeline(page.steps(), today));
		Map<PathStepStatus, Long> counts = new EnumMap<>(PathStepStatus.class);
		page.steps().forEach(step -> counts.merge(step.data().status(), 1L, Long::sum));
		model.addAttribute("statusCounts", counts.entrySet().stream().map(StatusCount::new).toList());
		model.addAttribute("sessionMinutes",
				page.sessions().stream().mapToInt(GuidanceSessionView::durationMinutes).sum());
		model.addAttribute("stepsById",
				page.steps().stream().collect(Collectors.toMap(PathStepView::id, Function.identity())));
		if (!model.containsAttribute("stepForm")) {
			PathStepForm form = new PathStepForm();
			form.setResponsibleOrganisationId(user.organisation().value());
			form.setStartDate(today);
			model.addAttribute("stepForm", form);
		}
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", new SessionForm());
		}
		return VIEW_PLAN;
	}

	private String showStepForm(long clientId, long stepId, Model model) {
		model.addAttribute("clientId", clientId);
		model.addAttribute("stepId", stepId);
		return VIEW_STEP_FORM;
	}

	/** The steps in order with the today marker before the first step that starts after today. */
	static List<TimelineEntry> timeline(List<PathStepView> steps, LocalDate today) {
		List<TimelineEntry> entries = new ArrayList<>();
		boolean marked = false;
		for (PathStepView step : steps) {
			if (!marked && step.data().startDate().isAfter(today)) {
				entries.add(new TimelineEntry(null, true));
				marked = true;
			}
			entries.add(new TimelineEntry(step, false));
		}
		if (!marked && !steps.isEmpty()) {
			entries.add(new TimelineEntry(null, true));
		}
		return entries;
	}

	private static String redirectToPlan(long clientId, String anchor) {
		return "redirect:/clients/" + clientId + "/path#" + anchor;
	}

}
