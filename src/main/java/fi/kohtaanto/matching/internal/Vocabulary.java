package fi.kohtaanto.matching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fi.kohtaanto.catalogue.CatalogueGraph;
import fi.kohtaanto.matching.engine.EscoGraph;
import org.jspecify.annotations.Nullable;

/**
 * The engine's dense ids for the catalogue's ESCO URIs, and the {@link EscoGraph} built on them.
 */
final class Vocabulary {

	private final List<String> occupationUris;

	private final List<String> skillUris;

	private final Map<String, Integer> occupationIds = new HashMap<>();

	private final Map<String, Integer> skillIds = new HashMap<>();

	private final EscoGraph graph;

	Vocabulary(CatalogueGraph catalogue) {
		occupationUris = List.copyOf(catalogue.occupations());
		skillUris = List.copyOf(catalogue.skills());
		for (int i = 0; i < occupationUris.size(); i++) {
			occupationIds.put(occupationUris.get(i), i);
		}
		for (int i = 0; i < skillUris.size(); i++) {
			skillIds.put(skillUris.get(i), i);
		}
		List<List<Integer>> essential = new ArrayList<>();
		List<List<Integer>> optional = new ArrayList<>();
		for (int i = 0; i < occupationUris.size(); i++) {
			essential.add(new ArrayList<>());
			optional.add(new ArrayList<>());
		}
		for (CatalogueGraph.Relation relation : catalogue.relations()) {
			Integer occupation = occupationIds.get(relation.occupationUri());
			Integer skill = skillIds.get(relation.skillUri());
			if (occupation != null && skill != null) {
				(relation.essential() ? essential : optional).get(occupation).add(skill);
			}
		}
		int[] isco = new int[occupationUris.size()];
		for (int i = 0; i < isco.length; i++) {
			String code = catalogue.iscoCodes().get(i);
			isco[i] = code != null && code.matches("\\d{4}") ? Integer.parseInt(code) : EscoGraph.NO_ISCO_GROUP;
		}
		graph = new EscoGraph(skillUris.size(), arrays(essential), arrays(optional), isco);
	}

	EscoGraph graph() {
		return graph;
	}

	/** The ids of the known skills among the URIs; unknown URIs are left out. */
	int[] skills(List<String> uris) {
		return uris.stream().map(skillIds::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray();
	}

	int[] occupations(List<String> uris) {
		return uris.stream()
			.map(occupationIds::get)
			.filter(java.util.Objects::nonNull)
			.mapToInt(Integer::intValue)
			.toArray();
	}

	/** The occupation's id, or {@literal null} if the catalogue does not know it. */
	@Nullable
	Integer occupation(String uri) {
		return occupationIds.get(uri);
	}

	String skillUri(int id) {
		return skillUris.get(id);
	}

	String occupationUri(int id) {
		return occupationUris.get(id);
	}

	private static int[][] arrays(List<List<Integer>> lists) {
		return lists.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
	}

}
