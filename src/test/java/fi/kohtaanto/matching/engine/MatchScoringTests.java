package fi.kohtaanto.matching.engine;

import static fi.kohtaanto.matching.engine.Profiles.COOK;
import static fi.kohtaanto.matching.engine.Profiles.FISH_COOK;
import static fi.kohtaanto.matching.engine.Profiles.KITCHEN_HELPER;
import static fi.kohtaanto.matching.engine.Profiles.NO_ISCO;
import static fi.kohtaanto.matching.engine.Profiles.WELDER;
import static fi.kohtaanto.matching.engine.Profiles.candidate;
import static fi.kohtaanto.matching.engine.Profiles.skills;
import static fi.kohtaanto.matching.engine.Profiles.vacancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import fi.kohtaanto.matching.engine.Explanation.LocationRelation;
import fi.kohtaanto.matching.engine.Explanation.OccupationRelation;
import fi.kohtaanto.matching.engine.Explanation.SkillEvidence;
import fi.kohtaanto.matching.engine.Explanation.SkillKind;
import org.junit.jupiter.api.Test;

class MatchScoringTests {

	private final EscoGraph graph = Profiles.kitchen();

	@Test
	void weighsARequiredSkillThreeTimesANiceToHaveOne() {
		VacancyProfile vacancy = vacancy(1, VacancyProfile.NO_OCCUPATION, skills(6), 7);

		assertThat(match(candidate(1, skills(6)), vacancy).components().skills()).isEqualTo(0.75);
		assertThat(match(candidate(2, skills(7)), vacancy).components().skills()).isEqualTo(0.25);
	}

	@Test
	void countsSkillsImpliedByWorkHistoryHalfIfEssentialAndAQuarterIfOptional() {
		// Required 1 is essential to cook (3 × 0.5), nice-to-have 3 optional to cook (1 × 0.25), 6 missing.
		Match match = match(candidate(1, skills(), COOK), vacancy(1, VacancyProfile.NO_OCCUPATION, skills(1, 6), 3));

		assertThat(match.components().skills()).isEqualTo((1.5 + 0.25) / 7);
		assertThat(match.explanation().implied()).containsExactly(
				new SkillEvidence(1, true, SkillKind.IMPLIED_ESSENTIAL, COOK),
				new SkillEvidence(3, false, SkillKind.IMPLIED_OPTIONAL, COOK));
		assertThat(match.explanation().missing()).containsExactly(new SkillEvidence(6, true, SkillKind.MISSING, -1));
	}

	@Test
	void countsAListedSkillFullyEvenIfAlsoImplied() {
		Match match = match(candidate(1, skills(1), COOK), vacancy(1, VacancyProfile.NO_OCCUPATION, skills(1)));

		assertThat(match.components().skills()).isEqualTo(1.0);
		assertThat(match.explanation().met()).containsExactly(new SkillEvidence(1, true, SkillKind.MET, -1));
	}

	@Test
	void givesTheOccupationBonusInFullForTheSameOccupationAndPartlyForTheSameIscoGroup() {
		VacancyProfile cook = vacancy(1, COOK, skills(0));

		assertThat(match(candidate(1, skills(0), COOK), cook).explanation().occupation())
			.isEqualTo(OccupationRelation.SAME_OCCUPATION);
		assertThat(match(candidate(2, skills(0), FISH_COOK), cook).components().occupation())
			.isEqualTo(MatchScoring.SAME_ISCO_UNIT_GROUP);
		assertThat(match(candidate(3, skills(0), KITCHEN_HELPER), cook).components().occupation())
			.isEqualTo(MatchScoring.SAME_ISCO_MINOR_GROUP);
		assertThat(match(candidate(4, skills(0), WELDER), cook).explanation().occupation())
			.isEqualTo(OccupationRelation.NONE);
		assertThat(match(candidate(5, skills(0), NO_ISCO, FISH_COOK), cook).explanation().candidateOccupation())
			.isEqualTo(FISH_COOK);
	}

	@Test
	void leavesTheOccupationOutOfTheScoreForAVacancyWithoutOne() {
		Match match = match(candidate(1, skills(0), WELDER), vacancy(1, VacancyProfile.NO_OCCUPATION, skills(0)));

		assertThat(match.explanation().occupation()).isEqualTo(OccupationRelation.NOT_APPLICABLE);
		assertThat(match.score()).isEqualTo(100.0);
	}

	@Test
	void scoresAPerfectMatch100AndWeighsTheComponents() {
		assertThat(match(candidate(1, skills(0, 1), COOK), vacancy(1, COOK, skills(0, 1))).score()).isEqualTo(100.0);
		// Half the skills (50 × 0.5), no occupation (0), the rest in full (15 + 12 + 8).
		assertThat(match(candidate(2, skills(6), WELDER), vacancy(2, COOK, skills(6, 0))).score())
			.isCloseTo(25 + 35, within(1e-9));
	}

