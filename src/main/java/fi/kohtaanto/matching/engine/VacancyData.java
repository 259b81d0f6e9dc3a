package fi.kohtaanto.matching.engine;

import java.util.Arrays;
import java.util.List;

/**
 * A vacancy as the engine keeps it. Its skills are numbered by slot: required skills first (sorted), then the
 * nice-to-have ones, so that a set of them fits in a {@code long}.
 */
final class VacancyData {

	final long id;

	final int occupation;

	/** Required skills, then nice-to-have ones; each part sorted. */
	final int[] skills;

	final int requiredCount;

	final int[] languageCodes;

	final String[] languageNames;

	final byte[] minimumLevels;

	final int municipality;

	final int subRegion;

	final int region;

	final int startDate;

	final boolean remoteAllowed;

	private VacancyData(VacancyProfile profile, EscoGraph graph, Codes codes, boolean intern) {
		this.id = profile.id();
		if (profile.occupation() != VacancyProfile.NO_OCCUPATION) {
			graph.checkOccupation(profile.occupation());
		}
		this.occupation = profile.occupation() < 0 ? VacancyProfile.NO_OCCUPATION : profile.occupation();
		int[] required = Ids.distinctSorted(profile.requiredSkills(), graph.skillCount(), "skill");
		int[] nice = Arrays.stream(Ids.distinctSorted(profile.niceToHaveSkills(), graph.skillCount(), "skill"))
			.filter(skill -> Arrays.binarySearch(required, skill) < 0)
			.toArray();
		if (required.length + nice.length > VacancyProfile.MAX_SKILLS) {
			throw new IllegalArgumentException(
					"a vacancy may name at most " + VacancyProfile.MAX_SKILLS + " skills: " + profile.id());
		}
		this.skills = Arrays.copyOf(required, required.length + nice.length);
		System.arraycopy(nice, 0, this.skills, required.length, nice.length);
		this.requiredCount = required.length;
		List<LanguageLevel> languages = profile.languages().stream()
			.filter(language -> !language.language().isEmpty())
			.toList();
		this.languageCodes = new int[languages.size()];
		this.languageNames = new String[languages.size()];
		this.minimumLevels = new byte[languages.size()];
		for (int i = 0; i < languages.size(); i++) {
			this.languageCodes[i] = codes.code(languages.get(i).language(), intern);
			this.languageNames[i] = languages.get(i).language();
			this.minimumLevels[i] = (byte) languages.get(i).level();
		}
		this.municipality = codes.code(profile.place().municipality(), intern);
		this.subRegion = codes.code(profile.place().subRegion(), intern);
		this.region = codes.code(profile.place().region(), intern);
		this.startDate = profile.startDate();
		this.remoteAllowed = profile.remoteAllowed();
	}

	/**
	 * @param intern add new codes (when stored in an index) or only look them up (for a query)
	 * @throws IllegalArgumentException if an id is not in the graph or there are too many skills
	 */
	static VacancyData of(VacancyProfile profile, EscoGraph graph, Codes codes, boolean intern) {
		return new VacancyData(profile, graph, codes, intern);
	}

	boolean required(int slot) {
		return slot < requiredCount;
	}

	/** Bits of the required slots. */
	long requiredMask() {
		return (1L << requiredCount) - 1;
	}

	/** The skill score's denominator in quarter credits: every skill met. */
	int maxCredit4() {
		return 4 * (MatchScoring.REQUIRED_SKILL_WEIGHT * requiredCount
				+ MatchScoring.NICE_TO_HAVE_SKILL_WEIGHT * (skills.length - requiredCount));
	}

	boolean hasOccupation() {
		return occupation != VacancyProfile.NO_OCCUPATION;
	}

}
