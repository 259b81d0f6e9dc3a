package fi.kohtaanto.matching;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.VacancyId;

/**
 * Matching for other modules and the pages. Only clients whose service consent and consent to be shown to employers
 * are in force are ever suggested; the consents are checked again for every result.
 */
public interface Matching {

	/**
	 * The best candidates for a vacancy, best first; seeing them is audited.
	 * @throws fi.kohtaanto.shared.NotFoundException if there is no such vacancy or the user does not work with clients
	 */
	List<CandidateSuggestion> candidates(CurrentUser user, VacancyId vacancy, int limit);

	/**
	 * The best open vacancies for a client the user works with, best first. The client needs no consent to employers
	 * for this: nobody outside sees it.
	 * @throws fi.kohtaanto.shared.NotFoundException if the user may not work with the client
	 */
	List<VacancySuggestion> vacancies(CurrentUser user, ClientId client, int limit);

	/**
	 * For Meet&Match: how well each client fits each employer, as the best score (0 to 100) against the employer's
	 * open vacancies. Clients who may not be matched, and pairs without any fit, are left out.
	 */
	Map<ClientId, Map<EmployerId, Integer>> employerScores(Collection<ClientId> clients,
			Collection<EmployerId> employers);

	/** The stable pseudonym by which the client appears to other organisations and employers. */
	String pseudonym(ClientId client);

}
