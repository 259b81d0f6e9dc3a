package fi.kohtaanto.paths;

/**
 * Where a step of the path stands.
 */
public enum PathStepStatus {

	PLANNED, IN_PROGRESS,
	/** Completed; a completed step has an end date that is not in the future. */
	DONE, CANCELLED

}
