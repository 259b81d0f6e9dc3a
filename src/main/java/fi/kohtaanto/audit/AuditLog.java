package fi.kohtaanto.audit;

import java.util.Collection;
import java.util.List;

import fi.kohtaanto.accounts.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Records and reads the audit log. Recording joins the caller's transaction, so a change and its audit entry are
 * stored together or not at all; call it from read-write transactions only.
 */
public interface AuditLog {

	/**
	 * Records one action on one record.
	 * @param details what was done, without personal data: field names, purposes, never values
	 */
	void record(CurrentUser actor, AuditAction action, AuditSubject subject, String details);

	/** Records that a list showing the given records was displayed. */
	void recordList(CurrentUser actor, String subjectType, Collection<Long> ids, String details);

	/**
	 * Reads the log. A coordinator sees entries about their organisation's records and entries made by their
	 * organisation's users; an admin sees everything; nobody else sees anything.
	 */
	Page<AuditEntry> search(CurrentUser reader, AuditQuery query, Pageable pageable);

	/** The kinds of record the log has entries about, for filtering. */
	List<String> subjectTypes();

}
