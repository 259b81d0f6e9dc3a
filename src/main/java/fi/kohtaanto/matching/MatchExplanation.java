package fi.kohtaanto.matching;

import java.util.List;

import fi.kohtaanto.catalogue.CefrLevel;
import org.jspecify.annotations.Nullable;

/**
 * Why a client and a vacancy match as they do, in data a page can show in any language.
 *
 * @param skills every skill of the vacancy, required ones first
 * @param occupation how the client's work history relates to the vacancy's occupation: {@code SAME_OCCUPATION},
 * {@code SAME_ISCO_UNIT_GROUP}, {@code SAME_ISCO_MINOR_GROUP}, {@code NONE} or {@code NOT_APPLICABLE}
 * @param clientOccupationUri the client's occupation behind that relation
 * @param location {@code SAME_MUNICIPALITY}, {@code SAME_SUB_REGION}, {@code SAME_REGION}, {@code RELOCATION_OR_REMOTE}
 * or {@code NONE}
 * @param daysLate how many days after the start the client can begin, 0 if in time
 */
public record MatchExplanation(List<Skill> skills, String occupation, @Nullable String clientOccupationUri,
		List<Language> languages, String location, int daysLate, Components components) {

	/**
	 * A skill of the vacancy and how the client has it: {@code MET}, {@code IMPLIED_ESSENTIAL},
	 * {@code IMPLIED_OPTIONAL} (through an occupation of the client's work history) or {@code MISSING}.
	 */
	public record Skill(String skillUri, boolean required, String kind, @Nullable String impliedByOccupationUri) {

		public boolean met() {
			return "MET".equals(kind);
		}

		public boolean implied() {
			return kind.startsWith("IMPLIED");
		}

	}

	/** A language requirement with the client's level; {@code has} is {@literal null} if the client has none. */
	public record Language(String languageCode, @Nullable CefrLevel has, CefrLevel needs, boolean met) {
	}

	/** Each part of the score from 0 to 100 before weighting. */
	public record Components(int skills, int occupation, int languages, int location, int availability) {
	}

	public long skillsMet() {
		return skills.stream().filter(Skill::met).count();
	}

	public long skillsMissing() {
		return skills.stream().filter(skill -> "MISSING".equals(skill.kind())).count();
	}

}
