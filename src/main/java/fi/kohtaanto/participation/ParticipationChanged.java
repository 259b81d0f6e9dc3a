package fi.kohtaanto.participation;

import fi.kohtaanto.shared.ClientId;

/**
 * Published in every transaction that records, changes or removes a client's exit or follow-up.
 */
public record ParticipationChanged(ClientId client) {
}
