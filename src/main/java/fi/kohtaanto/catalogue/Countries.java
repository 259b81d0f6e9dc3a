package fi.kohtaanto.catalogue;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Countries by ISO 3166 alpha-2 code, named by the JDK's CLDR data, and whether a citizen is a third-country
 * national in the ESF+ sense: Article 2(2) of Regulation (EU) 2021/1057 defines it as "a person who is not a citizen
 * of the Union", so citizens of Norway, Iceland, Liechtenstein and Switzerland count as third-country nationals too.
 */
public final class Countries {

	/** The 27 member states of the European Union. */
	private static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
			"GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private Countries() {
	}

	public record Country(String code, String name) {
	}

	public static boolean isKnown(String code) {
		return CODES.contains(code);
	}

	public static boolean isThirdCountry(String code) {
		return !EU.contains(code);
	}

	public static String name(String code, Locale locale) {
		String name = new Locale("", code).getDisplayCountry(locale);
		return name.isEmpty() ? code : name;
	}

	public static List<Country> all(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Arrays.stream(Locale.getISOCountries())
			.map(code -> new Country(code, name(code, locale)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

}
