package fi.kohtaanto.employers;

import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.OrganisationId;

/**
 * Published when an employer has been added to the registry.
 */
public record EmployerRegistered(EmployerId employer, OrganisationId registeredBy) {
}
