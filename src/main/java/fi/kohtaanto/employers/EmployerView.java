package fi.kohtaanto.employers;

import java.time.Instant;

import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.OrganisationId;

/**
 * An employer as other modules see it. Holds no personal data.
 *
 * @param businessId the normalised Y-tunnus, such as {@code 0112038-9}
 * @param municipalityCode Statistics Finland code of the municipality where the employer mainly operates
 * @param createdBy the organisation whose user registered the employer
 */
public record EmployerView(EmployerId id, String name, String businessId, Industry industry, SizeClass sizeClass,
		Sector sector, String municipalityCode, Instant createdAt, OrganisationId createdBy) {

	/** A small or medium-sized enterprise in the ESF+ sense: a private company with fewer than 250 persons. */
	public boolean sme() {
		return sector == Sector.PRIVATE_COMPANY && sizeClass.sme();
	}

	public boolean publicAdministration() {
		return sector == Sector.PUBLIC_ADMINISTRATION;
	}

}
