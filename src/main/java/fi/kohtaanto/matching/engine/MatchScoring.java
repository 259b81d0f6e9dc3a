package fi.kohtaanto.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

import fi.kohtaanto.matching.engine.Explanation.LanguageGap;
import fi.kohtaanto.matching.engine.Explanation.LocationRelation;
import fi.kohtaanto.matching.engine.Explanation.OccupationRelation;
import fi.kohtaanto.matching.engine.Explanation.SkillEvidence;
import fi.kohtaanto.matching.engine.Explanation.SkillKind;

/**
 * The scoring model. A pair scores on five components, each 0 to 1, weighted and normalised to 0–100:
 * <pre>
 * score = 100 × Σ weight × component / Σ weight of the components that apply
 * </pre>
 * <ul>
 * <li><b>skills</b> ({@value #SKILLS_WEIGHT}): each skill of the vacancy weighs {@value #REQUIRED_SKILL_WEIGHT} if
 * required and {@value #NICE_TO_HAVE_SKILL_WEIGHT} if nice to have. It counts fully if the candidate lists it,
 * {@value #IMPLIED_BY_ESSENTIAL} of its weight if an occupation of the candidate's work history has it as essential
 * in ESCO, {@value #IMPLIED_BY_OPTIONAL} if as optional. The component is the credit over the total weight; it does
 * not apply to a vacancy without skills.</li>
 * <li><b>occupation</b> ({@value #OCCUPATION_WEIGHT}): 1 if the candidate has worked in the vacancy's occupation,
 * {@value #SAME_ISCO_UNIT_GROUP} for one in the same ISCO-08 unit group (4 digits), {@value #SAME_ISCO_MINOR_GROUP}
 * for the same minor group (3 digits). Does not apply to a vacancy without an occupation.</li>
 * <li><b>languages</b> ({@value #LANGUAGES_WEIGHT}): the mean over the vacancy's requirements of 1 if met
 * (native meets every level), {@value #LANGUAGE_ONE_LEVEL_SHORT} if one level short, otherwise 0; 1 without
 * requirements.</li>
 * <li><b>location</b> ({@value #LOCATION_WEIGHT}): 1 in the same municipality, {@value #SAME_SUB_REGION} in the same
 * sub-region (commuting area), {@value #SAME_REGION} in the same region, otherwise {@value #RELOCATION_OR_REMOTE} if
 * the candidate would relocate or the vacancy allows remote work, else 0.</li>
 * <li><b>availability</b> ({@value #AVAILABILITY_WEIGHT}): 1 if available by the start date, falling linearly to 0
 * at {@value #AVAILABILITY_DAYS_TO_ZERO} days late.</li>
 * </ul>
 * Policy {@value #NO_MATCH_WITHOUT_OVERLAP}: a candidate without any skill credit and without an occupation in the
 * vacancy's ISCO minor group is not a match, however well the other components fit. Consent is the caller's policy
 * ({@code noMatchWithoutConsent}), applied through the {@code allowed} filter of the indexes.
 */
public final class MatchScoring {

	public static final int REQUIRED_SKILL_WEIGHT = 3;

	public static final int NICE_TO_HAVE_SKILL_WEIGHT = 1;

	/** Share of a skill's weight for a skill implied as essential. Credits are counted in quarters. */
	public static final double IMPLIED_BY_ESSENTIAL = 0.5;

	/** Share of a skill's weight for a skill implied as optional. */
	public static final double IMPLIED_BY_OPTIONAL = 0.25;

	public static final double SAME_ISCO_UNIT_GROUP = 0.6;

	public static final double SAME_ISCO_MINOR_GROUP = 0.3;

	public static final double LANGUAGE_ONE_LEVEL_SHORT = 0.5;

	public static final double SAME_SUB_REGION = 0.8;

	public static final double SAME_REGION = 0.5;

	public static final double RELOCATION_OR_REMOTE = 0.2;

	public static final int AVAILABILITY_DAYS_TO_ZERO = 90;

	public static final double SKILLS_WEIGHT = 50;

	public static final double OCCUPATION_WEIGHT = 15;

	public static final double LANGUAGES_WEIGHT = 15;

	public static final double LOCATION_WEIGHT = 12;

	public static final double AVAILABILITY_WEIGHT = 8;

	/** The policy that a pair must share a skill (listed or implied) or an occupation group. */
	public static final String NO_MATCH_WITHOUT_OVERLAP = "noMatchWithoutOverlap";

	/** Quarter credits of a skill met, implied as essential, implied as optional. */
	static final int MET4 = 4;

	static final int ESSENTIAL4 = (int) (4 * IMPLIED_BY_ESSENTIAL);

	static final int OPTIONAL4 = (int) (4 * IMPLIED_BY_OPTIONAL);

	/** Weight of the components that only the exact evaluation knows: languages, location, availability. */
	static final double REST_WEIGHT = LANGUAGES_WEIGHT + LOCATION_WEIGHT + AVAILABILITY_WEIGHT;

