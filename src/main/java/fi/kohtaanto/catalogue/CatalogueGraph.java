package fi.kohtaanto.catalogue;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The whole ESCO occupation–skill graph of the catalogue, for building in-memory structures such as the matching
 * index: every occupation with its ISCO-08 unit group, every skill, and which skills each occupation needs. Inactive
 * concepts are included, so that URIs stored before an import still map.
 *
 * @param occupations occupation URIs, in a stable order
 * @param iscoCodes the ISCO-08 code of each occupation, by the index in {@code occupations}; {@literal null} if none
 * @param skills skill URIs, in a stable order
 */
public record CatalogueGraph(List<String> occupations, List<@Nullable String> iscoCodes, List<String> skills,
		List<Relation> relations) {

	/** ESCO lists the skill for the occupation, as essential or optional. */
	public record Relation(String occupationUri, String skillUri, boolean essential) {
	}

}
