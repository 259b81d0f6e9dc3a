package fi.kohtaanto.audit;

import java.time.Instant;
import java.util.List;

import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log.
 */
public record AuditEntry(long id, Instant occurredAt, String actorUsername, @Nullable OrganisationId actorOrganisation,
		AuditAction action, String subjectType, @Nullable Long subjectId, List<Long> subjectIds,
		@Nullable OrganisationId subjectOwner, String details) {
}
