package fi.kohtaanto.events.internal;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.clients.ClientRef;
import fi.kohtaanto.clients.Clients;
import fi.kohtaanto.employers.EmployerView;
import fi.kohtaanto.employers.Employers;
import fi.kohtaanto.events.EventData;
import fi.kohtaanto.events.EventView;
import fi.kohtaanto.events.meetmatch.MeetMatchInputException;
import fi.kohtaanto.matching.Matching;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.EmployerId;
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
 * The Meet&Match page of an event: slots, employers and their presence, computing the schedule, and the schedule
 * as a grid and per person, ready to print.
 */
@Controller
@RequestMapping("/events/{eventId}/meetmatch")
class MeetMatchController {

	static final String VIEW_PAGE = "events/meetmatch";

	private final MeetMatchService meetMatch;

	private final Employers employers;

	private final Clients clients;

	private final Matching matching;

	MeetMatchController(MeetMatchService meetMatch, Employers employers, Clients clients, Matching matching) {
		this.meetMatch = meetMatch;
		this.employers = employers;
		this.clients = clients;
		this.matching = matching;
	}

	/** A slot of the event. */
	record Slot(int number, LocalTime start, LocalTime end) {
	}

	/** One meeting as shown: who, with whom, at which table, how good a fit. */
	record Entry(String candidate, String employer, int table, int score) {
	}

	/** A row of the grid: a slot and, per employer column, the meetings in it. */
	record Row(Slot slot, List<List<Entry>> cells) {
	}

	/** One person's meetings in slot order. */
	record PersonSchedule(String name, List<Line> lines) {
	}

	record Line(Slot slot, int table, String counterpart) {
	}

	@GetMapping
	String page(CurrentUser user, @PathVariable long eventId, Model model) {
		EventView event = meetMatch.meetMatchEvent(user, eventId);
		if (!model.containsAttribute("setupForm")) {
			model.addAttribute("setupForm", meetMatch.setup(eventId)
				.map(MeetMatchSetupForm::from)
				.orElseGet(() -> defaults(event)));
		}
		return show(user, event, model);
	}

	@PostMapping("/setup")
	String saveSetup(CurrentUser user, @PathVariable long eventId,
			@Valid @ModelAttribute("setupForm") MeetMatchSetupForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		EventView event = meetMatch.meetMatchEvent(user, eventId);
		if (!result.hasErrors()) {
			try {
				meetMatch.saveSetup(user, eventId, form.toSetup());
				redirect.addFlashAttribute("flashMessage", "common.saved");
				return "redirect:/events/" + eventId + "/meetmatch";
			}
			catch (EventRulesBrokenException ex) {
				for (EventData.Problem problem : ex.problems()) {
					result.rejectValue(problem.field(), problem.code());
				}
			}
		}
		return show(user, event, model);
	}

	@PostMapping("/employers")
	String addEmployer(CurrentUser user, @PathVariable long eventId, @RequestParam long employerId,
			RedirectAttributes redirect) {
		meetMatch.addParticipant(user, eventId, EmployerId.of(employerId));
		redirect.addFlashAttribute("flashMessage", "meetmatch.employer.added");
		return "redirect:/events/" + eventId + "/meetmatch#employers";
	}

	@PostMapping("/employers/{employerId}")
	String saveEmployer(CurrentUser user, @PathVariable long eventId, @PathVariable long employerId,
			@RequestParam(name = "slots", required = false) List<Integer> slots,
			@RequestParam(defaultValue = "1") int parallelTables, RedirectAttributes redirect) {
		meetMatch.saveParticipant(user, eventId, EmployerId.of(employerId), Set.copyOf(slots == null ? List.of() : slots),
				parallelTables);
		redirect.addFlashAttribute("flashMessage", "common.saved");
		return "redirect:/events/" + eventId + "/meetmatch#employers";
	}

	@PostMapping("/employers/{employerId}/remove")
	String removeEmployer(CurrentUser user, @PathVariable long eventId, @PathVariable long employerId,
			RedirectAttributes redirect) {
		meetMatch.removeParticipant(user, eventId, EmployerId.of(employerId));
		redirect.addFlashAttribute("flashMessage", "meetmatch.employer.removed");
		return "redirect:/events/" + eventId + "/meetmatch#employers";
	}

	@PostMapping("/compute")
	String compute(CurrentUser user, @PathVariable long eventId, RedirectAttributes redirect) {
		try {
			meetMatch.compute(user, eventId);
			redirect.addFlashAttribute("flashMessage", "meetmatch.computed");
		}
		catch (EventRulesBrokenException ex) {
			redirect.addFlashAttribute("flashMessage", ex.problems().get(0).code());
		}
		catch (MeetMatchInputException ex) {
			redirect.addFlashAttribute("flashMessage", "meetmatch.error.input");
		}
		return "redirect:/events/" + eventId + "/meetmatch#schedule";
	}

