package fi.kohtaanto.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoMarkupValidatorTests {

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</b>", "< svg onload=x>",
			"<!-- hidden -->", "javascript:alert(1)", "JavaScript :void(0)", "bell\u0007" })
	void rejectsMarkupScriptsAndControlCharacters(String text) {
		assertThat(NoMarkupValidator.isPlain(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Amina Haddad", "Ä-Ö Åström", "salary < 3000 € and > 2000 €", "line\nbreak\ttab",
			"O'Connor", "3 < 4", "" })
	void acceptsPlainText(String text) {
		assertThat(NoMarkupValidator.isPlain(text)).isTrue();
	}

}
