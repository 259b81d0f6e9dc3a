package fi.kohtaanto.shared;

/**
 * Identifier of a Employer across module boundaries.
 */
public record EmployerId(long value) {

	public static EmployerId of(long value) {
		return new EmployerId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
