package fi.kohtaanto.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Filter of the audit log; every part is optional.
 *
 * @param subjectType kind of record; with {@code subjectId} also matches lists that showed the record
 */
public record AuditQuery(@Nullable String subjectType, @Nullable Long subjectId, @Nullable String actorUsername,
		@Nullable AuditAction action, @Nullable LocalDate from, @Nullable LocalDate to) {

	public static AuditQuery forSubject(String subjectType, long subjectId) {
		return new AuditQuery(subjectType, subjectId, null, null, null, null);
	}

}
