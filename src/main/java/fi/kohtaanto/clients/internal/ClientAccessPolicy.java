package fi.kohtaanto.clients.internal;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.shared.OrganisationId;

/**
 * Who may see a client's record. The organisation that registered the client works with it while the client's
 * service consent is in force; another organisation only while the client also shares the record with it. Without
 * a service consent the registering organisation sees just enough to record a new consent.
 */
final class ClientAccessPolicy {

	public enum Level {

		/** The whole record, and changes to it. */
		FULL,
		/** Name, client number and consents: the service consent has been withdrawn. */
		RESTRICTED,
		/** Nothing: answered as if the client did not exist. */
		NONE

	}

	public record Decision(Level level, String reason) {

		boolean full() {
			return level == Level.FULL;
		}

		boolean any() {
			return level != Level.NONE;
		}

	}

	private ClientAccessPolicy() {
	}

	static Decision decide(CurrentUser user, OrganisationId owner, boolean serviceConsent, boolean sharedWithUser) {
		if (!user.worksWithClients()) {
			return new Decision(Level.NONE, "role " + user.role() + " does not work with clients");
		}
		boolean ownOrganisation = owner.equals(user.organisation());
		if (ownOrganisation) {
			return serviceConsent ? new Decision(Level.FULL, "own organisation")
					: new Decision(Level.RESTRICTED, "service consent not in force");
		}
		if (sharedWithUser && serviceConsent) {
			return new Decision(Level.FULL, "shared with the organisation by consent");
		}
		return new Decision(Level.NONE,
				sharedWithUser ? "service consent not in force" : "not shared with the organisation");
	}

}
