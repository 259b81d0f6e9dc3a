package fi.kohtaanto.feedback.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import fi.kohtaanto.feedback.FeedbackLink;
import fi.kohtaanto.feedback.RespondentType;
import fi.kohtaanto.feedback.SurveyLanguage;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.organisations.Organisations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import fi.kohtaanto.shared.SecretTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public survey pages: {@code /public/feedback/{token}}, open without signing in. The page is in the
 * respondent's language, chosen on the page with {@code ?language=}, by default the link's; the rest of the UI's
 * language setting is left alone. Nothing here logs the token or the answers.
 */
@Controller
@RequestMapping("/public/feedback")
class SurveyController {

	static final String VIEW_SURVEY = "feedback/survey";

	static final String VIEW_NOTICE = "feedback/notice";

	/**
	 * Token hashes answered in this browser session with the language of the answer, to tell "you have already
	 * answered" (in that language) from "unknown link". Kept only in the respondent's own session.
	 */
	static final String ANSWERED = SurveyController.class.getName() + ".answered";

	private final FeedbackService feedback;

	private final SurveyTexts texts;

	private final Organisations organisations;

	SurveyController(FeedbackService feedback, SurveyTexts texts, Organisations organisations) {
		this.feedback = feedback;
		this.texts = texts;
		this.organisations = organisations;
	}

	/** A question as the page shows it. */
	record QuestionView(String key, String text, String low, String high) {
	}

	/** A link of the language switch. */
	record LanguageLink(SurveyLanguage language, String href, boolean current) {
	}

	/** An error of the form: the id of the element to go to, and the message. */
	record Problem(String anchor, String message) {
	}

