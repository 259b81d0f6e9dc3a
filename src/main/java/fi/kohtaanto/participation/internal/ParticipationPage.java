package fi.kohtaanto.participation.internal;

import java.time.LocalDate;

import fi.kohtaanto.clients.ClientRef;
import fi.kohtaanto.participation.ParticipationRecord;
import org.jspecify.annotations.Nullable;

/**
 * What the participation page of a client shows.
 */
record ParticipationPage(ClientRef client, LocalDate entryDate, @Nullable ParticipationRecord record) {
}
