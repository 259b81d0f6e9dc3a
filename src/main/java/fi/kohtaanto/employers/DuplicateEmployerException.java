package fi.kohtaanto.employers;

import fi.kohtaanto.shared.EmployerId;

/**
 * An employer with the same business ID is already in the registry.
 */
public class DuplicateEmployerException extends RuntimeException {

	private final EmployerId existing;

	public DuplicateEmployerException(EmployerId existing) {
		super("Business ID already registered");
		this.existing = existing;
	}

	public EmployerId existing() {
		return existing;
	}

}
