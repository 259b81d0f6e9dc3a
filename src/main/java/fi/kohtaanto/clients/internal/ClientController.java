package fi.kohtaanto.clients.internal;

import fi.kohtaanto.clients.Gender;
import fi.kohtaanto.clients.LabourMarketStatus;
import fi.kohtaanto.clients.AgeBand;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.kohtaanto.accounts.Accounts;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.accounts.UserSummary;
import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.CefrLevel;
import fi.kohtaanto.catalogue.Concept;
import fi.kohtaanto.catalogue.ConceptType;
import fi.kohtaanto.catalogue.Countries;
import fi.kohtaanto.catalogue.IscedLevel;
import fi.kohtaanto.catalogue.Languages;
import fi.kohtaanto.catalogue.Municipality;
import fi.kohtaanto.consent.ConsentPurpose;
import fi.kohtaanto.consent.DuplicateConsentException;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.organisations.Organisations;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.UserId;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
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
 * Client list, intake, the client page with consents and skills profile, and editing.
 */
@Controller
@RequestMapping("/clients")
class ClientController {

	static final String VIEW_LIST = "clients/list";

	static final String VIEW_RESULTS = "clients/list :: results";

	static final String VIEW_FORM = "clients/form";

	static final String VIEW_DETAIL = "clients/detail";

	static final int PAGE_SIZE = 20;

	private final ClientService clients;

	private final ClientFormValidator validator;

	private final Catalogue catalogue;

	private final Organisations organisations;

	private final Accounts accounts;

