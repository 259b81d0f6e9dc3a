package fi.kohtaanto.matching.engine;

import java.util.List;

/** A candidate profile as the engine keeps it: sorted distinct ids and coded languages and places. */
final class CandidateData {

	final long id;

	final int[] skills;

	final int[] occupations;

	final int[] languageCodes;

	final byte[] languageLevels;

	final int municipality;

	final int subRegion;

	final int region;

	final int availableFrom;

	final boolean willingToRelocate;

	private CandidateData(CandidateProfile profile, EscoGraph graph, Codes codes, boolean intern) {
		this.id = profile.id();
		this.skills = Ids.distinctSorted(profile.skills(), graph.skillCount(), "skill");
		this.occupations = Ids.distinctSorted(profile.occupations(), graph.occupationCount(), "occupation");
		List<LanguageLevel> languages = profile.languages();
		int[] languageCodes = new int[languages.size()];
		byte[] languageLevels = new byte[languages.size()];
		int count = 0;
		for (LanguageLevel language : languages) {
			int code = codes.code(language.language(), intern);
			if (code < 0) {
				continue;
			}
			int existing = indexOf(languageCodes, count, code);
			if (existing >= 0) {
				languageLevels[existing] = (byte) Math.max(languageLevels[existing], language.level());
			}
			else {
				languageCodes[count] = code;
				languageLevels[count++] = (byte) language.level();
			}
		}
		this.languageCodes = java.util.Arrays.copyOf(languageCodes, count);
		this.languageLevels = java.util.Arrays.copyOf(languageLevels, count);
		this.municipality = codes.code(profile.place().municipality(), intern);
		this.subRegion = codes.code(profile.place().subRegion(), intern);
		this.region = codes.code(profile.place().region(), intern);
		this.availableFrom = profile.availableFrom();
		this.willingToRelocate = profile.willingToRelocate();
	}

	/**
	 * @param intern add new codes (when stored in an index) or only look them up (for a query)
	 * @throws IllegalArgumentException if a skill or occupation id is not in the graph
	 */
	static CandidateData of(CandidateProfile profile, EscoGraph graph, Codes codes, boolean intern) {
		return new CandidateData(profile, graph, codes, intern);
	}

	/** The candidate's level in the language, 0 if none. */
	int levelOf(int languageCode) {
		int index = indexOf(languageCodes, languageCodes.length, languageCode);
		return index < 0 ? 0 : languageLevels[index];
	}

	private static int indexOf(int[] codes, int count, int code) {
		for (int i = 0; i < count; i++) {
			if (codes[i] == code) {
				return i;
			}
		}
		return -1;
	}

}
