package fi.kohtaanto.vacancies.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.kohtaanto.vacancies.AdVariant;
import org.jspecify.annotations.Nullable;

/**
 * The slots of the phrase bank ({@code {occupation}} and the like) and how they are filled from a vacancy. A slot
 * the vacancy has no value for is shown as a bracketed name, such as {@code [aloituspäivä]}, so that the gap is
 * visible in the preview instead of silently dropping a word.
 */
enum Slot {

	EMPLOYER("employer", "työnantaja", "employer"),
	OCCUPATION("occupation", "ammatti", "occupation"),
	MUNICIPALITY("municipality", "paikkakunta", "municipality"),
	PLACES("places", "paikkojen määrä", "number of openings"),
	START_DATE("startDate", "aloituspäivä", "start date"),
	APPLY_BY("applyBy", "hakuajan viimeinen päivä", "last day to apply"),
	CONTACT("contact", "yhteystiedot", "contact details");

	private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z]+)\\}");

	private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final String key;

	private final String gapFi;

	private final String gapEn;

	Slot(String key, String gapFi, String gapEn) {
		this.key = key;
		this.gapFi = gapFi;
		this.gapEn = gapEn;
	}

	public String key() {
		return key;
	}

	/** What stands in the text for a missing value: the slot's name in brackets, in the variant's language. */
	String gap(AdVariant variant) {
		return "[" + (variant == AdVariant.EN ? gapEn : gapFi) + "]";
	}

	static @Nullable Slot of(String key) {
		for (Slot slot : values()) {
			if (slot.key.equals(key)) {
				return slot;
			}
		}
		return null;
	}

	/** The names of the slots a text uses, known or not, in order of appearance. */
	static Set<String> in(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = SLOT.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/**
	 * The text with its slots filled for the variant; a slot without a value becomes the bracketed gap, an unknown
	 * name stays as it is.
	 */
	static String fill(String text, Map<Slot, Values> values, AdVariant variant) {
		Matcher matcher = SLOT.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			Slot slot = of(matcher.group(1));
			String replacement;
			if (slot == null) {
				replacement = matcher.group();
			}
			else {
				Values value = values.get(slot);
				String filledIn = value == null ? null : (variant == AdVariant.EN ? value.en() : value.fi());
				replacement = filledIn == null || filledIn.isBlank() ? slot.gap(variant) : filledIn;
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	/** A slot's value in Finnish (also used by plain Finnish) and English. */
	record Values(@Nullable String fi, @Nullable String en) {

		static Values same(@Nullable String value) {
			return new Values(value, value);
		}

		static Values date(@Nullable LocalDate date) {
			return date == null ? new Values(null, null)
					: new Values(FINNISH_DATE.format(date), ENGLISH_DATE.format(date));
		}

	}

}
