package fi.kohtaanto.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fi.kohtaanto.catalogue.Catalogue;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The anonymised candidate card an employer opens from a link, without an account ({@code /public/**} is open).
 */
@Controller
class PublicCardController {

	static final String VIEW_CARD = "matching/card";

	static final String VIEW_GONE = "matching/card-gone";

	private final CandidateCardService cards;

	private final Catalogue catalogue;

	PublicCardController(CandidateCardService cards, Catalogue catalogue) {
		this.cards = cards;
		this.catalogue = catalogue;
	}

	@GetMapping("/public/cards/{token}")
	String card(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
		CardContent card = cards.open(token).orElse(null);
		if (card == null) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return VIEW_GONE;
		}
		List<String> uris = new ArrayList<>(card.occupationUris());
		uris.addAll(card.skillUris());
		model.addAttribute("card", card);
		Labels.add(model, catalogue, locale, card.match() == null ? List.of() : List.of(card.match()), uris,
				card.languages().stream().map(language -> language.code()).toList());
		return VIEW_CARD;
	}

}
