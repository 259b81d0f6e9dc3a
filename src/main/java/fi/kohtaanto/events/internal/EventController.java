package fi.kohtaanto.events.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.clients.Clients;
import fi.kohtaanto.events.EventData;
import fi.kohtaanto.events.EventStatus;
import fi.kohtaanto.events.EventType;
import fi.kohtaanto.events.EventView;
import fi.kohtaanto.events.LanguageLevel;
import fi.kohtaanto.events.RegistrationStatus;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.organisations.Organisations;
import fi.kohtaanto.shared.ClientId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The staff pages of events: the calendar, creating and editing, registering clients, the waiting list,
 * attendance, invitation texts and the iCalendar file.
 */
@Controller
@RequestMapping("/events")
class EventController {

	static final String VIEW_LIST = "events/list";

	static final String VIEW_FORM = "events/form";

	static final String VIEW_DETAIL = "events/detail";

	static final String VIEW_CLIENT_CHOICES = "events/detail :: clientChoices";

	private final EventService events;

	private final Clients clients;

	private final Organisations organisations;

	private final InvitationTexts invitations;

	EventController(EventService events, Clients clients, Organisations organisations, InvitationTexts invitations) {
		this.events = events;
		this.clients = clients;
		this.organisations = organisations;
		this.invitations = invitations;
	}

