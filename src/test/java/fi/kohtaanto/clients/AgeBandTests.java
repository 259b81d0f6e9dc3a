package fi.kohtaanto.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AgeBandTests {

	static final LocalDate ENTRY = LocalDate.of(2026, 10, 1);

	@Test
	void bandsFollowTheAgeTurnedInTheYearOfEntry() {
		assertThat(AgeBand.of(2009, ENTRY)).isEqualTo(AgeBand.UNDER_18);
		assertThat(AgeBand.of(2008, ENTRY)).isEqualTo(AgeBand.FROM_18_TO_29);
		assertThat(AgeBand.of(1997, ENTRY)).isEqualTo(AgeBand.FROM_18_TO_29);
		assertThat(AgeBand.of(1996, ENTRY)).isEqualTo(AgeBand.FROM_30_TO_54);
		assertThat(AgeBand.of(1972, ENTRY)).isEqualTo(AgeBand.FROM_30_TO_54);
		assertThat(AgeBand.of(1971, ENTRY)).isEqualTo(AgeBand.FROM_55);
	}

}
