package fi.kohtaanto;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import fi.kohtaanto.accounts.Accounts;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.accounts.Role;
import fi.kohtaanto.catalogue.CefrLevel;
import fi.kohtaanto.catalogue.IscedLevel;
import fi.kohtaanto.clients.ClientRegistration;
import fi.kohtaanto.clients.Clients;
import fi.kohtaanto.clients.Gender;
import fi.kohtaanto.clients.LabourMarketStatus;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.organisations.Organisations;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Creates uniquely named organisations and users for a test, and signs requests in as them.
 */
@Component
public class TestData {

	private static final AtomicInteger counter = new AtomicInteger();

	public static final String PASSWORD = "test-password-1";

	private final Organisations organisations;

	private final Accounts accounts;

	private final Clients clients;

	public TestData(Organisations organisations, Accounts accounts, Clients clients) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.clients = clients;
	}

	public static String unique(String prefix) {
		return prefix + "-" + ProcessHandle.current().pid() + "-" + counter.incrementAndGet();
	}

	public OrganisationView organisation() {
		String name = unique("org");
		return organisations.register(name, "Organisaatio " + name, "Organisation " + name, "Organisation " + name,
				null);
	}

	public CurrentUser user(OrganisationId organisation, Role role) {
		String username = unique(role.name().toLowerCase());
		var summary = accounts.create(username, "Test " + username, organisation, role, PASSWORD);
		return new CurrentUser(summary.id(), summary.username(), summary.displayName(), organisation, role);
	}

	public CurrentUser advisor(OrganisationId organisation) {
		return user(organisation, Role.ADVISOR);
	}

	/**
	 * Registers a client in the user's organisation with a service consent, sharing the record with the given
	 * organisations.
	 */
	public ClientId client(CurrentUser user, String firstName, String lastName, OrganisationId... shareWith) {
		LocalDate today = LocalDate.now();
		return clients.register(user, new ClientRegistration(firstName, lastName, null, null, 1990, Gender.WOMAN,
				LabourMarketStatus.UNEMPLOYED, IscedLevel.ISCED_3, "SY", true, "491", today, null,
				List.of(new ClientRegistration.Language("fi", CefrLevel.A2)), List.of(), List.of(), today,
				List.of(shareWith), false, false));
	}

	/** Signs a MockMvc request in as the user, through the real user details service. */
	public RequestPostProcessor as(CurrentUser user) {
		return SecurityMockMvcRequestPostProcessors.user(principal(user));
	}

	private org.springframework.security.core.userdetails.UserDetails principal(CurrentUser user) {
		return userDetailsService.loadUserByUsername(user.username());
	}

	@org.springframework.beans.factory.annotation.Autowired
	private org.springframework.security.core.userdetails.UserDetailsService userDetailsService;

}
