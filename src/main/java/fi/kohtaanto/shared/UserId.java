package fi.kohtaanto.shared;

/**
 * Identifier of a User across module boundaries.
 */
public record UserId(long value) {

	public static UserId of(long value) {
		return new UserId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
