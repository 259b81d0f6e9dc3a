package fi.kohtaanto.vacancies.internal;

import java.util.List;

import fi.kohtaanto.accounts.Accounts;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.shared.VacancyId;
import fi.kohtaanto.vacancies.AdVariant;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The job-ad builder, for staff under {@code /vacancies/{id}/ad} and for employers through a self-service link under
 * {@code /public/ads/{token}}: the same page and the same actions, audited as the staff member's or as the link's.
 * Adding, removing and moving sentences answer htmx requests with the changed part of the page and others with a
 * redirect, so the builder works without JavaScript too.
 */
@Controller
class JobAdController {

	static final String VIEW_EDITOR = "vacancies/ad-editor";

	static final String VIEW_WORKSPACE = "vacancies/ad-editor :: htmxResponse";

	static final String VIEW_PRINT = "vacancies/ad-print";

	static final String VIEW_LINK_INVALID = "vacancies/link-invalid";

	private static final String STAFF = "/vacancies/{id}/ad";

	private static final String LINK = "/public/ads/{token}";

	private final VacancyService vacancies;

	private final JobAdService ads;

	private final AdLinkService links;

	private final PhraseBank phrases;

	private final Accounts accounts;

	JobAdController(VacancyService vacancies, JobAdService ads, AdLinkService links, PhraseBank phrases,
			Accounts accounts) {
		this.vacancies = vacancies;
		this.ads = ads;
		this.links = links;
		this.phrases = phrases;
		this.accounts = accounts;
	}

	/** Whose editor this is, for which vacancy, and the address its forms post to. */
	record Context(JobAdService.Editor editor, VacancyRecord vacancy, String base, boolean viaLink) {

		public VacancyId id() {
			return vacancy.id();
		}

		public String jsonLdPath() {
			return viaLink ? base + "/ad.jsonld" : base + ".jsonld";
		}

	}

	/** The token is malformed, unknown, expired or revoked, or the vacancy can no longer be advertised. */
	static class InvalidLinkException extends RuntimeException {

		InvalidLinkException() {
			super("Invalid self-service link");
		}

	}

