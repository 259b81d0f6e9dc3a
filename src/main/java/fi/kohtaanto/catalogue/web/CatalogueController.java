package fi.kohtaanto.catalogue.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.Concept;
import fi.kohtaanto.catalogue.ConceptMatch;
import fi.kohtaanto.catalogue.ConceptType;
import fi.kohtaanto.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Looking up ESCO occupations and skills: the suggestions behind the concept picker, a search page and a page per
 * concept. Open to every signed-in user.
 */
@Controller
class CatalogueController {

	static final String VIEW_SEARCH = "catalogue/search";

	static final String VIEW_CONCEPT = "catalogue/concept";

	static final String VIEW_SUGGESTIONS = "catalogue/suggest :: items";

	static final String VIEW_NO_SUGGESTIONS = "catalogue/suggest :: empty";

	static final int SUGGESTIONS = 10;

	static final int RESULTS = 50;

	/** Picker ids end up in attributes and element ids: keep them to a plain identifier. */
	private static final Pattern PICKER_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

	private final Catalogue catalogue;

	CatalogueController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	/**
	 * The suggestion list of a picker, as {@code <li>} items. The text comes as {@code q}; a picker's own field name
	 * ({@code <name>Text}) is accepted too, in case the page's script did not rename it.
	 */
	@GetMapping("/catalogue/suggest")
	String suggest(@RequestParam ConceptType type, @RequestParam(name = "for", defaultValue = "") String pickerId,
			@RequestParam Map<String, String> parameters, Locale locale, Model model) {
		if (!pickerId.isEmpty() && !PICKER_ID.matcher(pickerId).matches()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		String text = text(parameters);
		if (text.length() < 2) {
			return VIEW_NO_SUGGESTIONS;
		}
		model.addAttribute("pickerId", pickerId);
		model.addAttribute("q", text);
		model.addAttribute("suggestions", catalogue.search(text, type, SUGGESTIONS)
			.stream()
			.map(match -> Suggestion.of(match, locale))
			.toList());
		return VIEW_SUGGESTIONS;
	}

	@GetMapping("/catalogue")
	String search(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "OCCUPATION") ConceptType type, Locale locale, Model model) {
		String text = q.strip();
		model.addAttribute("q", text);
		model.addAttribute("type", type);
		model.addAttribute("tooShort", !text.isEmpty() && text.length() < 2);
		model.addAttribute("results", text.length() < 2 ? List.of()
				: catalogue.search(text, type, RESULTS).stream().map(match -> Suggestion.of(match, locale)).toList());
		model.addAttribute("status", catalogue.status());
		return VIEW_SEARCH;
	}

	@GetMapping("/catalogue/concept")
	String concept(@RequestParam String uri, Locale locale, Model model) {
		Concept concept = catalogue.concept(uri).orElseThrow(NotFoundException::new);
		model.addAttribute("concept", concept);
		model.addAttribute("view", ConceptView.of(concept, locale));
		List<String> related = concept.type() == ConceptType.OCCUPATION ? catalogue.skillsOf(uri, false)
				: catalogue.occupationsWith(uri, false);
		List<String> essential = concept.type() == ConceptType.OCCUPATION ? catalogue.skillsOf(uri, true)
				: catalogue.occupationsWith(uri, true);
		Map<String, Concept> concepts = catalogue.concepts(related);
		model.addAttribute("essential", views(essential, concepts, locale));
		model.addAttribute("optional", views(related.subList(essential.size(), related.size()), concepts, locale));
		return VIEW_CONCEPT;
	}

	private static List<ConceptView> views(List<String> uris, Map<String, Concept> concepts, Locale locale) {
		return uris.stream()
			.map(concepts::get)
			.filter(java.util.Objects::nonNull)
			.map(concept -> ConceptView.of(concept, locale))
			.sorted(java.util.Comparator.comparing(ConceptView::label, java.text.Collator.getInstance(locale)))
			.toList();
	}

	private static String text(Map<String, String> parameters) {
		String text = parameters.get("q");
		if (text == null) {
			text = parameters.entrySet()
				.stream()
				.filter(entry -> entry.getKey().endsWith("Text"))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse("");
		}
		return text.strip();
	}

	/**
	 * A concept as shown in a list: the label in the page's language, the other language's label, and the label the
	 * text matched if that was neither.
	 */
	record Suggestion(String uri, String label, String labelLang, @Nullable String otherLabel, String otherLang,
			@Nullable String matchedLabel) {

		static Suggestion of(ConceptMatch match, Locale locale) {
			ConceptView view = ConceptView.of(match.concept(), locale);
			String matched = match.matchedLabel();
			boolean preferred = matched.equalsIgnoreCase(match.concept().labelEn())
					|| matched.equalsIgnoreCase(Optional.ofNullable(match.concept().labelFi()).orElse(""));
			return new Suggestion(view.uri(), view.label(), view.labelLang(), view.otherLabel(), view.otherLang(),
					preferred ? null : matched);
		}

	}

	record ConceptView(String uri, String label, String labelLang, @Nullable String otherLabel, String otherLang) {

		/** Labels carry their language, because a Swedish page shows English ones (ESCO has no Swedish here). */
		static ConceptView of(Concept concept, Locale locale) {
			String labelLang = "fi".equals(locale.getLanguage()) && concept.labelFi() != null
					&& !concept.labelFi().isBlank() ? "fi" : "en";
			return new ConceptView(concept.uri(), concept.label(locale), labelLang, concept.otherLabel(locale),
					"fi".equals(labelLang) ? "en" : "fi");
		}

	}

}