	@InitBinder("surveyForm")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("scores*", "recommend", "improvement", "language");
	}

	@GetMapping("/thanks")
	String thanks(@RequestParam(required = false) @Nullable String language, HttpServletRequest request,
			Model model) {
		return notice(model, pick(language, request), "thanks");
	}

	@GetMapping("/{token}")
	String survey(@PathVariable String token, @RequestParam(required = false) @Nullable String language,
			HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model) {
		Optional<OpenLink> link = feedback.open(token);
		if (link.isEmpty() || link.get().expired(LocalDate.now())) {
			return closed(token, link, language, request, response, session, model);
		}
		SurveyForm form = new SurveyForm();
		return showSurvey(token, link.get(), form, language, Map.of(), model);
	}

	@PostMapping("/{token}")
	String answer(@PathVariable String token, @Valid @ModelAttribute("surveyForm") SurveyForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response, HttpSession session,
			Model model) {
		Optional<OpenLink> link = feedback.open(token);
		if (link.isEmpty() || link.get().expired(LocalDate.now())) {
			return closed(token, link, form.getLanguage(), request, response, session, model);
		}
		RespondentType respondent = link.get().respondent();
		Map<String, String> problems = new LinkedHashMap<>(ResponseRules.check(respondent, form.toResponse()));
		if (!form.recommendValid()) {
			problems.put("recommend", "survey.error.choice");
		}
		for (FieldError error : result.getFieldErrors()) {
			problems.putIfAbsent(error.getField(),
					"Size".equals(error.getCode()) ? "survey.error.length" : "survey.error.markup");
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return showSurvey(token, link.get(), form, form.getLanguage(), problems, model);
		}
		SurveyLanguage language = language(form.getLanguage(), link.get());
		if (!feedback.respond(token, form.toResponse())) {
			// Used up between the check and the answer, by a second submission.
			return closed(token, Optional.empty(), language.tag(), request, response, session, model);
		}
		answered(session).put(hashKey(token), language.tag());
		return "redirect:" + UriComponentsBuilder.fromPath("/public/feedback/thanks")
			.queryParam("language", language.tag())
			.toUriString();
	}

	private String showSurvey(String token, OpenLink link, SurveyForm form, @Nullable String requested,
			Map<String, String> problems, Model model) {
		SurveyLanguage language = language(requested, link);
		form.setLanguage(language.tag());
		RespondentType respondent = link.respondent();
		List<QuestionView> questions = new ArrayList<>();
		for (Question question : Surveys.questions(respondent)) {
			questions.add(new QuestionView(question.key(),
					texts.question(language, respondent, link.kind(), question),
					texts.get(language, "scale." + question.scale() + ".low"),
					texts.get(language, "scale." + question.scale() + ".high")));
		}
		Map<String, String> fieldErrors = new LinkedHashMap<>();
		List<Problem> summary = new ArrayList<>();
		problems.forEach((field, code) -> {
			String message = texts.get(language, code);
			fieldErrors.put(field, message);
			summary.add(new Problem(anchor(field), label(field, questions, language, respondent) + " " + message));
		});
		model.addAttribute("texts", texts.in(language));
		model.addAttribute("surveyLanguageLinks", respondent.languages()
			.stream()
			.map(other -> new LanguageLink(other, FeedbackLink.PATH_PREFIX + token + "?language=" + other.tag(),
					other == language))
			.toList());
		model.addAttribute("token", token);
		model.addAttribute("link", link);
		model.addAttribute("kindName", texts.get(language, "kind." + link.kind()));
		model.addAttribute("organisationName", organisationName(link, language));
		model.addAttribute("questions", questions);
		model.addAttribute("surveyForm", form);
		model.addAttribute("fieldErrors", fieldErrors);
		model.addAttribute("problems", summary);
		return VIEW_SURVEY;
	}

	/** The page for a link that cannot be answered: answered in this browser, expired, or unknown. */
	private String closed(String token, Optional<OpenLink> link, @Nullable String requested,
			HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model) {
		if (link.isPresent()) {
			response.setStatus(HttpServletResponse.SC_GONE);
			return notice(model, language(requested, link.get()), "expired");
		}
		String answeredIn = SecretTokens.wellFormed(token, FeedbackService.TOKEN_BYTES) ? answered(session).get(hashKey(token)) : null;
		if (answeredIn != null) {
			return notice(model, pick(requested == null ? answeredIn : requested, request), "answered");
		}
		SurveyLanguage language = pick(requested, request);
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return notice(model, language, "invalid");
	}

	private String notice(Model model, SurveyLanguage language, String kind) {
		model.addAttribute("texts", texts.in(language));
		model.addAttribute("notice", kind);
		model.addAttribute("surveyLanguageLinks", List.of());
		return VIEW_NOTICE;
	}

	/** The requested language if the survey is offered in it, otherwise the link's. */
	private static SurveyLanguage language(@Nullable String requested, OpenLink link) {
		return SurveyLanguage.ofTag(requested == null ? "" : requested)
			.filter(language -> link.respondent().languages().contains(language))
			.orElse(link.language());
	}

	/** Without a link: the requested language, else the browser's if it is a survey language, else Finnish. */
	private static SurveyLanguage pick(@Nullable String requested, HttpServletRequest request) {
		Optional<SurveyLanguage> asked = SurveyLanguage.ofTag(requested == null ? "" : requested);
		if (asked.isPresent()) {
			return asked.get();
		}
		for (Locale locale : Collections.list(request.getLocales())) {
			Optional<SurveyLanguage> browser = SurveyLanguage.ofTag(locale.getLanguage());
			if (browser.isPresent()) {
				return browser.get();
			}
		}
		return SurveyLanguage.FI;
	}

	/** Organisations have names in Finnish, Swedish and English; the other survey languages get the English one. */
	private String organisationName(OpenLink link, SurveyLanguage language) {
		OrganisationView organisation = organisations.get(link.organisation());
		return switch (language) {
			case FI, SV, EN -> organisation.name(SurveyTexts.locale(language));
			default -> organisation.nameEn();
		};
	}

	/** How the error summary names a field: "Question 2" for a score, the question itself otherwise. */
	private String label(String field, List<QuestionView> questions, SurveyLanguage language,
			RespondentType respondent) {
		for (int i = 0; i < questions.size(); i++) {
			if (field.equals("scores[" + questions.get(i).key() + "]")) {
				return texts.get(language, "survey.question", i + 1);
			}
		}
		if (field.equals("recommend")) {
			return texts.get(language, "recommend." + respondent);
		}
		return texts.get(language, "survey.improvement");
	}

	/** The id of the first input of a field, where the error summary's link goes. */
	static String anchor(String field) {
		if (field.startsWith("scores[")) {
			return "q-" + field.substring("scores[".length(), field.length() - 1) + "-1";
		}
		if (field.equals("recommend")) {
			return "recommend-yes";
		}
		return field;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> answered(HttpSession session) {
		Object value = session.getAttribute(ANSWERED);
		if (value instanceof Map<?, ?> map) {
			return (Map<String, String>) map;
		}
		Map<String, String> map = new ConcurrentHashMap<>();
		session.setAttribute(ANSWERED, map);
		return map;
	}

	private static String hashKey(String token) {
		return Base64.getEncoder().encodeToString(SecretTokens.hash(token));
	}

}
