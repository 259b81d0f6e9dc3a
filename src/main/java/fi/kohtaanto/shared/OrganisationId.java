package fi.kohtaanto.shared;

/**
 * Identifier of a Organisation across module boundaries.
 */
public record OrganisationId(long value) {

	public static OrganisationId of(long value) {
		return new OrganisationId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
