package fi.kohtaanto.clients;

import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;

/**
 * Published when a client has been registered at intake.
 */
public record ClientRegistered(ClientId client, OrganisationId owner) {
}
