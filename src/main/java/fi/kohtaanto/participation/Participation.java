package fi.kohtaanto.participation;

import java.time.LocalDate;
import java.util.Optional;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.shared.ClientId;

/**
 * Exits and follow-ups for other modules.
 */
public interface Participation {

	/** The follow-up falls due six months after leaving. */
	static LocalDate dueDate(LocalDate exitDate) {
		return exitDate.plusMonths(6);
	}

	/** The client's exit and follow-up, for statistics only. */
	Optional<ParticipationRecord> of(ClientId client);

	/**
	 * Records the client's exit, or replaces it.
	 * @throws RulesBrokenException if the data breaks a rule of {@link ExitData#problems}
	 * @throws fi.kohtaanto.shared.NotFoundException if the user may not work with the client's record
	 */
	ParticipationRecord recordExit(CurrentUser user, ClientId client, ExitData exit);

	/**
	 * Records the six-month follow-up of a client who has left, or replaces it.
	 * @throws RulesBrokenException if the client has not left or the data breaks a rule of
	 * {@link FollowUpData#problems}
	 * @throws fi.kohtaanto.shared.NotFoundException if the user may not work with the client's record
	 */
	ParticipationRecord recordFollowUp(CurrentUser user, ClientId client, FollowUpData followUp);

}
