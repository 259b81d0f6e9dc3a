package fi.kohtaanto.matching.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.Languages;
import fi.kohtaanto.matching.MatchExplanation;
import org.springframework.ui.Model;

/**
 * Puts the labels the matching pages show into the model: {@code concepts} (URI to ESCO concept) for every skill
 * and occupation the explanations name, and {@code languageNames} (code to name in the page's language).
 */
final class Labels {

	private Labels() {
	}

	static void add(Model model, Catalogue catalogue, Locale locale, Collection<MatchExplanation> explanations,
			Collection<String> moreUris, Collection<String> moreLanguages) {
		Set<String> uris = new HashSet<>(moreUris);
		Set<String> languages = new HashSet<>(moreLanguages);
		for (MatchExplanation explanation : explanations) {
			explanation.skills().forEach(skill -> {
				uris.add(skill.skillUri());
				if (skill.impliedByOccupationUri() != null) {
					uris.add(skill.impliedByOccupationUri());
				}
			});
			if (explanation.clientOccupationUri() != null) {
				uris.add(explanation.clientOccupationUri());
			}
			explanation.languages().forEach(language -> languages.add(language.languageCode()));
		}
		model.addAttribute("concepts", catalogue.concepts(uris));
		model.addAttribute("languageNames",
				languages.stream().collect(Collectors.toMap(code -> code, code -> Languages.name(code, locale))));
	}

}
