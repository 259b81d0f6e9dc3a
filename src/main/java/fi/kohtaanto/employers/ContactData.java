package fi.kohtaanto.employers;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A contact with an employer, as recorded by someone of the network; the organisation and the user are taken from
 * whoever records it.
 */
public record ContactData(LocalDate date, ContactKind kind, String topic, @Nullable String notes) {
}
