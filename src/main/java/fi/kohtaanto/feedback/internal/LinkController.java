package fi.kohtaanto.feedback.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import fi.kohtaanto.accounts.Accounts;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.feedback.FeedbackLink;
import fi.kohtaanto.feedback.RespondentType;
import fi.kohtaanto.feedback.ServiceKind;
import fi.kohtaanto.feedback.SurveyLanguage;
import fi.kohtaanto.organisations.Organisations;
import fi.kohtaanto.shared.UserId;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Creating feedback links and the printable sheet of new links. {@code /feedback/**} is for advisors and
 * coordinators. The tokens of new links travel to the sheet once, as a flash attribute, and are kept nowhere else.
 */
@Controller
@RequestMapping("/feedback/links")
class LinkController {

	static final String VIEW_LINKS = "feedback/links";

	static final String VIEW_SHEET = "feedback/sheet";

	private final FeedbackService feedback;

	private final Accounts accounts;

	private final Organisations organisations;

	private final SurveyTexts texts;

	LinkController(FeedbackService feedback, Accounts accounts, Organisations organisations, SurveyTexts texts) {
		this.feedback = feedback;
		this.accounts = accounts;
		this.organisations = organisations;
		this.texts = texts;
	}

	/** A link on the sheet with its full address. */
	record SheetLink(int number, String url) {
	}

	@ModelAttribute
	void referenceData(Model model) {
		model.addAttribute("respondents", RespondentType.values());
		model.addAttribute("kinds", ServiceKind.values());
		model.addAttribute("languages", SurveyLanguage.values());
	}

	@GetMapping
	String links(CurrentUser user, Model model) {
		return showLinks(user, model);
	}

	@PostMapping
	String create(CurrentUser user, @Valid @ModelAttribute("linkForm") LinkForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			for (LinkRules.Problem problem : LinkRules.check(form.toRequest(), form.getCount(), LocalDate.now())) {
				result.rejectValue(problem.field(), problem.code());
			}
		}
		if (result.hasErrors()) {
			return showLinks(user, model);
		}
		List<FeedbackLink> created = feedback.createLinks(user, form.toRequest(), form.getCount());
		redirect.addFlashAttribute("createdLinks", created);
		redirect.addFlashAttribute("createdLabel", form.toRequest().label() == null ? "" : form.toRequest().label());
		return "redirect:/feedback/links/sheet";
	}

	@GetMapping("/sheet")
	String sheet(CurrentUser user, Model model, RedirectAttributes redirect, Locale locale) {
		Object created = model.getAttribute("createdLinks");
		if (!(created instanceof List<?> list) || list.isEmpty()) {
			redirect.addFlashAttribute("flashMessage", "feedback.sheet.gone");
			return "redirect:/feedback/links";
		}
		List<FeedbackLink> links = list.stream().map(FeedbackLink.class::cast).toList();
		FeedbackLink first = links.get(0);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		model.addAttribute("sheetLinks", IntStream.range(0, links.size())
			.mapToObj(i -> new SheetLink(i + 1, base + links.get(i).path()))
			.toList());
		model.addAttribute("first", first);
		model.addAttribute("slipTexts", texts.in(first.language()));
		model.addAttribute("organisationName", organisations.get(user.organisation()).name(locale));
		return VIEW_SHEET;
	}

	private String showLinks(CurrentUser user, Model model) {
		List<LinkBatch> batches = feedback.batches(user);
		Map<UserId, String> creators = new HashMap<>();
		batches.forEach(batch -> creators.computeIfAbsent(batch.createdBy(),
				id -> accounts.find(id).map(summary -> summary.displayName()).orElse("")));
		model.addAttribute("batches", batches);
		model.addAttribute("creators", creators);
		model.addAttribute("today", LocalDate.now());
		if (!model.containsAttribute("linkForm")) {
			model.addAttribute("linkForm", new LinkForm());
		}
		return VIEW_LINKS;
	}

}
