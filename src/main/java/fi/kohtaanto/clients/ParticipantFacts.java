package fi.kohtaanto.clients;

import java.time.LocalDate;

import fi.kohtaanto.catalogue.IscedLevel;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;

/**
 * What the ESF+ entry indicators need to know of a client, without name or contact details: for statistics only.
 *
 * @param owner the organisation that registered the client and reports them as its participant
 * @param citizenship ISO 3166 country code
 */
public record ParticipantFacts(ClientId id, OrganisationId owner, LocalDate entryDate, int birthYear, Gender gender,
		LabourMarketStatus status, IscedLevel iscedLevel, String citizenship, boolean foreignBackground,
		String municipalityCode) {

	public AgeBand ageBand() {
		return AgeBand.of(birthYear, entryDate);
	}

}
