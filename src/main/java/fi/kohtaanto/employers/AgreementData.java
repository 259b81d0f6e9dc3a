package fi.kohtaanto.employers;

import java.time.LocalDate;

import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A collaboration agreement with an employer: which placements the employer offers, how many, for which period, and
 * with which organisation of the network.
 *
 * @param places how many people the employer can take at a time
 * @param tasks what the placements are about
 * @param signedOn empty while the agreement is not yet signed
 */
public record AgreementData(OrganisationId partner, boolean workTrials, boolean wageSubsidy, boolean apprenticeships,
		int places, @Nullable String tasks, InstructorTraining instructorTraining, LocalDate periodStart,
		@Nullable LocalDate periodEnd, @Nullable LocalDate signedOn, @Nullable String notes) {
}
