package fi.kohtaanto.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * What an event says. Finnish title is required; English and Swedish texts are shown where given.
 *
 * @param languageLevel for language cafés, the Finnish level the café is for
 * @param registrationClosesAt {@literal null}: registration is open until the event starts
 * @param publicRegistration people register themselves through the public page
 */
public record EventData(EventType type, OrganisationId organisation, String titleFi, @Nullable String titleEn,
		@Nullable String titleSv, @Nullable String descriptionFi, @Nullable String descriptionEn,
		@Nullable String descriptionSv, @Nullable LanguageLevel languageLevel, @Nullable String location,
		@Nullable String onlineUrl, Instant startsAt, Instant endsAt, int capacity,
		@Nullable Instant registrationClosesAt, boolean publicRegistration) {

	public static final int MAX_CAPACITY = 10_000;

	/** A rule the data breaks: the field and the message key. */
	public record Problem(String field, String code) {
	}

	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (!endsAt.isAfter(startsAt)) {
			problems.add(new Problem("endTime", "event.end.beforeStart"));
		}
		if (capacity < 1 || capacity > MAX_CAPACITY) {
			problems.add(new Problem("capacity", "event.capacity.range"));
		}
		if (registrationClosesAt != null && registrationClosesAt.isAfter(startsAt)) {
			problems.add(new Problem("registrationClosesOn", "event.closes.afterStart"));
		}
		if (type == EventType.LANGUAGE_CAFE && languageLevel == null) {
			problems.add(new Problem("languageLevel", "event.level.required"));
		}
		if ((location == null || location.isBlank()) && (onlineUrl == null || onlineUrl.isBlank())) {
			problems.add(new Problem("location", "event.place.required"));
		}
		return problems;
	}

	/** The title in the language of the page, Finnish where there is no translation. */
	public String title(Locale locale) {
		String translated = switch (locale.getLanguage()) {
			case "en" -> titleEn;
			case "sv" -> titleSv;
			default -> null;
		};
		return translated == null || translated.isBlank() ? titleFi : translated;
	}

	/** The description in the language of the page, Finnish where there is no translation. */
	public @Nullable String description(Locale locale) {
		String translated = switch (locale.getLanguage()) {
			case "en" -> descriptionEn;
			case "sv" -> descriptionSv;
			default -> null;
		};
		return translated == null || translated.isBlank() ? descriptionFi : translated;
	}

	/** Registration is open at the moment: published, not full or with a waiting list, before the closing time. */
	public boolean registrationOpenAt(Instant now) {
		Instant closes = registrationClosesAt == null ? startsAt : registrationClosesAt;
		return now.isBefore(closes);
	}

}
