package fi.kohtaanto.employers;

/**
 * The registry data of an employer, as entered or changed.
 *
 * @param businessId a valid Y-tunnus in any form {@link BusinessId#parse} accepts
 */
public record EmployerData(String name, String businessId, Industry industry, SizeClass sizeClass, Sector sector,
		String municipalityCode) {
}
