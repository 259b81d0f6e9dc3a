package fi.kohtaanto.employers.internal;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.accounts.Role;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.audit.AuditLog;
import fi.kohtaanto.audit.AuditSubject;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.NotFoundException;
import fi.kohtaanto.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The checks every change of employer data starts with, and the audit entry it ends with. Advisors and
 * coordinators of every organisation of the network work with all employers; admins do not.
 */
@Component
class EmployerGuard {

	static final String SUBJECT = "employer";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	EmployerGuard(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	static boolean worksWithEmployers(CurrentUser user) {
		return user.role() == Role.ADVISOR || user.role() == Role.COORDINATOR;
	}

	/** @throws NotFoundException for users who do not work with employers, the same as for a missing page */
	static void requireStaff(CurrentUser user) {
		if (!worksWithEmployers(user)) {
			throw new NotFoundException();
		}
	}

	/**
	 * The organisation that registered the employer: the owner of the employer's audit entries.
	 * @throws NotFoundException if there is no such employer or the user does not work with employers
	 */
	OrganisationId owner(CurrentUser user, EmployerId employer) {
		requireStaff(user);
		return jdbc.sql("select created_by_organisation_id from employer where id = :id")
			.param("id", employer.value())
			.query(Long.class)
			.optional()
			.map(OrganisationId::of)
			.orElseThrow(NotFoundException::new);
	}

	/** Audits an action on an employer's data; the details name what was done, never the values. */
	void audit(CurrentUser user, AuditAction action, EmployerId employer, OrganisationId owner, String details) {
		audit.record(user, action, new AuditSubject(SUBJECT, employer.value(), owner), details);
	}

}
