package fi.kohtaanto.audit;

import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * Whose data an audit entry is about.
 *
 * @param type kind of record, such as {@code client}
 * @param id the record's id
 * @param owner the organisation responsible for the record, so that its coordinator can follow who used it
 */
public record AuditSubject(String type, long id, @Nullable OrganisationId owner) {

	public static final String CLIENT = "client";

	public static AuditSubject client(ClientId id, @Nullable OrganisationId owner) {
		return new AuditSubject(CLIENT, id.value(), owner);
	}

}
