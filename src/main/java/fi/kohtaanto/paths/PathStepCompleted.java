package fi.kohtaanto.paths;

import java.time.LocalDate;

import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;

/**
 * Published in the transaction that marks a step of a path plan done.
 */
public record PathStepCompleted(ClientId client, long stepId, PathStepType type, OrganisationId responsible,
		LocalDate endDate) {
}
