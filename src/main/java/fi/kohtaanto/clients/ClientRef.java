package fi.kohtaanto.clients;

import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;

/**
 * A client as other modules refer to one: enough to name the client on a page and to audit access.
 */
public record ClientRef(ClientId id, String displayName, OrganisationId owner) {
}
