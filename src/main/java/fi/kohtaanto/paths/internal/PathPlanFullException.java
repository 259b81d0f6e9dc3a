package fi.kohtaanto.paths.internal;

/**
 * The plan already has as many steps as a plan may have.
 */
class PathPlanFullException extends RuntimeException {

	PathPlanFullException() {
		super("Path plan is full");
	}

}
