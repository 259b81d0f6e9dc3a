package fi.kohtaanto.matching.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.clients.Clients;
import fi.kohtaanto.employers.EmployerView;
import fi.kohtaanto.employers.Employers;
import fi.kohtaanto.matching.CandidateSuggestion;
import fi.kohtaanto.matching.VacancySuggestion;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.organisations.Organisations;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.NotFoundException;
import fi.kohtaanto.shared.VacancyId;
import fi.kohtaanto.vacancies.Vacancies;
import fi.kohtaanto.vacancies.VacancyStatus;
import fi.kohtaanto.vacancies.VacancyView;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The matching pages: candidates for a vacancy, vacancies for a client with the client's shared candidate cards.
 */
@Controller
class MatchController {

	static final String VIEW_CANDIDATES = "matching/candidates";

	static final String VIEW_CLIENT = "matching/client";

	static final int SHOWN = 20;

	private final MatchService matching;

	private final CandidateCardService cards;

	private final Vacancies vacancies;

	private final Employers employers;

	private final Clients clients;

	private final Catalogue catalogue;

	private final Organisations organisations;

	MatchController(MatchService matching, CandidateCardService cards, Vacancies vacancies, Employers employers,
			Clients clients, Catalogue catalogue, Organisations organisations) {
		this.matching = matching;
		this.cards = cards;
		this.vacancies = vacancies;
		this.employers = employers;
		this.clients = clients;
		this.catalogue = catalogue;
		this.organisations = organisations;
	}

	@GetMapping("/vacancies/{id}/candidates")
	String candidates(CurrentUser user, @PathVariable long id, Model model, Locale locale) {
		VacancyView vacancy = vacancies.find(VacancyId.of(id)).orElseThrow(NotFoundException::new);
		List<CandidateSuggestion> suggestions = matching.candidates(user, vacancy.id(), SHOWN);
		model.addAttribute("vacancy", vacancy);
		model.addAttribute("employer", employers.find(vacancy.employerId()).orElse(null));
		model.addAttribute("suggestions", suggestions);
		model.addAttribute("organisationsById", organisations.all()
			.stream()
			.collect(Collectors.toMap(OrganisationView::id, Function.identity())));
		Labels.add(model, catalogue, locale, suggestions.stream().map(CandidateSuggestion::explanation).toList(),
				List.of(vacancy.occupationUri()), List.of());
		return VIEW_CANDIDATES;
	}

	@GetMapping("/clients/{id}/matches")
	String client(CurrentUser user, @PathVariable long id, Model model, Locale locale) {
		ClientId client = ClientId.of(id);
		List<VacancySuggestion> suggestions = matching.vacancies(user, client, SHOWN);
		model.addAttribute("client", clients.requireFullAccess(user, client));
		model.addAttribute("pseudonym", matching.pseudonym(client));
		model.addAttribute("suggestions", suggestions);
		model.addAttribute("mayShare", !matching.eligible(client).isEmpty());
		List<CandidateCards.Card> shared = cards.cardsOf(user, client);
		model.addAttribute("cards", shared);
		model.addAttribute("now", java.time.Instant.now());
		List<EmployerView> allEmployers = employers.all();
		model.addAttribute("employers", allEmployers);
		model.addAttribute("employerNames",
				allEmployers.stream().collect(Collectors.toMap(EmployerView::id, EmployerView::name)));
		model.addAttribute("openVacancies", vacancies.open()
			.stream()
			.filter(vacancy -> vacancy.status() == VacancyStatus.OPEN)
			.toList());
		Labels.add(model, catalogue, locale, suggestions.stream().map(VacancySuggestion::explanation).toList(),
				suggestions.stream().map(suggestion -> suggestion.vacancy().occupationUri()).toList(), List.of());
		return VIEW_CLIENT;
	}

	@PostMapping("/clients/{id}/cards")
	String share(CurrentUser user, @PathVariable long id, @RequestParam(required = false) @Nullable Long employerId,
			@RequestParam(required = false) @Nullable Long vacancyId, @RequestParam(defaultValue = "30") int days,
			RedirectAttributes redirect, HttpServletRequest request) {
		if (employerId == null) {
			redirect.addFlashAttribute("flashMessage", "card.employerRequired");
			return "redirect:/clients/" + id + "/matches#cards";
		}
		try {
			CandidateCardService.SharedCard card = cards.share(user, ClientId.of(id), EmployerId.of(employerId),
					vacancyId == null ? null : VacancyId.of(vacancyId), days);
			redirect.addFlashAttribute("flashMessage", "card.sharedDone");
			redirect.addFlashAttribute("cardLink", ServletUriComponentsBuilder.fromContextPath(request)
				.path("/public/cards/" + card.token())
				.build()
				.toUriString());
		}
		catch (NoEmployerConsentException ex) {
			redirect.addFlashAttribute("flashMessage", "card.noConsent");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("flashMessage", "card.vacancyMismatch");
		}
		return "redirect:/clients/" + id + "/matches#cards";
	}

	@PostMapping("/clients/{id}/cards/{cardId}/revoke")
	String revoke(CurrentUser user, @PathVariable long id, @PathVariable long cardId, RedirectAttributes redirect) {
		cards.revoke(user, ClientId.of(id), cardId);
		redirect.addFlashAttribute("flashMessage", "card.revoked");
		return "redirect:/clients/" + id + "/matches#cards";
	}

}
