package fi.kohtaanto.feedback.internal;

/**
 * The words at the ends of a 1–5 scale.
 */
enum Scale {

	/** 1 = very dissatisfied … 5 = very satisfied. */
	SATISFACTION,

	/** 1 = strongly disagree … 5 = strongly agree, for statements. */
	AGREEMENT

}
