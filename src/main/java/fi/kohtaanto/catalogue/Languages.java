package fi.kohtaanto.catalogue;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Languages a client may speak, by ISO 639 code, named in the page's language by the JDK's CLDR data.
 */
public final class Languages {

	/** Finnish and Swedish first: they are what Finnish employers ask for. */
	private static final List<String> CODES = List.of("fi", "sv", "en", "ar", "am", "bn", "bs", "de", "es", "et",
			"fa", "fr", "hi", "hr", "hu", "it", "ja", "km", "ko", "ku", "lt", "lv", "my", "ne", "nl", "pl", "ps", "pt",
			"ro", "ru", "so", "sq", "sr", "sw", "ta", "th", "ti", "tl", "tr", "uk", "ur", "uz", "vi", "zh");

	private static final Set<String> KNOWN = Set.copyOf(CODES);

	private Languages() {
	}

	public record Language(String code, String name) {
	}

	public static boolean isKnown(String code) {
		return KNOWN.contains(code);
	}

	public static String name(String code, Locale locale) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
		return name.isEmpty() ? code : name;
	}

	/** The names of all languages in the page's language, by code. */
	public static java.util.Map<String, String> names(Locale locale) {
		return CODES.stream().collect(java.util.stream.Collectors.toMap(code -> code, code -> name(code, locale)));
	}

	/** Finnish, Swedish and English first, then the rest alphabetically in the page's language. */
	public static List<Language> all(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		List<Language> first = CODES.subList(0, 3).stream().map(code -> new Language(code, name(code, locale))).toList();
		List<Language> rest = CODES.subList(3, CODES.size())
			.stream()
			.map(code -> new Language(code, name(code, locale)))
			.sorted(Comparator.comparing(Language::name, collator))
			.toList();
		return java.util.stream.Stream.concat(first.stream(), rest.stream()).toList();
	}

}
