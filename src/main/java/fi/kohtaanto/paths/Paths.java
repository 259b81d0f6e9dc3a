package fi.kohtaanto.paths;

import java.util.List;
import java.util.Set;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.shared.ClientId;

/**
 * Path plans for other modules. Every method checks that the user may work with the client's record, exactly as
 * the client page does, and audits the access.
 */
public interface Paths {

	/**
	 * The client's plan in timeline order (start date, then the order the steps were added).
	 * @throws fi.kohtaanto.shared.NotFoundException if the user may not work with the client
	 */
	List<PathStepView> plan(CurrentUser user, ClientId client);

	/**
	 * Adds a step to the client's plan.
	 * @throws IllegalArgumentException if the data breaks a rule of {@link PathStepData#problems}
	 * @throws fi.kohtaanto.shared.NotFoundException if the user may not work with the client
	 */
	PathStepView add(CurrentUser user, ClientId client, PathStepData data);

	/**
	 * Logs a guidance session held by the user with the client.
	 * @throws IllegalArgumentException if the step is not one of the client's or the session is in the future
	 * @throws fi.kohtaanto.shared.NotFoundException if the user may not work with the client
	 */
	GuidanceSessionView logSession(CurrentUser user, ClientId client, GuidanceSessionData data);

	/** The kinds of step the client has completed, for statistics only. */
	Set<PathStepType> completedStepTypes(ClientId client);

}
