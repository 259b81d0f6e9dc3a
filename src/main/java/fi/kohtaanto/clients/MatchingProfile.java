package fi.kohtaanto.clients;

import java.time.LocalDate;
import java.util.List;

import fi.kohtaanto.catalogue.CefrLevel;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * What matching needs to know of a client, without name or contact details: the skills profile on ESCO, languages,
 * where the client lives and when they can start. Whether the client may be matched at all is a question of consent,
 * which the caller asks.
 *
 * @param occupationUris ESCO occupations of the client's work history
 * @param skillUris ESCO skills of the client
 * @param availableFrom {@literal null}: available at once
 */
public record MatchingProfile(ClientId id, OrganisationId owner, List<String> occupationUris, List<String> skillUris,
		List<Language> languages, String municipalityCode, @Nullable LocalDate availableFrom,
		boolean willingToRelocate) {

	public record Language(String code, CefrLevel level) {
	}

	public MatchingProfile {
		occupationUris = List.copyOf(occupationUris);
		skillUris = List.copyOf(skillUris);
		languages = List.copyOf(languages);
	}

}
