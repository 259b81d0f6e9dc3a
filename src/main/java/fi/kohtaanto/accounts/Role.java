package fi.kohtaanto.accounts;

/**
 * What a staff member may do. Every user has exactly one role within exactly one organisation.
 */
public enum Role {

	/** Guides clients of their own organisation and clients shared with it. */
	ADVISOR,

	/** An advisor who also reads the audit log and the reports of their organisation. */
	COORDINATOR,

	/** Manages users and reference data; sees no client records. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
