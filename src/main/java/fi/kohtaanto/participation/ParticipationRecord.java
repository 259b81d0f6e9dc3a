package fi.kohtaanto.participation;

import java.time.LocalDate;

import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A client's exit and, once made, the six-month follow-up.
 *
 * @param owner the organisation that reports the client as its participant
 */
public record ParticipationRecord(ClientId client, OrganisationId owner, ExitData exit,
		@Nullable FollowUpData followUp, int version) {

	public LocalDate followUpDue() {
		return Participation.dueDate(exit.exitDate());
	}

}
