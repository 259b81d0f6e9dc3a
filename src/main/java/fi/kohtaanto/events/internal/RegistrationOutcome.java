package fi.kohtaanto.events.internal;

import fi.kohtaanto.events.RegistrationStatus;
import org.jspecify.annotations.Nullable;

/**
 * The result of a registration: a place or the waiting list, and for a self-registration the token of the link
 * that cancels it.
 */
record RegistrationOutcome(long registrationId, RegistrationStatus status, @Nullable String cancelToken) {
}
