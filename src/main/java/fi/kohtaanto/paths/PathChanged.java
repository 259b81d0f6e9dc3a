package fi.kohtaanto.paths;

import fi.kohtaanto.shared.ClientId;

/**
 * Published in every transaction that adds, changes or removes a step of the client's path plan.
 */
public record PathChanged(ClientId client) {
}
