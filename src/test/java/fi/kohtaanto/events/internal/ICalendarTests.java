package fi.kohtaanto.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import fi.kohtaanto.events.EventData;
import fi.kohtaanto.events.EventStatus;
import fi.kohtaanto.events.EventType;
import fi.kohtaanto.events.EventView;
import fi.kohtaanto.events.LanguageLevel;
import fi.kohtaanto.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class ICalendarTests {

	static EventView event(String title, String description, EventStatus status) {
		return new EventView(7, new EventData(EventType.LANGUAGE_CAFE, OrganisationId.of(1), title, "Language café",
				null, description, null, null, LanguageLevel.A1_A2, "Pääkirjasto, Raatihuoneenkatu 6", null,
				Instant.parse("2026-12-01T13:00:00Z"), Instant.parse("2026-12-01T14:30:00Z"), 20, null, true), status,
				3, 0, "advisor", 2);
	}

	@Test
	void writesAnEventInUtcWithEscapedTexts() {
		String calendar = ICalendar.calendar(List.of(event("Kielikahvila; A1", "Kahvia, pullaa\nja suomea", EventStatus.PUBLISHED)),
				Locale.forLanguageTag("fi"), "kohtaanto.example", "https://kohtaanto.example/public/events/%d",
				Instant.parse("2026-11-23T10:00:00Z"));
		assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
			.contains("UID:event-7@kohtaanto.example\r\n", "DTSTART:20261201T130000Z\r\n", "DTEND:20261201T143000Z\r\n",
					"DTSTAMP:20261123T100000Z\r\n", "SUMMARY:Kielikahvila\\; A1\r\n",
					"DESCRIPTION:Kahvia\\, pullaa\\nja suomea\r\n", "SEQUENCE:2\r\n", "STATUS:CONFIRMED\r\n",
					"URL:https://kohtaanto.example/public/events/7\r\n")
			.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
		assertThat(ICalendar.calendar(List.of(event("Kielikahvila", "", EventStatus.PUBLISHED)), Locale.ENGLISH, "h",
				"u/%d", Instant.EPOCH)).contains("SUMMARY:Language café\r\n").doesNotContain("DESCRIPTION");
	}

	@Test
	void marksACancelledEvent() {
		assertThat(ICalendar.calendar(List.of(event("Kahvila", "", EventStatus.CANCELLED)), Locale.ENGLISH, "h", "u/%d",
				Instant.EPOCH)).contains("STATUS:CANCELLED\r\n");
	}

	@Test
	void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingCharacters() {
		StringBuilder out = new StringBuilder();
		ICalendar.line(out, "DESCRIPTION:" + "ääkkönen ".repeat(20));
		String[] lines = out.toString().split("\r\n");
		assertThat(lines.length).isGreaterThan(2);
		for (String line : lines) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		for (int i = 1; i < lines.length; i++) {
			assertThat(lines[i]).startsWith(" ");
		}
		String unfolded = out.toString().replace("\r\n ", "").replace("\r\n", "");
		assertThat(unfolded).isEqualTo("DESCRIPTION:" + "ääkkönen ".repeat(20));
	}

}
