package fi.kohtaanto.events.internal;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fi.kohtaanto.events.EventView;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Invitation texts for an event in the languages of the network's clients, ready to copy into an e-mail, a
 * message or a poster: Finnish, plain Finnish (selkosuomi), English, Swedish, Ukrainian, Russian and Arabic. The
 * sentences come from {@code invitations/invitations_*.properties}; the event's own description is added in Finnish,
 * English or Swedish where the organiser wrote it.
 */
@Component
class InvitationTexts {

	/** A language of the invitations; plain Finnish uses its own sentences of the Finnish bundle. */
	enum Language {

		FI("fi", "fi", ""), FI_PLAIN("fi", "fi", "plain."), EN("en", "en", ""), SV("sv", "sv", ""),
		UK("uk", "uk", ""), RU("ru", "ru", ""), AR("ar", "ar", "");

		final String tag;

		final Locale locale;

		final String prefix;

		Language(String tag, String bundle, String prefix) {
			this.tag = tag;
			this.locale = Locale.forLanguageTag(bundle);
			this.prefix = prefix;
		}

		boolean rightToLeft() {
			return this == AR;
		}

	}

	/** One invitation: the language and its paragraphs. */
	record Invitation(Language language, String tag, boolean rightToLeft, List<String> paragraphs) {
	}

	private final ResourceBundleMessageSource sentences = new ResourceBundleMessageSource();

	InvitationTexts() {
		sentences.setBasenames("invitations/invitations");
		sentences.setDefaultEncoding("UTF-8");
		sentences.setFallbackToSystemLocale(false);
	}

	List<Invitation> all(EventView event, String registrationUrl) {
		List<Invitation> invitations = new ArrayList<>();
		for (Language language : Language.values()) {
			invitations.add(invitation(event, language, registrationUrl));
		}
		return invitations;
	}

	Invitation invitation(EventView event, Language language, String registrationUrl) {
		ZonedDateTime start = event.data().startsAt().atZone(EventService.HELSINKI);
		ZonedDateTime end = event.data().endsAt().atZone(EventService.HELSINKI);
		String date = DateTimeFormatter.ofPattern("d.M.yyyy").format(start);
		String time = DateTimeFormatter.ofPattern("H.mm").format(start) + "–"
				+ DateTimeFormatter.ofPattern("H.mm").format(end);
		Locale textLocale = language.locale;
		String title = event.data().title(textLocale);
		List<String> paragraphs = new ArrayList<>();
		String type = event.data().type().name();
		paragraphs.add(sentence(language, "welcome." + type, title));
		if (event.data().languageLevel() != null) {
			paragraphs.add(sentence(language, "level." + event.data().languageLevel().name()));
		}
		paragraphs.add(sentence(language, "when", date, time));
		if (event.data().location() != null && !event.data().location().isBlank()) {
			paragraphs.add(sentence(language, "where", event.data().location()));
		}
		if (event.data().onlineUrl() != null && !event.data().onlineUrl().isBlank()) {
			paragraphs.add(sentence(language, "online", event.data().onlineUrl()));
		}
		if (language != Language.FI_PLAIN && language.locale.getLanguage().matches("fi|en|sv")) {
			String description = event.data().description(textLocale);
			if (description != null && !description.isBlank()) {
				paragraphs.add(description);
			}
		}
		paragraphs.add(sentence(language, "free"));
		paragraphs.add(event.data().publicRegistration() ? sentence(language, "register", registrationUrl)
				: sentence(language, "registerWithAdvisor"));
		paragraphs.add(sentence(language, "places", String.valueOf(event.data().capacity())));
		return new Invitation(language, language == Language.FI_PLAIN ? "fi" : language.tag, language.rightToLeft(),
				paragraphs);
	}

	private String sentence(Language language, String key, Object... arguments) {
		return sentences.getMessage(language.prefix + key, arguments, language.locale);
	}

}
