package fi.kohtaanto.shared;

/**
 * Identifier of a Client across module boundaries.
 */
public record ClientId(long value) {

	public static ClientId of(long value) {
		return new ClientId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
