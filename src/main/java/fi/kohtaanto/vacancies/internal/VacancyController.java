package fi.kohtaanto.vacancies.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.Concept;
import fi.kohtaanto.employers.EmployerView;
import fi.kohtaanto.employers.Employers;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.NotFoundException;
import fi.kohtaanto.shared.VacancyId;
import fi.kohtaanto.vacancies.VacancyData;
import fi.kohtaanto.vacancies.VacancyKind;
import fi.kohtaanto.vacancies.VacancyStatus;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The vacancy list, creating and editing vacancies, and the vacancy page with its self-service links.
 */
@Controller
@RequestMapping("/vacancies")
class VacancyController {

	static final String VIEW_LIST = "vacancies/list";

	static final String VIEW_RESULTS = "vacancies/list :: results";

	static final String VIEW_FORM = "vacancies/form";

	static final String VIEW_DETAIL = "vacancies/detail";

	static final int PAGE_SIZE = 25;

	private final VacancyService vacancies;

	private final AdLinkService links;

	private final VacancyFormValidator validator;

	private final Employers employers;

	private final Catalogue catalogue;

	VacancyController(VacancyService vacancies, AdLinkService links, VacancyFormValidator validator,
			Employers employers, Catalogue catalogue) {
		this.vacancies = vacancies;
		this.links = links;
		this.validator = validator;
		this.employers = employers;
		this.catalogue = catalogue;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "createdBy*", "publishedOn");
		// The rows are padded to a fixed number; a posted index far beyond that is not a real form.
		binder.setAutoGrowCollectionLimit(20);
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long employer, @RequestParam(required = false) VacancyKind kind,
			@RequestParam(required = false) VacancyStatus status, @RequestParam(required = false) String visibility,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		VacancySearch search = new VacancySearch(q, employer, kind, status, visibility);
		Page<VacancyRecord> results = vacancies.search(user, search, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("search", search);
		model.addAttribute("results", results);
		model.addAttribute("employerNames", employerNames(results.getContent()));
		model.addAttribute("filterEmployer",
				employer == null ? null : employers.find(EmployerId.of(employer)).orElse(null));
		return htmx != null ? VIEW_RESULTS : VIEW_LIST;
	}

	@GetMapping("/new")
	String newVacancy(@RequestParam(required = false) Long employer, Model model) {
		VacancyForms.VacancyForm form = new VacancyForms.VacancyForm();
		form.setEmployerId(employer);
		return showForm(form, null, model);
	}

	@PostMapping("/new")
	String create(CurrentUser user, @Valid @ModelAttribute("form") VacancyForms.VacancyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		VacancyData data = validator.validate(form, result);
		if (data == null || result.hasErrors()) {
			return showForm(form, null, model);
		}
		VacancyId id = vacancies.create(user, data);
		redirect.addFlashAttribute("flashMessage", "vacancy.created");
		return "redirect:/vacancies/" + id.value();
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable long id, Model model) {
		return showDetail(user, VacancyId.of(id), model);
	}

	@GetMapping("/{id}/edit")
	String edit(CurrentUser user, @PathVariable long id, Model model, Locale locale) {
		VacancyRecord vacancy = vacancies.get(user, VacancyId.of(id));
		return showForm(VacancyForms.VacancyForm.from(vacancy, concepts(vacancy), locale), vacancy, model);
	}

	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") VacancyForms.VacancyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		VacancyRecord vacancy = vacancies.get(user, VacancyId.of(id));
		VacancyData data = validator.validate(form, result);
		if (data != null && !result.hasErrors()) {
			try {
				vacancies.update(user, vacancy.id(), data, form.getVersion());
				redirect.addFlashAttribute("flashMessage", "common.saved");
				return "redirect:/vacancies/" + id;
			}
			catch (StaleVacancyException ex) {
				result.reject("vacancy.stale");
			}
		}
		return showForm(form, vacancy, model);
	}

	@PostMapping("/{id}/links")
	String createLink(CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("linkForm") VacancyForms.LinkForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showDetail(user, VacancyId.of(id), model);
		}
		try {
			String token = links.create(user, VacancyId.of(id), form.getDays());
			redirect.addFlashAttribute("newLink", ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/public/ads/{token}")
				.buildAndExpand(token)
				.toUriString());
			redirect.addFlashAttribute("flashMessage", "link.created");
		}
		catch (AdLinkService.NotLinkableException ex) {
			redirect.addFlashAttribute("flashMessage", "link.notLinkable");
		}
		return "redirect:/vacancies/" + id + "#links";
	}

	@PostMapping("/{id}/links/{linkId}/revoke")
	String revokeLink(CurrentUser user, @PathVariable long id, @PathVariable long linkId,
			RedirectAttributes redirect) {
		links.revoke(user, VacancyId.of(id), linkId);
		redirect.addFlashAttribute("flashMessage", "link.revokedDone");
		return "redirect:/vacancies/" + id + "#links";
	}

	private String showForm(VacancyForms.VacancyForm form, @Nullable VacancyRecord vacancy, Model model) {
		model.addAttribute("form", form.padRows());
		model.addAttribute("vacancy", vacancy);
		model.addAttribute("employers", employers.all());
		return VIEW_FORM;
	}

	private String showDetail(CurrentUser user, VacancyId id, Model model) {
		VacancyRecord vacancy = vacancies.get(user, id);
		model.addAttribute("vacancy", vacancy);
		model.addAttribute("employer", employers.find(vacancy.data().employer()).orElseThrow(NotFoundException::new));
		model.addAttribute("concepts", concepts(vacancy));
		model.addAttribute("links", links.list(user, id));
		model.addAttribute("now", java.time.Instant.now());
		model.addAttribute("linkable", AdLinkService.linkable(vacancy));
		if (!model.containsAttribute("linkForm")) {
			model.addAttribute("linkForm", new VacancyForms.LinkForm());
		}
		return VIEW_DETAIL;
	}

	private Map<String, Concept> concepts(VacancyRecord vacancy) {
		List<String> uris = new ArrayList<>(vacancy.data().requiredSkillUris());
		uris.addAll(vacancy.data().niceToHaveSkillUris());
		uris.add(vacancy.data().occupationUri());
		return catalogue.concepts(uris);
	}

	private Map<EmployerId, String> employerNames(List<VacancyRecord> vacancies) {
		return employers.findAll(vacancies.stream().map(vacancy -> vacancy.data().employer()).toList())
			.stream()
			.collect(Collectors.toMap(EmployerView::id, EmployerView::name));
	}

}