	@Test
	void explainsEachLanguageRequirementWithItsGap() {
		CandidateProfile candidate = new CandidateProfile(1, skills(0), new int[0],
				List.of(new LanguageLevel("fi", LanguageLevel.A2), new LanguageLevel("en", LanguageLevel.NATIVE)),
				Profiles.MIKKELI, 100, false);
		VacancyProfile vacancy = new VacancyProfile(1, COOK, skills(0), skills(),
				List.of(new LanguageLevel("fi", LanguageLevel.B1), new LanguageLevel("en", LanguageLevel.C2),
						new LanguageLevel("sv", LanguageLevel.B2)),
				Profiles.MIKKELI, 100, false);

		Match match = match(candidate, vacancy);

		assertThat(match.explanation().languageGaps()).extracting(Object::toString)
			.containsExactly("fi: has A2, needs B1", "sv: has none, needs B2");
		// fi one level short (0.5), en met by the mother tongue (1), sv missing (0).
		assertThat(match.components().languages()).isEqualTo(1.5 / 3);
	}

	@Test
	void ranksLocationsByMunicipalitySubRegionAndRegion() {
		VacancyProfile inMikkeli = vacancy(1, COOK, skills(0));

		assertThat(location(Profiles.MIKKELI, false, inMikkeli)).isEqualTo(LocationRelation.SAME_MUNICIPALITY);
		assertThat(location(Profiles.KANGASNIEMI, false, inMikkeli)).isEqualTo(LocationRelation.SAME_SUB_REGION);
		assertThat(location(Profiles.PIEKSAMAKI, false, inMikkeli)).isEqualTo(LocationRelation.SAME_REGION);
		assertThat(location(Profiles.HELSINKI, false, inMikkeli)).isEqualTo(LocationRelation.NONE);
		assertThat(location(Profiles.HELSINKI, true, inMikkeli)).isEqualTo(LocationRelation.RELOCATION_OR_REMOTE);
		assertThat(location(Profiles.HELSINKI, false, new VacancyProfile(1, COOK, skills(0), skills(), List.of(),
				Profiles.MIKKELI, 100, true))).isEqualTo(LocationRelation.RELOCATION_OR_REMOTE);
		assertThat(location(Place.unknown(), false, vacancy(1, COOK, skills(0), 1))).isEqualTo(LocationRelation.NONE);
		assertThat(LocationRelation.SAME_SUB_REGION.factor()).isEqualTo(0.8);
	}

	@Test
	void lowersAvailabilityLinearlyToZeroAtNinetyDaysLate() {
		VacancyProfile vacancy = vacancy(1, COOK, skills(0));

		assertThat(availability(60, vacancy).components().availability()).isEqualTo(1.0);
		assertThat(availability(100, vacancy).components().availability()).isEqualTo(1.0);
		Match late = availability(145, vacancy);
		assertThat(late.components().availability()).isEqualTo(0.5);
		assertThat(late.explanation().daysLate()).isEqualTo(45);
		assertThat(availability(190, vacancy).components().availability()).isEqualTo(0.0);
		assertThat(availability(400, vacancy).components().availability()).isEqualTo(0.0);
	}

	@Test
	void rejectsACandidateWithoutSkillOrOccupationOverlapByNamedPolicy() {
		Evaluation evaluation = MatchScoring.evaluate(graph, candidate(1, skills(6), WELDER),
				vacancy(2, COOK, skills(0)));

		assertThat(evaluation).isInstanceOfSatisfying(Rejection.class, rejection -> {
			assertThat(rejection.policy()).isEqualTo(MatchScoring.NO_MATCH_WITHOUT_OVERLAP);
			assertThat(rejection.reason()).contains("no skill");
			assertThat(rejection.candidateId()).isEqualTo(1);
			assertThat(rejection.vacancyId()).isEqualTo(2);
		});
	}

	@Test
	void matchesOnTheOccupationGroupAloneWithoutSharedSkills() {
		Match match = match(candidate(1, skills(), KITCHEN_HELPER), vacancy(1, COOK, skills(6)));

		assertThat(match.components().skills()).isEqualTo(0.0);
		assertThat(match.explanation().occupation()).isEqualTo(OccupationRelation.SAME_ISCO_MINOR_GROUP);
	}

	@Test
	void describesTheMatchInEnglish() {
		Match match = match(candidate(1, skills(0), COOK), vacancy(1, COOK, skills(0, 1), 6));

		assertThat(match.explanation().describe(skill -> "skill " + skill, occupation -> "occupation " + occupation))
			.containsExactly("required skill met: skill 0", "required skill implied: skill 1 (essential to occupation 0)",
					"nice-to-have skill missing: skill 6", "occupation: same occupation (occupation 0)",
					"location: same municipality", "available in time");
	}

	private Match match(CandidateProfile candidate, VacancyProfile vacancy) {
		return (Match) MatchScoring.evaluate(graph, candidate, vacancy);
	}

	private LocationRelation location(Place place, boolean relocate, VacancyProfile vacancy) {
		return match(new CandidateProfile(1, skills(0), new int[0], List.of(), place, 100, relocate), vacancy)
			.explanation()
			.location();
	}

	private Match availability(int availableFrom, VacancyProfile vacancy) {
		return match(new CandidateProfile(1, skills(0), new int[0], List.of(), Profiles.MIKKELI, availableFrom, false),
				vacancy);
	}

}
