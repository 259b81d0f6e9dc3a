package fi.kohtaanto.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class CountriesTests {

	@Test
	void thirdCountryNationalsAreThoseWhoAreNotCitizensOfTheUnion() {
		assertThat(Countries.isThirdCountry("SY")).isTrue();
		assertThat(Countries.isThirdCountry("UA")).isTrue();
		assertThat(Countries.isThirdCountry("NO")).as("EEA, not EU").isTrue();
		assertThat(Countries.isThirdCountry("CH")).isTrue();
		assertThat(Countries.isThirdCountry("GB")).isTrue();
		assertThat(Countries.isThirdCountry("FI")).isFalse();
		assertThat(Countries.isThirdCountry("SE")).isFalse();
		assertThat(Countries.isThirdCountry("RO")).isFalse();
	}

	@Test
	void namesCountriesInThePageLanguage() {
		assertThat(Countries.name("SE", Locale.forLanguageTag("fi"))).isEqualTo("Ruotsi");
		assertThat(Countries.name("FI", Locale.forLanguageTag("sv"))).isEqualTo("Finland");
	}

}
