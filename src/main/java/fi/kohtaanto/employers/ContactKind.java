package fi.kohtaanto.employers;

/**
 * How someone of the network was in touch with an employer.
 */
public enum ContactKind {

	VISIT, MEETING, PHONE, EMAIL, EVENT, OTHER

}
