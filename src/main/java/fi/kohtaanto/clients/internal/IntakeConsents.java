package fi.kohtaanto.clients.internal;

import java.time.LocalDate;
import java.util.List;

import fi.kohtaanto.shared.OrganisationId;

/**
 * Consents given at intake, in addition to the service consent without which there is no intake.
 */
record IntakeConsents(LocalDate givenOn, List<OrganisationId> shareWith, boolean employerVisible,
		boolean researchStatistics) {
}
