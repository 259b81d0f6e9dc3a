package fi.kohtaanto.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessIdTests {

	@ParameterizedTest
	@ValueSource(strings = { "0165116-3", "2472908-2", "2249317-6", "0600598-8", "0112038-9", "1234567-1" })
	void acceptsKnownValidBusinessIds(String text) {
		assertThat(BusinessId.problem(text)).isEmpty();
		assertThat(BusinessId.parse(text)).map(BusinessId::value).hasValue(text);
	}

	@ParameterizedTest
	@CsvSource({ "' 0112038-9 ', 0112038-9", "'\t2472908-2\n', 2472908-2", "112038-9, 0112038-9",
			"' 600598-8', 0600598-8" })
	void normalisesSurroundingWhiteSpaceAndTheOldSixDigitForm(String text, String normalised) {
		assertThat(BusinessId.parse(text)).map(BusinessId::value).hasValue(normalised);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0112038-8", "0112038-0", "2472908-3", "0165116-4", "1234567-2", "112038-8" })
	void rejectsAWrongCheckDigit(String text) {
		assertThat(BusinessId.problem(text)).hasValue(BusinessId.Problem.CHECK_DIGIT);
		assertThat(BusinessId.parse(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1000008-0", "1000008-1", "1000016-9", "0000006-0", "000006-5" })
	void rejectsDigitsWhoseRemainderIsOneWhateverTheCheckDigit(String text) {
		assertThat(BusinessId.problem(text)).hasValue(BusinessId.Problem.IMPOSSIBLE);
		assertThat(BusinessId.parse(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "A112038-9", "0112O38-9", "0112038-X", "01120389", "0112038 9", "0112038--9",
			"12038-9", "00112038-9", "0112038-98", "FI01120389", "0112038‐9" })
	void rejectsLettersMissingHyphenAndWrongLength(String text) {
		assertThat(BusinessId.problem(text)).hasValue(BusinessId.Problem.FORMAT);
		assertThat(BusinessId.parse(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "112038-9", " 0112038-9", "0112038-8" })
	void constructorOnlyTakesTheNormalisedValidForm(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> new BusinessId(text));
	}

}
