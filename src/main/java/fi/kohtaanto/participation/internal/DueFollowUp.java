package fi.kohtaanto.participation.internal;

import java.time.LocalDate;

import fi.kohtaanto.clients.ClientRef;

/**
 * A follow-up that falls due soon or is overdue.
 */
record DueFollowUp(ClientRef client, LocalDate exitDate, LocalDate dueDate, boolean overdue) {
}
