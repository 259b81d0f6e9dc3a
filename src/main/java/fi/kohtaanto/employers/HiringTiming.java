package fi.kohtaanto.employers;

/**
 * When an employer expects to hire, as told in a needs survey.
 */
public enum HiringTiming {

	NOW, WITHIN_3_MONTHS, IN_3_TO_12_MONTHS, LATER

}
