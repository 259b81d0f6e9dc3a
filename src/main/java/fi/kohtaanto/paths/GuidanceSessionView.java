package fi.kohtaanto.paths;

import java.time.LocalDate;

import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A guidance session held with a client.
 *
 * @param pathStepId the step of the path plan the session belonged to, if any
 */
public record GuidanceSessionView(long id, ClientId client, @Nullable Long pathStepId, LocalDate heldOn,
		int durationMinutes, GuidanceMode mode, OrganisationId organisation, String advisor,
		@Nullable String summary) {
}
