package fi.kohtaanto.matching.engine;

import java.util.Objects;

/**
 * Where a candidate lives or a vacancy is, by Statistics Finland codes: municipality (kunta, 3 digits), sub-region
 * (seutukunta, the commuting area) and region (maakunta). An empty code is unknown and matches nothing.
 */
public record Place(String municipality, String subRegion, String region) {

	private static final Place UNKNOWN = new Place("", "", "");

	public Place {
		Objects.requireNonNull(municipality, "municipality");
		Objects.requireNonNull(subRegion, "subRegion");
		Objects.requireNonNull(region, "region");
	}

	public static Place unknown() {
		return UNKNOWN;
	}

}