	private String show(CurrentUser user, EventView event, Model model) {
		long eventId = event.id();
		model.addAttribute("event", event);
		model.addAttribute("organiser", event.data().organisation().equals(user.organisation()));
		MeetMatchStore.Setup setup = meetMatch.setup(eventId).orElse(null);
		List<Slot> slots = new ArrayList<>();
		if (setup != null) {
			for (int slot = 1; slot <= setup.slotCount(); slot++) {
				slots.add(new Slot(slot, setup.slotStart(slot), setup.slotEnd(slot)));
			}
		}
		model.addAttribute("slots", slots);
		List<MeetMatchStore.Participant> participants = meetMatch.participants(eventId);
		model.addAttribute("participants", participants);
		List<EmployerView> all = employers.all();
		Map<EmployerId, String> employerNames = all.stream()
			.collect(Collectors.toMap(EmployerView::id, EmployerView::name));
		model.addAttribute("employerNames", employerNames);
		Set<EmployerId> taking = participants.stream().map(MeetMatchStore.Participant::employer).collect(Collectors.toSet());
		model.addAttribute("addable", all.stream().filter(employer -> !taking.contains(employer.id())).toList());
		model.addAttribute("summary", meetMatch.summary(eventId).orElse(null));
		List<MeetMatchStore.StoredMeeting> meetings = meetMatch.meetings(eventId);
		Map<ClientId, String> names = candidateNames(user, meetings.stream().map(MeetMatchStore.StoredMeeting::client)
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
		Map<Integer, Slot> slotsByNumber = slots.stream().collect(Collectors.toMap(Slot::number, Function.identity()));
		List<Row> rows = new ArrayList<>();
		for (Slot slot : slots) {
			List<List<Entry>> cells = new ArrayList<>();
			for (MeetMatchStore.Participant participant : participants) {
				cells.add(meetings.stream()
					.filter(meeting -> meeting.slot() == slot.number() && meeting.employer().equals(participant.employer()))
					.map(meeting -> new Entry(names.get(meeting.client()), employerNames.get(meeting.employer()),
							meeting.table(), meeting.score()))
					.toList());
			}
			rows.add(new Row(slot, cells));
		}
		model.addAttribute("rows", rows);
		Map<ClientId, List<Line>> byCandidate = new LinkedHashMap<>();
		Map<EmployerId, List<Line>> byEmployer = new LinkedHashMap<>();
		for (MeetMatchStore.StoredMeeting meeting : meetings) {
			Slot slot = slotsByNumber.get(meeting.slot());
			if (slot != null) {
				byCandidate.computeIfAbsent(meeting.client(), key -> new ArrayList<>())
					.add(new Line(slot, meeting.table(), employerNames.get(meeting.employer())));
				byEmployer.computeIfAbsent(meeting.employer(), key -> new ArrayList<>())
					.add(new Line(slot, meeting.table(), names.get(meeting.client())));
			}
		}
		model.addAttribute("candidateSchedules", schedules(byCandidate, names));
		model.addAttribute("employerSchedules", schedules(byEmployer, employerNames));
		return VIEW_PAGE;
	}

	/** Names of the clients the user may see, pseudonyms for the rest. */
	private Map<ClientId, String> candidateNames(CurrentUser user, Collection<ClientId> ids) {
		Map<ClientId, String> names = new LinkedHashMap<>();
		ids.forEach(id -> names.put(id, matching.pseudonym(id)));
		clients.accessible(user, List.copyOf(ids)).forEach((ClientRef ref) -> names.put(ref.id(), ref.displayName()));
		return names;
	}

	/** Each person's meetings, people in the order of their names. */
	private static <K> List<PersonSchedule> schedules(Map<K, List<Line>> lines, Map<K, String> names) {
		return lines.entrySet()
			.stream()
			.map(entry -> new PersonSchedule(names.get(entry.getKey()), entry.getValue()))
			.sorted(java.util.Comparator.comparing(PersonSchedule::name))
			.toList();
	}

	/** A first guess: slots of 10 minutes with 2-minute breaks from the start of the event, as many as fit. */
	private static MeetMatchSetupForm defaults(EventView event) {
		MeetMatchSetupForm form = new MeetMatchSetupForm();
		LocalTime start = event.data().startsAt().atZone(EventService.HELSINKI).toLocalTime();
		long minutes = java.time.Duration.between(event.data().startsAt(), event.data().endsAt()).toMinutes();
		form.setFirstSlot(start);
		form.setSlotCount((int) Math.max(1, Math.min(40, (minutes + 2) / 12)));
		return form;
	}

}
