package fi.kohtaanto.employers;

import java.time.LocalDate;
import java.util.List;

import fi.kohtaanto.catalogue.CefrLevel;
import org.jspecify.annotations.Nullable;

/**
 * A needs survey (tarvekartoitus) of an employer: whom they need, when, with which languages, and how ready they are
 * to hire international talent.
 *
 * @param needs ESCO occupations and skills the employer needs
 * @param languages languages the employer requires, with the minimum level
 */
public record NeedsSurveyData(LocalDate date, List<Need> needs, List<LanguageNeed> languages,
		HiringReadiness readiness, WorkTrialWillingness workTrials, @Nullable String notes) {

	/**
	 * @param conceptUri an ESCO occupation or skill
	 * @param count how many people
	 */
	public record Need(String conceptUri, int count, HiringTiming timing) {
	}

	public record LanguageNeed(String languageCode, CefrLevel minimum) {
	}

}
