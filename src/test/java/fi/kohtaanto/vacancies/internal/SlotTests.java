package fi.kohtaanto.vacancies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import fi.kohtaanto.vacancies.AdVariant;
import org.junit.jupiter.api.Test;

class SlotTests {

	final Map<Slot, Slot.Values> values = new EnumMap<>(Slot.class);

	@Test
	void fillsSlotsInTheVariantsLanguage() {
		values.put(Slot.OCCUPATION, new Slot.Values("kokki", "cook"));
		values.put(Slot.APPLY_BY, Slot.Values.date(LocalDate.of(2027, 3, 1)));
		String text = "Haemme: {occupation}. Hae viimeistään {applyBy}.";

		assertThat(Slot.fill(text, values, AdVariant.FI)).isEqualTo("Haemme: kokki. Hae viimeistään 1.3.2027.");
		assertThat(Slot.fill(text, values, AdVariant.PLAIN)).isEqualTo("Haemme: kokki. Hae viimeistään 1.3.2027.");
		assertThat(Slot.fill("Apply by {applyBy}.", values, AdVariant.EN)).isEqualTo("Apply by 1 March 2027.");
	}

	@Test
	void showsAMissingValueAsABracketedGapAndLeavesUnknownNamesAlone() {
		values.put(Slot.CONTACT, Slot.Values.same("  "));

		assertThat(Slot.fill("Alkaa {startDate}. Kysy: {contact}. {salary}", values, AdVariant.FI))
			.isEqualTo("Alkaa [aloituspäivä]. Kysy: [yhteystiedot]. {salary}");
		assertThat(Slot.fill("Starts {startDate}.", values, AdVariant.EN)).isEqualTo("Starts [start date].");
	}

	@Test
	void doesNotTreatTheValuesAsPatterns() {
		values.put(Slot.EMPLOYER, Slot.Values.same("Oy $1 & \\Ab"));

		assertThat(Slot.fill("{employer}", values, AdVariant.FI)).isEqualTo("Oy $1 & \\Ab");
	}

}
