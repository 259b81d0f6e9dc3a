package fi.kohtaanto.feedback;

import java.util.Set;

/**
 * The kind of service feedback is asked about. Each kind has a survey for the respondents it serves.
 */
public enum ServiceKind {

	/** Guidance, coaching or mentoring of a client. */
	GUIDANCE(Set.of(RespondentType.CLIENT)),

	/** A work trial (työkokeilu): the client and the workplace both give feedback. */
	WORK_TRIAL(Set.of(RespondentType.CLIENT, RespondentType.EMPLOYER)),

	/** A wage-subsidy job (palkkatukityö): the client and the employer both give feedback. */
	WAGE_SUBSIDY_JOB(Set.of(RespondentType.CLIENT, RespondentType.EMPLOYER)),

	/** An event: language café, workshop, info session, Meet&amp;Match. */
	EVENT(Set.of(RespondentType.CLIENT, RespondentType.EMPLOYER)),

	/** A service for employers: recruitment support, needs survey, training. */
	EMPLOYER_SERVICE(Set.of(RespondentType.EMPLOYER));

	private final Set<RespondentType> respondents;

	ServiceKind(Set<RespondentType> respondents) {
		this.respondents = respondents;
	}

	/** Whether there is a survey of this kind for the respondent. */
	public boolean servesRespondent(RespondentType respondent) {
		return respondents.contains(respondent);
	}

	/** The kinds with a survey for the respondent, in declaration order. */
	public static java.util.List<ServiceKind> forRespondent(RespondentType respondent) {
		return java.util.Arrays.stream(values()).filter(kind -> kind.servesRespondent(respondent)).toList();
	}

}
