package fi.kohtaanto.matching.engine;

import java.util.List;
import java.util.Objects;

/**
 * What the engine knows of a vacancy for matching. A skill both required and nice to have counts as required;
 * together they may name at most {@value #MAX_SKILLS} distinct skills.
 *
 * @param id the vacancy id
 * @param occupation the ESCO occupation id, or {@link #NO_OCCUPATION}
 * @param requiredSkills skills the vacancy requires
 * @param niceToHaveSkills skills that count in the candidate's favour
 * @param languages minimum levels required, one per language
 * @param place where the work is
 * @param startDate first working day, as epoch day
 * @param remoteAllowed whether a candidate outside the region still counts a little
 */
public record VacancyProfile(long id, int occupation, int[] requiredSkills, int[] niceToHaveSkills,
		List<LanguageLevel> languages, Place place, int startDate, boolean remoteAllowed) {

	/** The vacancy has no ESCO occupation; the occupation score then does not count. */
	public static final int NO_OCCUPATION = -1;

	/**
	 * Most distinct skills a vacancy may name: the engine keeps them as bits of a {@code long}, two of which hold the
	 * candidate's occupation tier.
	 */
	public static final int MAX_SKILLS = 62;

	public VacancyProfile {
		Objects.requireNonNull(requiredSkills, "requiredSkills");
		Objects.requireNonNull(niceToHaveSkills, "niceToHaveSkills");
		languages = List.copyOf(languages);
		Objects.requireNonNull(place, "place");
	}

}
