package fi.kohtaanto.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/** TEMPORARY stand-in until the catalogue module lands. */
@Service
class TemporaryCatalogue implements Catalogue {

	private static final List<Concept> CONCEPTS = List.of(
			new Concept("http://data.europa.eu/esco/occupation/cook", ConceptType.OCCUPATION, "cook", "kokki", "5120", null),
			new Concept("http://data.europa.eu/esco/occupation/welder", ConceptType.OCCUPATION, "welder", "hitsaaja", "7212", null),
			new Concept("http://data.europa.eu/esco/skill/hygiene", ConceptType.SKILL, "ensure food hygiene", "huolehtia elintarvikehygieniasta", null, "skill/competence"),
			new Concept("http://data.europa.eu/esco/skill/java", ConceptType.SKILL, "Java (computer programming)", "Java (tietokoneohjelmointi)", null, "knowledge"));

	private static final List<Municipality> MUNICIPALITIES = List.of(
			new Municipality("491", "Mikkeli", "S:t Michel", "Mikkeli", "10"),
			new Municipality("091", "Helsinki", "Helsingfors", "Helsinki", "01"));

	@Override
	public List<ConceptMatch> search(String text, ConceptType type, int limit) {
		String q = text.toLowerCase(Locale.ROOT);
		return CONCEPTS.stream().filter(c -> c.type() == type)
			.filter(c -> c.labelEn().toLowerCase(Locale.ROOT).contains(q) || c.labelFi().toLowerCase(Locale.ROOT).contains(q))
			.map(c -> new ConceptMatch(c, c.labelEn())).limit(limit).toList();
	}

	@Override
	public Optional<Concept> resolve(String text, ConceptType type) {
		return CONCEPTS.stream().filter(c -> c.type() == type)
			.filter(c -> c.labelEn().equalsIgnoreCase(text) || c.labelFi().equalsIgnoreCase(text)).findFirst();
	}

	@Override
	public Optional<Concept> concept(String uri) {
		return CONCEPTS.stream().filter(c -> c.uri().equals(uri)).findFirst();
	}

	@Override
	public Map<String, Concept> concepts(Collection<String> uris) {
		return CONCEPTS.stream().filter(c -> uris.contains(c.uri())).collect(Collectors.toMap(Concept::uri, Function.identity()));
	}

	@Override
	public List<String> skillsOf(String occupationUri, boolean essentialOnly) {
		return List.of();
	}

	@Override
	public List<Municipality> municipalities() {
		return MUNICIPALITIES;
	}

	@Override
	public Optional<Municipality> municipality(String code) {
		return MUNICIPALITIES.stream().filter(m -> m.code().equals(code)).findFirst();
	}

	@Override
	public CatalogueStatus status() {
		return new CatalogueStatus("demo", 2, 2, 4, 0, 2, null);
	}

}
