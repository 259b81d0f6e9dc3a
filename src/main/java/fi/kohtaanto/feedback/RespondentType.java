package fi.kohtaanto.feedback;

import java.util.List;

/**
 * Who answers a survey.
 */
public enum RespondentType {

	/** An international job seeker, student or other client of the network. */
	CLIENT(List.of(SurveyLanguage.values())),

	/** A workplace or company that worked with the network. */
	EMPLOYER(List.of(SurveyLanguage.FI, SurveyLanguage.EN, SurveyLanguage.SV));

	private final List<SurveyLanguage> languages;

	RespondentType(List<SurveyLanguage> languages) {
		this.languages = languages;
	}

	/** The languages the surveys for this respondent are offered in, the default first. */
	public List<SurveyLanguage> languages() {
		return languages;
	}

}
