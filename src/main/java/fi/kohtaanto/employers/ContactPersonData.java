package fi.kohtaanto.employers;

import org.jspecify.annotations.Nullable;

/**
 * A contact person of an employer.
 *
 * @param preferredLanguage ISO 639 code of the language the person prefers to be contacted in
 */
public record ContactPersonData(String name, @Nullable String title, @Nullable String email, @Nullable String phone,
		@Nullable String preferredLanguage) {
}
