package fi.kohtaanto.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read access to the reference data. All methods are cheap enough to call per request.
 */
public interface Catalogue {

	/**
	 * Finds concepts whose Finnish or English, preferred or alternative label contains the text, best first:
	 * exact, then prefix, then word-prefix, then substring; preferred labels before alternative ones.
	 * @param text at least two characters; shorter text finds nothing
	 */
	List<ConceptMatch> search(String text, ConceptType type, int limit);

	/** The concept whose preferred label (Finnish or English, ignoring case) is exactly the text, if exactly one. */
	Optional<Concept> resolve(String text, ConceptType type);

	Optional<Concept> concept(String uri);

	/** Concepts by URI; unknown URIs are left out. */
	Map<String, Concept> concepts(Collection<String> uris);

	/** URIs of the skills ESCO lists for an occupation, essential ones first. */
	List<String> skillsOf(String occupationUri, boolean essentialOnly);

	/** URIs of the occupations ESCO lists a skill for, those needing it as essential first. */
	List<String> occupationsWith(String skillUri, boolean essentialOnly);

	/** The whole occupation–skill graph; reads every concept and relation, so call it to build, not per request. */
	CatalogueGraph graph();

	/** All municipalities, ordered by Finnish name. */
	List<Municipality> municipalities();

	Optional<Municipality> municipality(String code);

	/** The names of all municipalities in the page's language, by code. */
	default Map<String, String> municipalityNames(java.util.Locale locale) {
		return municipalities().stream()
			.collect(java.util.stream.Collectors.toMap(Municipality::code, municipality -> municipality.name(locale)));
	}

	CatalogueStatus status();

}