	@InitBinder("eventForm")
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "organisation*", "status");
	}

	@ModelAttribute
	void referenceData(Model model) {
		model.addAttribute("eventTypes", EventType.values());
		model.addAttribute("languageLevels", LanguageLevel.values());
		model.addAttribute("organisationsById", organisations.all()
			.stream()
			.collect(Collectors.toMap(OrganisationView::id, Function.identity())));
		model.addAttribute("now", Instant.now());
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(defaultValue = "false") boolean past,
			@RequestParam(required = false) @Nullable EventType type, Model model) {
		model.addAttribute("events", events.list(user, !past, type));
		model.addAttribute("past", past);
		model.addAttribute("type", type);
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String newEvent(Model model) {
		model.addAttribute("eventForm", new EventForm());
		return VIEW_FORM;
	}

	@PostMapping("/new")
	String create(CurrentUser user, @Valid @ModelAttribute("eventForm") EventForm form, BindingResult result,
			RedirectAttributes redirect) {
		validate(form, result, user);
		if (!result.hasErrors()) {
			try {
				EventView event = events.create(user, form.toData(user.organisation()));
				redirect.addFlashAttribute("flashMessage", "event.created");
				return "redirect:/events/" + event.id();
			}
			catch (EventRulesBrokenException ex) {
				reject(result, ex);
			}
		}
		return VIEW_FORM;
	}

	@GetMapping("/{id}")
	String detail(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String q, Model model,
			HttpServletRequest request) {
		EventDetails details = events.details(user, id);
		// Without JavaScript the client search reloads the page with the choices.
		model.addAttribute("q", q);
		model.addAttribute("choices", q.strip().length() < 2 ? List.of() : clients.find(user, q, 10));
		model.addAttribute("eventId", id);
		model.addAttribute("details", details);
		model.addAttribute("event", details.event());
		model.addAttribute("registered", details.registrations()
			.stream()
			.filter(registration -> registration.status() == RegistrationStatus.REGISTERED)
			.toList());
		model.addAttribute("waiting", details.registrations()
			.stream()
			.filter(registration -> registration.status() == RegistrationStatus.WAITLISTED)
			.toList());
		model.addAttribute("cancelled", details.registrations()
			.stream()
			.filter(registration -> registration.status() == RegistrationStatus.CANCELLED)
			.count());
		model.addAttribute("invitations",
				invitations.all(details.event(), publicUrl(request, "/public/events/" + id)));
		return VIEW_DETAIL;
	}

	@GetMapping("/{id}/edit")
	String edit(CurrentUser user, @PathVariable long id, Model model) {
		EventDetails details = events.details(user, id);
		if (!details.organiser()) {
			throw new fi.kohtaanto.shared.NotFoundException();
		}
		model.addAttribute("eventForm", EventForm.from(details.event()));
		model.addAttribute("eventId", id);
		return VIEW_FORM;
	}

	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("eventForm") EventForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		validate(form, result, user);
		model.addAttribute("eventId", id);
		if (!result.hasErrors()) {
			EventView event = events.find(id).orElseThrow(fi.kohtaanto.shared.NotFoundException::new);
			try {
				events.update(user, id, form.getVersion(), form.toData(event.data().organisation()));
				redirect.addFlashAttribute("flashMessage", "common.saved");
				return "redirect:/events/" + id;
			}
			catch (EventRulesBrokenException ex) {
				reject(result, ex);
			}
			catch (StaleEventException ex) {
				result.reject("event.stale");
			}
		}
		return VIEW_FORM;
	}

	@PostMapping("/{id}/status")
	String setStatus(CurrentUser user, @PathVariable long id, @RequestParam EventStatus status,
			RedirectAttributes redirect) {
		try {
			events.setStatus(user, id, status);
			redirect.addFlashAttribute("flashMessage", "event.status." + status);
		}
		catch (EventRulesBrokenException ex) {
			redirect.addFlashAttribute("flashMessage", ex.problems().get(0).code());
		}
		return "redirect:/events/" + id;
	}

	/** Clients matching the typed name, for the registration form (htmx). */
	@GetMapping("/{id}/client-choices")
	String clientChoices(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String q,
			Model model) {
		model.addAttribute("choices", q.strip().length() < 2 ? List.of() : clients.find(user, q, 10));
		model.addAttribute("eventId", id);
		return VIEW_CLIENT_CHOICES;
	}

	@PostMapping("/{id}/registrations")
	String register(CurrentUser user, @PathVariable long id, @RequestParam long clientId,
			RedirectAttributes redirect) {
		try {
			RegistrationOutcome outcome = events.registerClient(user, id, ClientId.of(clientId));
			redirect.addFlashAttribute("flashMessage", "registration." + outcome.status());
		}
		catch (EventRulesBrokenException ex) {
			redirect.addFlashAttribute("flashMessage", ex.problems().get(0).code());
		}
		return "redirect:/events/" + id + "#participants";
	}

	@PostMapping("/{id}/registrations/{registrationId}/cancel")
	String cancel(CurrentUser user, @PathVariable long id, @PathVariable long registrationId,
			RedirectAttributes redirect) {
		events.cancel(user, registrationId);
		redirect.addFlashAttribute("flashMessage", "registration.cancelled");
		return "redirect:/events/" + id + "#participants";
	}

	@PostMapping("/{id}/attendance")
	String attendance(CurrentUser user, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Map<Long, Boolean> attendance = new HashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("attended[") && name.endsWith("]")) {
				try {
					attendance.put(Long.parseLong(name.substring(9, name.length() - 1)), Boolean.parseBoolean(value));
				}
				catch (NumberFormatException ex) {
					// Not a registration of this form; ignored.
				}
			}
		});
		try {
			events.markAttendance(user, id, attendance);
			redirect.addFlashAttribute("flashMessage", "attendance.saved");
		}
		catch (EventRulesBrokenException ex) {
			redirect.addFlashAttribute("flashMessage", ex.problems().get(0).code());
		}
		return "redirect:/events/" + id + "#participants";
	}

	@GetMapping("/{id}/calendar.ics")
	ResponseEntity<String> calendar(CurrentUser user, @PathVariable long id, Locale locale,
			HttpServletRequest request) {
		EventView event = events.details(user, id).event();
		return calendarResponse(List.of(event), locale, request, "event-" + id + ".ics");
	}

	static ResponseEntity<String> calendarResponse(List<EventView> events, Locale locale, HttpServletRequest request,
			String filename) {
		String body = ICalendar.calendar(events, locale, request.getServerName(),
				publicUrl(request, "/public/events/%d"), Instant.now());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	static String publicUrl(HttpServletRequest request, String path) {
		return ServletUriComponentsBuilder.fromContextPath(request).path(path).build().toUriString();
	}

	private void validate(EventForm form, BindingResult result, CurrentUser user) {
		if (result.hasErrors()) {
			return;
		}
		form.dateProblems().forEach(problem -> result.rejectValue(problem.field(), problem.code()));
		for (EventData.Problem problem : form.toData(user.organisation()).problems()) {
			result.rejectValue(problem.field(), problem.code());
		}
	}

	private static void reject(BindingResult result, EventRulesBrokenException ex) {
		for (EventData.Problem problem : ex.problems()) {
			if (problem.field().isEmpty()) {
				result.reject(problem.code());
			}
			else {
				result.rejectValue(problem.field(), problem.code());
			}
		}
	}

}
