package fi.kohtaanto.employers;

import java.time.LocalDate;

import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.OrganisationId;

/**
 * A recorded contact with an employer, for reports: which organisation of the network, when, and how.
 */
public record EmployerContact(EmployerId employer, OrganisationId organisation, LocalDate date, ContactKind kind) {
}
