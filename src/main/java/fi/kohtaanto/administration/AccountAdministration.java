package fi.kohtaanto.administration;

import fi.kohtaanto.accounts.Accounts;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.accounts.Role;
import fi.kohtaanto.accounts.UserSummary;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.audit.AuditLog;
import fi.kohtaanto.audit.AuditSubject;
import fi.kohtaanto.shared.NotFoundException;
import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to staff accounts made by an admin, each audited in the same transaction.
 */
@Service
@Transactional
class AccountAdministration {

	static final String SUBJECT_USER = "user";

	private final Accounts accounts;

	private final AuditLog audit;

	AccountAdministration(Accounts accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	/** @throws fi.kohtaanto.accounts.UsernameTakenException if the username is in use */
	UserSummary create(CurrentUser admin, String username, String displayName, OrganisationId organisation, Role role,
			String rawPassword) {
		requireAdmin(admin);
		UserSummary created = accounts.create(username, displayName, organisation, role, rawPassword);
		audit.record(admin, AuditAction.CREATE, subject(created), "account, role " + created.role());
		return created;
	}

	/**
	 * Turns sign-in on or off.
	 * @return false if the admin tried to turn off their own account, which is refused
	 */
	boolean setEnabled(CurrentUser admin, UserId id, boolean enabled) {
		requireAdmin(admin);
		UserSummary user = accounts.find(id).orElseThrow(NotFoundException::new);
		if (user.id().equals(admin.id())) {
			return false;
		}
		if (user.enabled() != enabled) {
			accounts.setEnabled(user.id(), enabled);
			audit.record(admin, AuditAction.UPDATE, subject(user), enabled ? "sign-in enabled" : "sign-in disabled");
		}
		return true;
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.isAdmin()) {
			throw new NotFoundException();
		}
	}

	private static AuditSubject subject(UserSummary user) {
		return new AuditSubject(SUBJECT_USER, user.id().value(), user.organisation());
	}

}