	/** Occupation relation by tier as the indexes keep it in a byte: 0 none … 3 same occupation. */
	static final OccupationRelation[] BY_TIER = { OccupationRelation.NONE, OccupationRelation.SAME_ISCO_MINOR_GROUP,
			OccupationRelation.SAME_ISCO_UNIT_GROUP, OccupationRelation.SAME_OCCUPATION };

	private MatchScoring() {
	}

	/**
	 * Scores one pair, with the explanation: the reference the indexes must agree with.
	 * @throws IllegalArgumentException if an id is not in the graph or the vacancy names too many skills
	 */
	public static Evaluation evaluate(EscoGraph graph, CandidateProfile candidate, VacancyProfile vacancy) {
		Codes codes = new Codes();
		return evaluate(graph, CandidateData.of(candidate, graph, codes, true),
				VacancyData.of(vacancy, graph, codes, true));
	}

	static Evaluation evaluate(EscoGraph graph, CandidateData candidate, VacancyData vacancy) {
		List<SkillEvidence> skills = new ArrayList<>(vacancy.skills.length);
		int credit4 = 0;
		for (int slot = 0; slot < vacancy.skills.length; slot++) {
			int skill = vacancy.skills[slot];
			SkillKind kind = SkillKind.MISSING;
			int impliedBy = -1;
			if (Arrays.binarySearch(candidate.skills, skill) >= 0) {
				kind = SkillKind.MET;
			}
			else {
				for (int occupation : candidate.occupations) {
					if (graph.isEssential(occupation, skill)) {
						kind = SkillKind.IMPLIED_ESSENTIAL;
						impliedBy = occupation;
						break;
					}
					if (kind == SkillKind.MISSING && graph.isOptional(occupation, skill)) {
						kind = SkillKind.IMPLIED_OPTIONAL;
						impliedBy = occupation;
					}
				}
			}
			credit4 += quarters(kind) * weight(vacancy, slot);
			skills.add(new SkillEvidence(skill, vacancy.required(slot), kind, impliedBy));
		}
		OccupationRelation occupation = vacancy.hasOccupation() ? OccupationRelation.NONE
				: OccupationRelation.NOT_APPLICABLE;
		int candidateOccupation = -1;
		if (vacancy.hasOccupation()) {
			for (int own : candidate.occupations) {
				OccupationRelation relation = relation(graph, own, vacancy.occupation);
				if (relation.compareTo(occupation) > 0) {
					occupation = relation;
					candidateOccupation = own;
				}
			}
		}
		if (!overlaps(credit4, occupation)) {
			return Rejection.withReason(candidate.id, vacancy.id, NO_MATCH_WITHOUT_OVERLAP,
					"shares no skill, implied skill or occupation group with the vacancy");
		}
		List<LanguageGap> languages = new ArrayList<>(vacancy.languageCodes.length);
		for (int i = 0; i < vacancy.languageCodes.length; i++) {
			languages.add(new LanguageGap(vacancy.languageNames[i], candidate.levelOf(vacancy.languageCodes[i]),
					vacancy.minimumLevels[i]));
		}
		LocationRelation location = location(candidate, vacancy);
		int daysLate = daysLate(candidate, vacancy);
		double languageScore = languages(candidate, vacancy);
		int max4 = vacancy.maxCredit4();
		Match.Components components = new Match.Components(max4 == 0 ? 0 : (double) credit4 / max4,
				occupation.factor(), languageScore, location.factor(), availability(daysLate));
		double score = total(credit4, max4, occupation, languageScore, location, daysLate, applicable(vacancy));
		return new Match(candidate.id, vacancy.id, score, components, new Explanation(skills, occupation,
				candidateOccupation, languages, location, daysLate));
	}

	/** The policy {@value #NO_MATCH_WITHOUT_OVERLAP}. */
	static boolean overlaps(int credit4, OccupationRelation occupation) {
		return credit4 > 0 || occupation.factor() > 0;
	}

	static int weight(VacancyData vacancy, int slot) {
		return vacancy.required(slot) ? REQUIRED_SKILL_WEIGHT : NICE_TO_HAVE_SKILL_WEIGHT;
	}

	/** Weight of a set of slots, given the bits of the required ones. */
	static int weight(long slots, long requiredMask) {
		return REQUIRED_SKILL_WEIGHT * Long.bitCount(slots & requiredMask)
				+ NICE_TO_HAVE_SKILL_WEIGHT * Long.bitCount(slots & ~requiredMask);
	}

	private static int quarters(SkillKind kind) {
		return switch (kind) {
			case MET -> MET4;
			case IMPLIED_ESSENTIAL -> ESSENTIAL4;
			case IMPLIED_OPTIONAL -> OPTIONAL4;
			case MISSING -> 0;
		};
	}

