package fi.kohtaanto.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.accounts.Role;
import fi.kohtaanto.clients.internal.ClientAccessPolicy.Level;
import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.UserId;
import org.junit.jupiter.api.Test;

class ClientAccessPolicyTests {

	static final OrganisationId OWN = OrganisationId.of(1);

	static final OrganisationId OTHER = OrganisationId.of(2);

	static CurrentUser user(OrganisationId organisation, Role role) {
		return new CurrentUser(UserId.of(7), "someone", "Someone", organisation, role);
	}

	@Test
	void ownOrganisationWorksWithClientWhileServiceConsentIsInForce() {
		assertThat(ClientAccessPolicy.decide(user(OWN, Role.ADVISOR), OWN, true, false).level()).isEqualTo(Level.FULL);
		assertThat(ClientAccessPolicy.decide(user(OWN, Role.COORDINATOR), OWN, true, false).level())
			.isEqualTo(Level.FULL);
	}

	@Test
	void ownOrganisationSeesOnlyConsentsWithoutServiceConsent() {
		assertThat(ClientAccessPolicy.decide(user(OWN, Role.ADVISOR), OWN, false, false).level())
			.isEqualTo(Level.RESTRICTED);
	}

	@Test
	void otherOrganisationNeedsSharingAndServiceConsent() {
		assertThat(ClientAccessPolicy.decide(user(OTHER, Role.ADVISOR), OWN, true, false).level())
			.isEqualTo(Level.NONE);
		assertThat(ClientAccessPolicy.decide(user(OTHER, Role.ADVISOR), OWN, true, true).level())
			.isEqualTo(Level.FULL);
		assertThat(ClientAccessPolicy.decide(user(OTHER, Role.ADVISOR), OWN, false, true).level())
			.isEqualTo(Level.NONE);
	}

	@Test
	void adminsDoNotSeeClientsEvenOfTheirOwnOrganisation() {
		ClientAccessPolicy.Decision decision = ClientAccessPolicy.decide(user(OWN, Role.ADMIN), OWN, true, false);
		assertThat(decision.level()).isEqualTo(Level.NONE);
		assertThat(decision.reason()).contains("ADMIN");
	}

}
