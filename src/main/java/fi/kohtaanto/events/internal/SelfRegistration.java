package fi.kohtaanto.events.internal;

import org.jspecify.annotations.Nullable;

/**
 * What a person gives when they register themself through the public page.
 */
record SelfRegistration(String name, String email, @Nullable String phone, @Nullable String language) {
}