	static OccupationRelation relation(EscoGraph graph, int candidateOccupation, int vacancyOccupation) {
		if (candidateOccupation == vacancyOccupation) {
			return OccupationRelation.SAME_OCCUPATION;
		}
		int own = graph.iscoGroup(candidateOccupation);
		int wanted = graph.iscoGroup(vacancyOccupation);
		if (own == EscoGraph.NO_ISCO_GROUP || wanted == EscoGraph.NO_ISCO_GROUP) {
			return OccupationRelation.NONE;
		}
		if (own == wanted) {
			return OccupationRelation.SAME_ISCO_UNIT_GROUP;
		}
		return own / 10 == wanted / 10 ? OccupationRelation.SAME_ISCO_MINOR_GROUP : OccupationRelation.NONE;
	}

	static double languages(CandidateData candidate, VacancyData vacancy) {
		return languages(vacancy, candidate::levelOf);
	}

	/**
	 * The languages component: the mean credit of the requirements, 1 without requirements.
	 * @param levelOf the candidate's level by language code, 0 if none
	 */
	static double languages(VacancyData vacancy, IntUnaryOperator levelOf) {
		return languages(vacancy.languageCodes, vacancy.minimumLevels, levelOf);
	}

	/** The languages component of requirements given as codes and minimum levels. */
	static double languages(int[] codes, byte[] minimumLevels, IntUnaryOperator levelOf) {
		int requirements = codes.length;
		if (requirements == 0) {
			return 1.0;
		}
		int met = 0;
		int oneShort = 0;
		for (int i = 0; i < requirements; i++) {
			int has = levelOf.applyAsInt(codes[i]);
			int needs = minimumLevels[i];
			if (has >= needs) {
				met++;
			}
			else if (has == needs - 1) {
				oneShort++;
			}
		}
		return (met + oneShort * LANGUAGE_ONE_LEVEL_SHORT) / requirements;
	}

	static LocationRelation location(CandidateData candidate, VacancyData vacancy) {
		return location(candidate.municipality, candidate.subRegion, candidate.region, candidate.willingToRelocate,
				vacancy);
	}

	/** The location relation from the candidate's place codes. */
	static LocationRelation location(int municipality, int subRegion, int region, boolean willingToRelocate,
			VacancyData vacancy) {
		return location(municipality, subRegion, region, willingToRelocate, vacancy.municipality, vacancy.subRegion,
				vacancy.region, vacancy.remoteAllowed);
	}

	/** The location relation from the place codes of both. */
	static LocationRelation location(int municipality, int subRegion, int region, boolean willingToRelocate,
			int vacancyMunicipality, int vacancySubRegion, int vacancyRegion, boolean remoteAllowed) {
		if (Codes.same(municipality, vacancyMunicipality)) {
			return LocationRelation.SAME_MUNICIPALITY;
		}
		if (Codes.same(subRegion, vacancySubRegion)) {
			return LocationRelation.SAME_SUB_REGION;
		}
		if (Codes.same(region, vacancyRegion)) {
			return LocationRelation.SAME_REGION;
		}
		return willingToRelocate || remoteAllowed ? LocationRelation.RELOCATION_OR_REMOTE : LocationRelation.NONE;
	}

	static int daysLate(CandidateData candidate, VacancyData vacancy) {
		return daysLate(candidate.availableFrom, vacancy);
	}

	static int daysLate(int availableFrom, VacancyData vacancy) {
		return daysLate(availableFrom, vacancy.startDate);
	}

	static int daysLate(int availableFrom, int startDate) {
		return Math.max(0, availableFrom - startDate);
	}

	static double availability(int daysLate) {
		return Math.max(0.0, 1.0 - (double) daysLate / AVAILABILITY_DAYS_TO_ZERO);
	}

	/** Σ of the weights that apply: the score's denominator before scaling to 100. */
	static double applicable(VacancyData vacancy) {
		return applicable(vacancy.skills.length > 0, vacancy.hasOccupation());
	}

	static double applicable(boolean skills, boolean occupation) {
		return (skills ? SKILLS_WEIGHT : 0) + (occupation ? OCCUPATION_WEIGHT : 0) + REST_WEIGHT;
	}

	/** The weighted skills and occupation components, the part the indexes know before the exact evaluation. */
	static double partial(int credit4, int max4, OccupationRelation occupation) {
		return (max4 == 0 ? 0 : SKILLS_WEIGHT * credit4 / max4) + OCCUPATION_WEIGHT * occupation.factor();
	}

	/** The score; the same arithmetic for every caller, so that equal inputs give equal scores. */
	static double total(int credit4, int max4, OccupationRelation occupation, double languages,
			LocationRelation location, int daysLate, double applicable) {
		return total(credit4, max4, occupation, languages, location.factor(), daysLate, applicable);
	}

	/** The score with the location as its factor. */
	static double total(int credit4, int max4, OccupationRelation occupation, double languages, double location,
			int daysLate, double applicable) {
		double weighted = partial(credit4, max4, occupation) + LANGUAGES_WEIGHT * languages + LOCATION_WEIGHT * location
				+ AVAILABILITY_WEIGHT * availability(daysLate);
		return 100 * weighted / applicable;
	}

}
