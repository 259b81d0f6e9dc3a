package fi.kohtaanto.feedback;

import java.util.Arrays;
import java.util.Optional;

/**
 * A language the surveys are written in. Clients may answer in all of them, employers in Finnish, English and
 * Swedish ({@link RespondentType#languages()}).
 */
public enum SurveyLanguage {

	FI("fi", "suomi", false), EN("en", "English", false), SV("sv", "svenska", false),
	UK("uk", "українська", false), RU("ru", "русский", false), AR("ar", "العربية", true);

	private final String tag;

	private final String name;

	private final boolean rightToLeft;

	SurveyLanguage(String tag, String name, boolean rightToLeft) {
		this.tag = tag;
		this.name = name;
		this.rightToLeft = rightToLeft;
	}

	/** The BCP 47 tag for {@code lang} attributes, such as {@code uk}. */
	public String tag() {
		return tag;
	}

	/** The language's name in the language itself, for the language switch. */
	public String nativeName() {
		return name;
	}

	/** Whether the language is written right to left, so the page needs {@code dir="rtl"}. */
	public boolean rightToLeft() {
		return rightToLeft;
	}

	public static Optional<SurveyLanguage> ofTag(String tag) {
		return Arrays.stream(values()).filter(language -> language.tag.equalsIgnoreCase(tag)).findFirst();
	}

}
