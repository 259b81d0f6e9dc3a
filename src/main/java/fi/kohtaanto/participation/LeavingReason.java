package fi.kohtaanto.participation;

/**
 * Why the participation ended.
 */
public enum LeavingReason {

	/** The planned path was completed. */
	COMPLETED,
	/** The participant found work. */
	EMPLOYED,
	/** The participant started studies. */
	STUDIES,
	MOVED_AWAY,
	/** The participant stopped taking part before the plan was completed. */
	INTERRUPTED,
	OTHER

}
