package fi.kohtaanto.vacancies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fi.kohtaanto.vacancies.AdSection;
import fi.kohtaanto.vacancies.AdVariant;
import org.junit.jupiter.api.Test;

/**
 * The phrase bank file: enough sentences in every section, unique codes, and slots every variant can fill.
 */
class PhraseBankTests {

	final List<Phrase> phrases = PhraseBank.read();

	@Test
	void hasBetweenSixtyAndAHundredPhrasesWithUniqueCodes() {
		assertThat(phrases).hasSizeBetween(60, 100);
		assertThat(phrases.stream().map(Phrase::code).collect(Collectors.toSet())).hasSameSizeAs(phrases);
	}

	@Test
	void everySectionOffersSeveralPhrases() {
		for (AdSection section : AdSection.values()) {
			assertThat(phrases.stream().filter(phrase -> phrase.section() == section).count()).as(section.name())
				.isGreaterThanOrEqualTo(8);
		}
	}

	@Test
	void everyVariantIsWrittenAndEndsLikeASentence() {
		for (Phrase phrase : phrases) {
			for (AdVariant variant : AdVariant.values()) {
				assertThat(phrase.text(variant)).as(phrase.code() + " " + variant).isNotBlank().matches(".*[.!?]$");
			}
			assertThat(phrase.fi()).as(phrase.code()).isNotEqualTo(phrase.en());
		}
	}

	@Test
	void usesOnlyKnownSlotsAndTheSameOnesInEveryVariant() {
		for (Phrase phrase : phrases) {
			Set<String> finnish = Slot.in(phrase.fi());
			for (String name : finnish) {
				assertThat(Slot.of(name)).as(phrase.code() + " {" + name + "}").isNotNull();
			}
			assertThat(Slot.in(phrase.en())).as(phrase.code()).isEqualTo(finnish);
			assertThat(Slot.in(phrase.plain())).as(phrase.code()).isEqualTo(finnish);
		}
	}

	@Test
	void plainFinnishUsesShortSentences() {
		for (Phrase phrase : phrases) {
			for (String sentence : phrase.plain().split("[.!?]\\s*")) {
				assertThat(sentence.split("\\s+")).as(phrase.code() + ": " + sentence).hasSizeLessThanOrEqualTo(12);
			}
		}
	}

}
