package fi.kohtaanto.clients;

import fi.kohtaanto.shared.ClientId;

/**
 * Published in the transaction that changes a client's basic data.
 */
public record ClientUpdated(ClientId client) {
}
