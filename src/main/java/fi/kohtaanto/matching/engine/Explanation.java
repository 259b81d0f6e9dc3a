package fi.kohtaanto.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Why a candidate and a vacancy score as they do, in data the UI can render in any language; {@link #describe} gives
 * English lines for logs, tests and the benchmark.
 *
 * @param skills every skill of the vacancy, required ones first: met, implied by an occupation, or missing
 * @param occupation how the candidate's work history relates to the vacancy's occupation
 * @param candidateOccupation the candidate's occupation behind {@code occupation}, or -1
 * @param languages every language requirement with the candidate's level
 * @param location how the candidate's home relates to the workplace
 * @param daysLate days between the vacancy's start and the candidate's availability, 0 if available in time
 */
public record Explanation(List<SkillEvidence> skills, OccupationRelation occupation, int candidateOccupation,
		List<LanguageGap> languages, LocationRelation location, int daysLate) {

	public Explanation {
		skills = List.copyOf(skills);
		languages = List.copyOf(languages);
	}

	/** How one skill of the vacancy counts, as a share of its weight. */
	public enum SkillKind {

		/** The candidate lists the skill. */
		MET(1.0),
		/** An occupation in the candidate's work history has the skill as essential. */
		IMPLIED_ESSENTIAL(MatchScoring.IMPLIED_BY_ESSENTIAL),
		/** An occupation in the candidate's work history has the skill as optional. */
		IMPLIED_OPTIONAL(MatchScoring.IMPLIED_BY_OPTIONAL),
		/** Neither. */
		MISSING(0.0);

		private final double credit;

		SkillKind(double credit) {
			this.credit = credit;
		}

		/** Share of the skill's weight that counts. */
		public double credit() {
			return credit;
		}

	}

	/**
	 * One skill of the vacancy.
	 * @param required required, or only nice to have
	 * @param impliedBy for an implied skill the candidate's occupation that implies it, otherwise -1
	 */
	public record SkillEvidence(int skill, boolean required, SkillKind kind, int impliedBy) {

	}

	/** The candidate's occupation against the vacancy's, with the share of the occupation score. */
	public enum OccupationRelation {

		/** The vacancy has no occupation: the component does not count. */
		NOT_APPLICABLE(0.0),
		/** No occupation of the candidate is in the same ISCO-08 minor group. */
		NONE(0.0),
		/** Same ISCO-08 minor group (3 digits). */
		SAME_ISCO_MINOR_GROUP(MatchScoring.SAME_ISCO_MINOR_GROUP),
		/** Same ISCO-08 unit group (4 digits). */
		SAME_ISCO_UNIT_GROUP(MatchScoring.SAME_ISCO_UNIT_GROUP),
		/** The candidate has worked in the vacancy's occupation. */
		SAME_OCCUPATION(1.0);

		private final double factor;

		OccupationRelation(double factor) {
			this.factor = factor;
		}

		public double factor() {
			return factor;
		}

	}

	/** The candidate's home against the workplace, with the share of the location score. */
	public enum LocationRelation {

		NONE(0.0),
		/** Different region, but the candidate would relocate or the work can be done remotely. */
		RELOCATION_OR_REMOTE(MatchScoring.RELOCATION_OR_REMOTE),
		SAME_REGION(MatchScoring.SAME_REGION),
		/** Same sub-region (seutukunta), that is the same commuting area. */
		SAME_SUB_REGION(MatchScoring.SAME_SUB_REGION),
		SAME_MUNICIPALITY(1.0);

		private final double factor;

		LocationRelation(double factor) {
			this.factor = factor;
		}

		public double factor() {
			return factor;
		}

	}

	/**
	 * One language requirement.
	 * @param has the candidate's level (0 if none, see {@link LanguageLevel})
	 * @param needs the minimum level
	 */
	public record LanguageGap(String language, int has, int needs) {

		public boolean met() {
			return has >= needs;
		}

		/** Levels missing, 0 if met. */
		public int shortBy() {
			return Math.max(0, needs - has);
		}

		/** For example {@code fi: has A2, needs B1}. */
		@Override
		public String toString() {
			return language + ": has " + LanguageLevel.label(has) + ", needs " + LanguageLevel.label(needs);
		}

	}

	public List<SkillEvidence> met() {
		return skills(SkillKind.MET);
	}

	/** Skills the candidate does not list but an occupation of their work history implies. */
	public List<SkillEvidence> implied() {
		return skills.stream()
			.filter(skill -> skill.kind() == SkillKind.IMPLIED_ESSENTIAL || skill.kind() == SkillKind.IMPLIED_OPTIONAL)
			.toList();
	}

	public List<SkillEvidence> missing() {
		return skills(SkillKind.MISSING);
	}

	/** Language requirements the candidate does not meet. */
	public List<LanguageGap> languageGaps() {
		return languages.stream().filter(gap -> !gap.met()).toList();
	}

	/**
	 * English lines such as {@code required skill met: use spreadsheets software}.
	 * @param skillName label of a skill id
	 * @param occupationName label of an occupation id
	 */
	public List<String> describe(IntFunction<String> skillName, IntFunction<String> occupationName) {
		List<String> lines = new ArrayList<>();
		for (SkillEvidence evidence : skills) {
			String kind = evidence.required() ? "required skill " : "nice-to-have skill ";
			String skill = skillName.apply(evidence.skill());
			lines.add(switch (evidence.kind()) {
				case MET -> kind + "met: " + skill;
				case IMPLIED_ESSENTIAL -> kind + "implied: " + skill + " (essential to "
						+ occupationName.apply(evidence.impliedBy()) + ")";
				case IMPLIED_OPTIONAL -> kind + "implied: " + skill + " (optional to "
						+ occupationName.apply(evidence.impliedBy()) + ")";
				case MISSING -> kind + "missing: " + skill;
			});
		}
		lines.add("occupation: " + occupation.name().toLowerCase().replace('_', ' ')
				+ (candidateOccupation >= 0 ? " (" + occupationName.apply(candidateOccupation) + ")" : ""));
		languages.forEach(gap -> lines.add("language " + gap + (gap.met() ? " (met)" : "")));
		lines.add("location: " + location.name().toLowerCase().replace('_', ' '));
		lines.add(daysLate == 0 ? "available in time" : "available " + daysLate + " days after the start");
		return lines;
	}

	private List<SkillEvidence> skills(SkillKind kind) {
		return skills.stream().filter(skill -> skill.kind() == kind).toList();
	}

}
