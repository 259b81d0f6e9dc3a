package fi.kohtaanto.catalogue;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Countries by ISO 3166 alpha-2 code, named by the JDK's CLDR data, and whether a citizen is a third-country
 * national in the ESF+ sense (not a citizen of an EU member state, an EEA state or Switzerland).
 */
public final class Countries {

	private static final Set<String> EU_EEA_CH = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
			"DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS",
			"LI", "NO", "CH");

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private Countries() {
	}

	public record Country(String code, String name) {
	}

	public static boolean isKnown(String code) {
		return CODES.contains(code);
	}

	public static boolean isThirdCountry(String code) {
		return !EU_EEA_CH.contains(code);
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
