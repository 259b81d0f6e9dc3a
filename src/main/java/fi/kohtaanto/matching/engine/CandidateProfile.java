package fi.kohtaanto.matching.engine;

import java.util.List;
import java.util.Objects;

/**
 * What the engine knows of a client for matching. Ids of skills and occupations are the dense ids of the
 * {@link EscoGraph}; duplicates are ignored.
 *
 * @param id the client id
 * @param skills skills the client lists
 * @param occupations occupations of the client's work history; their ESCO skills count as implied skills
 * @param languages languages and the level the client has in each
 * @param place where the client lives
 * @param availableFrom first day the client can start, as epoch day
 * @param willingToRelocate whether a vacancy outside the client's region still counts a little
 */
public record CandidateProfile(long id, int[] skills, int[] occupations, List<LanguageLevel> languages, Place place,
		int availableFrom, boolean willingToRelocate) {

	public CandidateProfile {
		Objects.requireNonNull(skills, "skills");
		Objects.requireNonNull(occupations, "occupations");
		languages = List.copyOf(languages);
		Objects.requireNonNull(place, "place");
	}

}
