package fi.kohtaanto.employers;

/**
 * What counts as supporting an employer in the reports: a recorded contact or visit, a needs survey, or a
 * collaboration agreement.
 */
public enum SupportKind {

	CONTACT, NEEDS_SURVEY, AGREEMENT

}
