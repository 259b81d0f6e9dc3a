package fi.kohtaanto.shared;

import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Rejects a tag opener ({@code <a}, {@code </}, {@code <!}, {@code <?}), {@code javascript:} and control characters
 * other than line breaks and tabs. A lone {@code <} as in "salary < 3000" passes.
 */
public class NoMarkupValidator implements ConstraintValidator<NoMarkup, CharSequence> {

	private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|javascript\\s*:|[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]",
			Pattern.CASE_INSENSITIVE);

	public static boolean isPlain(CharSequence value) {
		return value == null || !MARKUP.matcher(value).find();
	}

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return isPlain(value);
	}

}
