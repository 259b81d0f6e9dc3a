package fi.kohtaanto.employers;

/**
 * Whether an employer would offer work trials (työkokeilu), as told in a needs survey.
 */
public enum WorkTrialWillingness {

	YES, MAYBE, NO

}
