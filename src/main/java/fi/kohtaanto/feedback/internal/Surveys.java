package fi.kohtaanto.feedback.internal;

import java.util.List;

import fi.kohtaanto.feedback.RespondentType;

/**
 * The surveys, defined in code (not editable in the UI). The surveys of one respondent type ask about the same
 * things for every kind of service, in words that fit the kind (see {@link SurveyTexts#question}), so their answers
 * can be added up across kinds. Every 1–5 question must be answered; "would you recommend" and "what should we
 * improve" are optional. The first question is the overall satisfaction that
 * {@link fi.kohtaanto.feedback.Feedback#satisfaction} reports.
 */
final class Surveys {

	static final String OVERALL = "OVERALL";

	private static final List<Question> CLIENT = List.of(new Question(OVERALL, Scale.SATISFACTION),
			new Question("CLEAR", Scale.AGREEMENT), new Question("SUPPORT", Scale.AGREEMENT),
			new Question("USEFUL", Scale.AGREEMENT));

	private static final List<Question> EMPLOYER = List.of(new Question(OVERALL, Scale.SATISFACTION),
			new Question("SMOOTH", Scale.AGREEMENT), new Question("SUPPORT", Scale.AGREEMENT),
			new Question("VALUE", Scale.AGREEMENT));

	private Surveys() {
	}

	static List<Question> questions(RespondentType respondent) {
		return switch (respondent) {
			case CLIENT -> CLIENT;
			case EMPLOYER -> EMPLOYER;
		};
	}

}
