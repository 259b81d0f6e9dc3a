package fi.kohtaanto.paths;

import java.time.Instant;

import fi.kohtaanto.shared.ClientId;

/**
 * A step of a client's path plan as stored.
 */
public record PathStepView(long id, ClientId client, PathStepData data, String createdBy, Instant createdAt,
		Instant updatedAt, int version) {
}
