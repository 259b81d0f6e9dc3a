package fi.kohtaanto.paths;

/**
 * The kinds of step a path plan is made of, as the IWM project names its services.
 */
public enum PathStepType {

	GUIDANCE, MENTORING, COACHING, LANGUAGE_CAFE, WORKSHOP, WORK_TRIAL, WAGE_SUBSIDY_JOB, EDUCATION,
	ENTREPRENEURSHIP_SUPPORT

}
