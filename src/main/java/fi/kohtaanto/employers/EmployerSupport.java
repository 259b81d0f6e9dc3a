package fi.kohtaanto.employers;

import java.time.LocalDate;

import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.OrganisationId;

/**
 * Something an organisation of the network did with an employer that counts as support in the reports.
 *
 * @param date the contact date, the survey date, or the agreement's signing date (an agreement counts once it is
 * signed)
 */
public record EmployerSupport(EmployerId employer, OrganisationId organisation, LocalDate date, SupportKind kind) {
}
