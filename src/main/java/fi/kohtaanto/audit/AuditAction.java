package fi.kohtaanto.audit;

/**
 * What was done to personal data.
 */
public enum AuditAction {

	/** A record was opened. */
	VIEW,
	/** A list or search result showing several records was displayed. */
	LIST,
	CREATE,
	UPDATE,
	DELETE,
	CONSENT_GIVEN,
	CONSENT_WITHDRAWN,
	/** Data left the system: an export, a shared card. */
	DISCLOSE,
	/** Someone asked for a record they may not see. */
	ACCESS_DENIED

}
