package fi.kohtaanto.vacancies.internal;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.accounts.Role;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.audit.AuditLog;
import fi.kohtaanto.audit.AuditSubject;
import fi.kohtaanto.shared.NotFoundException;
import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.VacancyId;
import org.springframework.stereotype.Component;

/**
 * Who may work with vacancies (advisors and coordinators of every organisation; not admins), and the audit entries
 * of changes, whose subject is the vacancy and whose owner is the organisation that created it.
 */
@Component
class VacancyGuard {

	static final String SUBJECT = "vacancy";

	private final AuditLog audit;

	VacancyGuard(AuditLog audit) {
		this.audit = audit;
	}

	/** @throws NotFoundException for users who do not work with vacancies, the same as for a missing page */
	static void requireStaff(CurrentUser user) {
		if (user.role() != Role.ADVISOR && user.role() != Role.COORDINATOR) {
			throw new NotFoundException();
		}
	}

	void audit(CurrentUser user, AuditAction action, VacancyId vacancy, OrganisationId owner, String details) {
		audit.record(user, action, new AuditSubject(SUBJECT, vacancy.value(), owner), details);
	}

}
