package fi.kohtaanto.employers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit, such as {@code 0112038-9}.
 * <p>
 * The check digit: the seven digits are weighted 7, 9, 10, 5, 8, 4, 2 and summed; with r the sum modulo 11, the
 * check digit is 0 when r is 0, and 11 − r otherwise. No business ID has r = 1. Old IDs were issued with six digits
 * and are written with a leading zero today, so {@code 123456-7} is read as {@code 0123456-7}.
 *
 * @param value the normalised form, always {@code NNNNNNN-C}
 */
public record BusinessId(String value) {

	private static final Pattern FORM = Pattern.compile("\\d{6,7}-\\d");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2 };

	/** Why a text is not a business ID. */
	public enum Problem {

		/** Not seven (or six) digits, a hyphen and one digit. */
		FORMAT,
		/** The digits are fine but no business ID has them (the remainder is 1). */
		IMPOSSIBLE,
		/** The check digit does not match the digits. */
		CHECK_DIGIT

	}

	public BusinessId {
		if (problem(value).isPresent() || value.length() != 9) {
			throw new IllegalArgumentException("Not a normalised business ID");
		}
	}

	/** The business ID the text stands for, with surrounding white space removed and a six-digit ID padded. */
	public static Optional<BusinessId> parse(String text) {
		if (text == null || problem(text).isPresent()) {
			return Optional.empty();
		}
		String trimmed = text.strip();
		return Optional.of(new BusinessId(trimmed.length() == 8 ? "0" + trimmed : trimmed));
	}

	/** What is wrong with the text as a business ID, if anything. */
	public static Optional<Problem> problem(String text) {
		String trimmed = text == null ? "" : text.strip();
		if (!FORM.matcher(trimmed).matches()) {
			return Optional.of(Problem.FORMAT);
		}
		String digits = trimmed.length() == 8 ? "0" + trimmed : trimmed;
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += WEIGHTS[i] * (digits.charAt(i) - '0');
		}
		int remainder = sum % 11;
		if (remainder == 1) {
			return Optional.of(Problem.IMPOSSIBLE);
		}
		int check = remainder == 0 ? 0 : 11 - remainder;
		return check == digits.charAt(8) - '0' ? Optional.empty() : Optional.of(Problem.CHECK_DIGIT);
	}

	@Override
	public String toString() {
		return value;
	}

}