	ClientController(ClientService clients, ClientFormValidator validator, Catalogue catalogue,
			Organisations organisations, Accounts accounts) {
		this.clients = clients;
		this.validator = validator;
		this.catalogue = catalogue;
		this.organisations = organisations;
		this.accounts = accounts;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "owner*");
		binder.setAutoGrowCollectionLimit(ClientForm.LANGUAGE_ROWS * 4);
	}

	@ModelAttribute
	void referenceData(Model model, Locale locale) {
		model.addAttribute("genders", Gender.values());
		model.addAttribute("statuses", LabourMarketStatus.values());
		model.addAttribute("iscedLevels", IscedLevel.values());
		model.addAttribute("cefrLevels", CefrLevel.values());
		model.addAttribute("municipalities", catalogue.municipalities());
		model.addAttribute("municipalityNames", catalogue.municipalities()
			.stream()
			.collect(Collectors.toMap(Municipality::code, municipality -> municipality.name(locale))));
		model.addAttribute("organisationsById", organisations.all()
			.stream()
			.collect(Collectors.toMap(OrganisationView::id, Function.identity())));
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) LabourMarketStatus status,
			@RequestParam(required = false) String municipality, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		ClientSearch search = new ClientSearch(q, status, municipality);
		Page<ClientRow> results = clients.search(user, search, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("search", search);
		model.addAttribute("results", results);
		return htmx != null ? VIEW_RESULTS : VIEW_LIST;
	}

	@GetMapping("/new")
	String newClient(Model model, Locale locale) {
		ClientForm form = new ClientForm();
		form.setFinnishLevel(null);
		return showForm(form.padLanguageRows(), null, model, locale);
	}

	@PostMapping("/new")
	String create(CurrentUser user, @Valid @ModelAttribute("form") ClientForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		validator.validate(form, result, user, true);
		if (result.hasErrors()) {
			return showForm(form.padLanguageRows(), null, model, locale);
		}
		List<OrganisationId> shareWith = form.getShareWith().stream().map(OrganisationId::of).toList();
		ClientId id = clients.register(user, form.toData(), new IntakeConsents(form.getConsentDate(), shareWith,
				form.isEmployerVisible(), form.isResearchStatistics()));
		redirect.addFlashAttribute("flashMessage", "client.created");
		return "redirect:/clients/" + id.value();
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable long id, Model model, Locale locale) {
		return showDetail(user, ClientId.of(id), model, locale);
	}

	@GetMapping("/{id}/edit")
	String edit(CurrentUser user, @PathVariable long id, Model model, Locale locale) {
		ClientDetails details = clients.edit(user, ClientId.of(id));
		ClientForm form = ClientForm.from(details.data(), details.version(),
				details.responsible() == null ? null : details.responsible().value());
		return showForm(form.padLanguageRows(), details, model, locale);
	}

	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") ClientForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		validator.validate(form, result, user, false);
		ClientId clientId = ClientId.of(id);
		if (!result.hasErrors()) {
			try {
				clients.update(user, clientId, form.toData(), form.getVersion(),
						form.getResponsibleUserId() == null ? null : UserId.of(form.getResponsibleUserId()));
				redirect.addFlashAttribute("flashMessage", "common.saved");
				return "redirect:/clients/" + id;
			}
			catch (StaleClientException | org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
				result.reject("client.stale");
			}
		}
		return showForm(form.padLanguageRows(), clients.edit(user, clientId), model, locale);
	}

	@PostMapping("/{id}/occupations")
	String addOccupation(CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("occupationForm") ProfileForms.ConceptForm form, BindingResult result, Model model,
			Locale locale) {
		return addConcept(user, ClientId.of(id), ConceptType.OCCUPATION, form, result, model, locale);
	}

	@PostMapping("/{id}/skills")
	String addSkill(CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("skillForm") ProfileForms.ConceptForm form, BindingResult result, Model model,
			Locale locale) {
		return addConcept(user, ClientId.of(id), ConceptType.SKILL, form, result, model, locale);
	}

	@PostMapping("/{id}/occupations/remove")
	String removeOccupation(CurrentUser user, @PathVariable long id, @RequestParam String uri) {
		clients.removeOccupation(user, ClientId.of(id), uri);
		return "redirect:/clients/" + id + "#profile";
	}

	@PostMapping("/{id}/skills/remove")
	String removeSkill(CurrentUser user, @PathVariable long id, @RequestParam String uri) {
		clients.removeSkill(user, ClientId.of(id), uri);
		return "redirect:/clients/" + id + "#profile";
	}

	@PostMapping("/{id}/education")
	String addEducation(CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("educationForm") ProfileForms.EducationForm form, BindingResult result, Model model,
			Locale locale) {
		if (!form.getCountry().isBlank() && !Countries.isKnown(form.getCountry())) {
			result.rejectValue("country", "client.citizenship.unknown");
		}
		if (result.hasErrors()) {
			return showDetail(user, ClientId.of(id), model, locale);
		}
		clients.addEducation(user, ClientId.of(id),
				new Education(form.getIscedLevel(), form.getTitle(),
						form.getInstitution().isBlank() ? null : form.getInstitution(),
						form.getCountry().isBlank() ? null : form.getCountry(), form.getCompletedYear()));
		return "redirect:/clients/" + id + "#education";
	}

	@PostMapping("/{id}/education/{index}/remove")
	String removeEducation(CurrentUser user, @PathVariable long id, @PathVariable int index) {
		clients.removeEducation(user, ClientId.of(id), index);
		return "redirect:/clients/" + id + "#education";
	}

	@PostMapping("/{id}/consents")
	String giveConsent(CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("consentForm") ProfileForms.ConsentForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		OrganisationId organisation = null;
		if (form.getPurpose() != null && form.getPurpose().needsOrganisation()) {
			Optional<OrganisationView> target = form.getOrganisationId() == null ? Optional.empty()
					: organisations.find(OrganisationId.of(form.getOrganisationId()));
			if (target.isEmpty() || target.get().id().equals(user.organisation())) {
				result.rejectValue("organisationId", "client.consent.organisationRequired");
			}
			else {
				organisation = target.get().id();
			}
		}
		if (!result.hasErrors()) {
			try {
				clients.giveConsent(user, ClientId.of(id), form.getPurpose(), organisation, form.getGivenOn());
				redirect.addFlashAttribute("flashMessage", "consent.recorded");
				return "redirect:/clients/" + id + "#consents";
			}
			catch (DuplicateConsentException ex) {
				result.reject("consent.duplicate");
			}
		}
		return showDetail(user, ClientId.of(id), model, locale);
	}

	@PostMapping("/{id}/consents/{consentId}/withdraw")
	String withdrawConsent(CurrentUser user, @PathVariable long id, @PathVariable long consentId,
			RedirectAttributes redirect) {
		clients.withdrawConsent(user, ClientId.of(id), consentId);
		redirect.addFlashAttribute("flashMessage", "consent.withdrawn");
		return "redirect:/clients/" + id + "#consents";
	}

	private String addConcept(CurrentUser user, ClientId id, ConceptType type, ProfileForms.ConceptForm form,
			BindingResult result, Model model, Locale locale) {
		Optional<Concept> concept = form.getUri().isBlank() ? catalogue.resolve(form.getUriText(), type)
				: catalogue.concept(form.getUri()).filter(found -> found.type() == type);
		if (concept.isEmpty() && !result.hasFieldErrors("uriText")) {
			result.rejectValue("uriText", form.getUriText().isBlank() && form.getUri().isBlank()
					? "profile.concept.required" : "profile.concept.unknown");
		}
		if (result.hasErrors()) {
			return showDetail(user, id, model, locale);
		}
		if (type == ConceptType.OCCUPATION) {
			clients.addOccupation(user, id, concept.get(), form.getYears());
		}
		else {
			clients.addSkill(user, id, concept.get(), form.getYears());
		}
		return "redirect:/clients/" + id.value() + "#profile";
	}

	private String showForm(ClientForm form, ClientDetails details, Model model, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("details", details);
		model.addAttribute("countries", Countries.all(locale));
		model.addAttribute("languages", Languages.all(locale));
		CurrentUser user = accounts.current().orElseThrow();
		model.addAttribute("advisors", accounts.usersOf(user.organisation())
			.stream()
			.filter(UserSummary::enabled)
			.filter(candidate -> candidate.role() != fi.kohtaanto.accounts.Role.ADMIN)
			.toList());
		model.addAttribute("shareTargets", organisations.all()
			.stream()
			.filter(organisation -> !organisation.id().equals(user.organisation()))
			.toList());
		return VIEW_FORM;
	}

	private String showDetail(CurrentUser user, ClientId id, Model model, Locale locale) {
		ClientDetails details = clients.view(user, id);
		model.addAttribute("details", details);
		model.addAttribute("ownOrganisation", details.owner().equals(user.organisation()));
		if (!model.containsAttribute("occupationForm")) {
			model.addAttribute("occupationForm", new ProfileForms.ConceptForm());
		}
		if (!model.containsAttribute("skillForm")) {
			model.addAttribute("skillForm", new ProfileForms.ConceptForm());
		}
		if (!model.containsAttribute("educationForm")) {
			model.addAttribute("educationForm", new ProfileForms.EducationForm());
		}
		if (!model.containsAttribute("consentForm")) {
			model.addAttribute("consentForm", new ProfileForms.ConsentForm());
		}
		model.addAttribute("countries", Countries.all(locale));
		model.addAttribute("consentPurposes", ConsentPurpose.values());
		model.addAttribute("shareTargets", organisations.all()
			.stream()
			.filter(organisation -> !organisation.id().equals(details.owner()))
			.toList());
		Map<String, String> languageNames = new LinkedHashMap<>();
		details.data().languages().forEach(language -> languageNames.put(language.languageCode(),
				Languages.name(language.languageCode(), locale)));
		model.addAttribute("languageNames", languageNames);
		model.addAttribute("responsibleName", details.responsible() == null ? null
				: accounts.find(details.responsible()).map(UserSummary::displayName).orElse(null));
		model.addAttribute("citizenshipName", details.data().citizenship().isBlank() ? ""
				: Countries.name(details.data().citizenship(), locale));
		model.addAttribute("thirdCountry", !details.data().citizenship().isBlank()
				&& Countries.isThirdCountry(details.data().citizenship()));
		model.addAttribute("ageBand", AgeBand.of(details.data().birthYear(), details.data().entryDate()));
		return VIEW_DETAIL;
	}

	static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}