	@ExceptionHandler(InvalidLinkException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String invalidLink() {
		return VIEW_LINK_INVALID;
	}

	@GetMapping({ STAFF, LINK })
	String editor(@PathVariable(required = false) @Nullable Long id,
			@PathVariable(required = false) @Nullable String token, Model model) {
		return showEditor(context(id, token), model);
	}

	@PostMapping({ STAFF + "/titles", LINK + "/titles" })
	String titles(@PathVariable(required = false) @Nullable Long id,
			@PathVariable(required = false) @Nullable String token,
			@Valid @ModelAttribute("titlesForm") VacancyForms.TitlesForm form, BindingResult result, Model model) {
		Context context = context(id, token);
		if (result.hasErrors()) {
			return showEditor(context, model);
		}
		ads.setTitles(context.editor(), context.id(), form.getTitleFi(), form.getTitleEn());
		return "redirect:" + context.base() + "#preview";
	}

	@PostMapping({ STAFF + "/phrases", LINK + "/phrases" })
	String addPhrase(@PathVariable(required = false) @Nullable Long id,
			@PathVariable(required = false) @Nullable String token, @RequestParam long phraseId,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		Context context = context(id, token);
		return change(context, htmx, model, "ad.sentence.added", () -> ads.addPhrase(context.editor(), context.id(), phraseId));
	}

	@PostMapping({ STAFF + "/sentences", LINK + "/sentences" })
	String addSentence(@PathVariable(required = false) @Nullable Long id,
			@PathVariable(required = false) @Nullable String token,
			@Valid @ModelAttribute("sentenceForm") VacancyForms.SentenceForm form, BindingResult result, Model model) {
		Context context = context(id, token);
		if (result.hasErrors()) {
			return showEditor(context, model);
		}
		return change(context, null, model, "ad.sentence.added", () -> ads.addSentence(context.editor(),
				context.id(), form.getSection(), form.getTextFi(), form.getTextEn(), form.getTextPlain()));
	}

	@PostMapping({ STAFF + "/sentences/{sentenceId}/remove", LINK + "/sentences/{sentenceId}/remove" })
	String remove(@PathVariable(required = false) @Nullable Long id,
			@PathVariable(required = false) @Nullable String token, @PathVariable long sentenceId,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		Context context = context(id, token);
		return change(context, htmx, model, "ad.sentence.removed",
				() -> ads.remove(context.editor(), context.id(), sentenceId));
	}

	@PostMapping({ STAFF + "/sentences/{sentenceId}/{direction:up|down}",
			LINK + "/sentences/{sentenceId}/{direction:up|down}" })
	String move(@PathVariable(required = false) @Nullable Long id,
			@PathVariable(required = false) @Nullable String token, @PathVariable long sentenceId,
			@PathVariable String direction, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model) {
		Context context = context(id, token);
		return change(context, htmx, model, "ad.sentence.moved",
				() -> ads.move(context.editor(), context.id(), sentenceId, "up".equals(direction)));
	}

	@GetMapping({ STAFF + "/print", LINK + "/print" })
	String print(@PathVariable(required = false) @Nullable Long id,
			@PathVariable(required = false) @Nullable String token,
			@RequestParam(required = false) @Nullable AdVariant variant, Model model) {
		Context context = context(id, token);
		return showPrint(ads.view(context.vacancy()), variant, model);
	}

	@GetMapping({ "/vacancies/{id}/ad.jsonld", LINK + "/ad.jsonld" })
	ResponseEntity<String> jsonLd(@PathVariable(required = false) @Nullable Long id,
			@PathVariable(required = false) @Nullable String token,
			@RequestParam(defaultValue = "FI") AdVariant variant) {
		Context context = context(id, token);
		JobAd.View view = ads.view(context.vacancy());
		String url = context.vacancy().publiclyVisible() ? PublicJobController.url(context.id()) : null;
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/ld+json;charset=UTF-8"))
			.body(ads.jsonLd(view, variant, url));
	}

	/** The print page of an ad: the chosen variant, or the Finnish and English ones. */
	static String showPrint(JobAd.View view, @Nullable AdVariant variant, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("printed", variant == null ? List.of(view.variant(AdVariant.FI), view.variant(AdVariant.EN))
				: List.of(view.variant(variant)));
		return VIEW_PRINT;
	}

	private String change(Context context, @Nullable String htmx, Model model, String done, Runnable action) {
		String message = done;
		try {
			action.run();
		}
		catch (JobAdService.AdFullException ex) {
			message = "ad.full";
		}
		if (htmx != null) {
			model.addAttribute("status", message);
			addModel(context, model);
			return VIEW_WORKSPACE;
		}
		if (message.equals("ad.full")) {
			model.addAttribute("status", message);
			return showEditor(context, model);
		}
		return "redirect:" + context.base() + "#ad-lines";
	}

	private String showEditor(Context context, Model model) {
		addModel(context, model);
		if (!model.containsAttribute("titlesForm")) {
			model.addAttribute("titlesForm", VacancyForms.TitlesForm.of(((JobAd.View) model.getAttribute("view"))
				.content()
				.titles()));
		}
		if (!model.containsAttribute("sentenceForm")) {
			model.addAttribute("sentenceForm", new VacancyForms.SentenceForm());
		}
		model.addAttribute("bank", phrases.offered());
		return VIEW_EDITOR;
	}

	private void addModel(Context context, Model model) {
		model.addAttribute("context", context);
		model.addAttribute("view", ads.view(context.vacancy()));
	}

	private Context context(@Nullable Long id, @Nullable String token) {
		if (token != null) {
			AdLinkService.Resolved resolved = links.resolve(token).orElseThrow(InvalidLinkException::new);
			return new Context(resolved.editor(), resolved.vacancy(), "/public/ads/" + token, true);
		}
		CurrentUser user = accounts.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		VacancyRecord vacancy = vacancies.get(user, VacancyId.of(id));
		return new Context(JobAdService.Editor.staff(user), vacancy, "/vacancies/" + id + "/ad", false);
	}

}
