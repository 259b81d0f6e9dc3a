package fi.kohtaanto.catalogue.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.kohtaanto.catalogue.ConceptType;

/**
 * Occupations, skills and the relations between them, read completely before anything is written, so that a bad file
 * never leaves a half-replaced catalogue.
 */
final class TaxonomyData {

	final Map<String, ConceptData> concepts = new LinkedHashMap<>();

	final List<Relation> relations = new ArrayList<>();

	record Relation(String occupationUri, String skillUri, boolean essential) {
	}

	long count(ConceptType type) {
		return concepts.values().stream().filter(concept -> concept.type == type).count();
	}

	/**
	 * Adds a relation if both ends are known concepts of the right pillar; a pair listed twice keeps "essential".
	 * @return whether the relation was kept
	 */
	boolean relate(String occupationUri, String skillUri, boolean essential) {
		ConceptData occupation = concepts.get(occupationUri);
		ConceptData skill = concepts.get(skillUri);
		if (occupation == null || skill == null || occupation.type != ConceptType.OCCUPATION
				|| skill.type != ConceptType.SKILL) {
			return false;
		}
		relations.add(new Relation(occupationUri, skillUri, essential));
		return true;
	}

	/** The relations with duplicates merged, an essential listing winning over an optional one. */
	List<Relation> distinctRelations() {
		Map<String, Relation> byPair = new LinkedHashMap<>();
		for (Relation relation : relations) {
			byPair.merge(relation.occupationUri() + ' ' + relation.skillUri(), relation,
					(first, second) -> first.essential() ? first : second);
		}
		return List.copyOf(byPair.values());
	}

}
