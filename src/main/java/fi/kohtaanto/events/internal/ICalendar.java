package fi.kohtaanto.events.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import fi.kohtaanto.events.EventStatus;
import fi.kohtaanto.events.EventView;

/**
 * Writes events as an iCalendar (RFC 5545) calendar: times in UTC, texts escaped, lines folded at 75 octets.
 */
final class ICalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private ICalendar() {
	}

	/**
	 * @param host the host name used in the UIDs, so that they are unique across installations
	 * @param url link to each event's page, formatted with the event id
	 */
	static String calendar(List<EventView> events, Locale locale, String host, String url, Instant now) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Kohtaanto//Events//" + locale.getLanguage().toUpperCase(Locale.ROOT));
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		for (EventView event : events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:event-" + event.id() + "@" + host);
			line(out, "DTSTAMP:" + UTC.format(now));
			line(out, "DTSTART:" + UTC.format(event.data().startsAt()));
			line(out, "DTEND:" + UTC.format(event.data().endsAt()));
			line(out, "SEQUENCE:" + event.version());
			line(out, "SUMMARY:" + text(event.data().title(locale)));
			String description = event.data().description(locale);
			if (description != null && !description.isBlank()) {
				line(out, "DESCRIPTION:" + text(description));
			}
			String place = event.data().location();
			if (place != null && !place.isBlank()) {
				line(out, "LOCATION:" + text(place));
			}
			line(out, "URL:" + url.formatted(event.id()));
			line(out, "STATUS:" + (event.status() == EventStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** Appends a content line folded so that no line is longer than 75 octets, without splitting a character. */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int start = 0;
		for (int i = 0; i < content.length(); i = content.offsetByCodePoints(i, 1)) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				out.append(content, start, i).append("\r\n ");
				start = i;
				octets = 1;
			}
			octets += size;
		}
		out.append(content, start, content.length()).append("\r\n");
	}

}
