package fi.kohtaanto.events.internal;

import java.time.Instant;
import java.util.Locale;

import fi.kohtaanto.events.EventView;
import fi.kohtaanto.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public pages of events that take self-registration: the list, an event with its registration form, the
 * confirmation with a link that cancels the registration, and the calendar feed. No login; {@code /public/**} is
 * open.
 */
@Controller
@RequestMapping("/public/events")
class PublicEventController {

	static final String VIEW_LIST = "events/public-list";

	static final String VIEW_EVENT = "events/public-event";

	static final String VIEW_REGISTERED = "events/public-registered";

	static final String VIEW_CANCEL = "events/public-cancel";

	private final EventService events;

	PublicEventController(EventService events) {
		this.events = events;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("events", events.publicEvents());
		return VIEW_LIST;
	}

	@GetMapping("/calendar.ics")
	ResponseEntity<String> calendar(Locale locale, HttpServletRequest request) {
		return EventController.calendarResponse(events.publicEvents(), locale, request, "kohtaanto-events.ics");
	}

	@GetMapping("/{id}")
	String event(@PathVariable long id, Model model) {
		return showEvent(events.publicEvent(id), new SelfRegistrationForm(), model);
	}

	@GetMapping("/{id}/calendar.ics")
	ResponseEntity<String> eventCalendar(@PathVariable long id, Locale locale, HttpServletRequest request) {
		return EventController.calendarResponse(java.util.List.of(events.publicEvent(id)), locale, request,
				"event-" + id + ".ics");
	}

	@PostMapping("/{id}/register")
	String register(@PathVariable long id, @Valid @ModelAttribute("form") SelfRegistrationForm form,
			BindingResult result, Model model, HttpServletRequest request) {
		EventView event = events.publicEvent(id);
		if (!result.hasErrors()) {
			try {
				RegistrationOutcome outcome = events.registerSelf(id, form.toRegistration());
				model.addAttribute("event", event);
				model.addAttribute("outcome", outcome);
				model.addAttribute("cancelUrl",
						EventController.publicUrl(request, "/public/events/cancel/" + outcome.cancelToken()));
				return VIEW_REGISTERED;
			}
			catch (EventRulesBrokenException ex) {
				result.reject(ex.problems().get(0).code());
			}
		}
		return showEvent(event, form, model);
	}

	@GetMapping("/cancel/{token}")
	String confirmCancel(@PathVariable String token, Model model) {
		RegistrationView registration = events.byToken(token).orElseThrow(NotFoundException::new);
		model.addAttribute("event", events.find(registration.eventId()).orElseThrow());
		model.addAttribute("registration", registration);
		model.addAttribute("token", token);
		return VIEW_CANCEL;
	}

	@PostMapping("/cancel/{token}")
	String cancel(@PathVariable String token, Model model) {
		RegistrationView registration = events.byToken(token).orElseThrow(NotFoundException::new);
		events.cancelByToken(token);
		model.addAttribute("event", events.find(registration.eventId()).orElseThrow());
		model.addAttribute("cancelledNow", true);
		return VIEW_CANCEL;
	}

	private String showEvent(EventView event, SelfRegistrationForm form, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("form", form);
		model.addAttribute("open", event.openAt(Instant.now()));
		return VIEW_EVENT;
	}

}
