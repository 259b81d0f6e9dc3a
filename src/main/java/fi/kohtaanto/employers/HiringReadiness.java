package fi.kohtaanto.employers;

/**
 * How ready an employer is to hire international talent, as told in a needs survey; from least to most ready.
 */
public enum HiringReadiness {

	NOT_READY, INTERESTED, READY, ALREADY_EMPLOYS

}
