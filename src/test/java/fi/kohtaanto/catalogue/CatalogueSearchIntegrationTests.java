package fi.kohtaanto.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import fi.kohtaanto.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search, lookups and status on the built-in demo taxonomy (an extract of ESCO v1.1.1), which every test sees: the
 * import tests put it back after themselves.
 */
@IntegrationTest
class CatalogueSearchIntegrationTests {

	static final String COOK = "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e";

	static final String SOFTWARE_DEVELOPER = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1";

	static final String JAVA = "http://data.europa.eu/esco/skill/19a8293b-8e95-4de3-983f-77484079c389";

	static final String BUILDING_CLEANER = "http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397";

	@Autowired
	Catalogue catalogue;

	private List<String> labels(String text, ConceptType type) {
		return catalogue.search(text, type, 10).stream().map(ConceptMatch::matchedLabel).toList();
	}

	@Test
	void ranksExactBeforePrefixBeforeWordPrefixBeforeSubstring() {
		assertThat(labels("asiakaspalvelu", ConceptType.SKILL)).startsWith("asiakaspalvelu",
				"ylläpitää asiakaspalvelua");
		assertThat(labels("hitsa", ConceptType.SKILL)).containsExactly("hitsaustekniikat", "käyttää hitsauslaitteita",
				"käyttää kaarihitsauksen tekniikoita");
	}

	@Test
	void ranksShorterLabelsFirstAmongEqualMatches() {
		assertThat(labels("työskennellä", ConceptType.SKILL)).startsWith("työskennellä ryhmässä",
				"työskennellä ergonomisesti", "työskennellä moottorisahalla");
	}

	@Test
	void matchesFinnishLettersAsTypedIgnoringCaseAndAccents() {
		List<String> expected = labels("käyttää hitsauslaitteita", ConceptType.SKILL);
		assertThat(expected).containsExactly("käyttää hitsauslaitteita");
		assertThat(labels("KÄYTTÄÄ HITSAUSLAITTEITA", ConceptType.SKILL)).isEqualTo(expected);
		assertThat(labels("kayttaa hitsauslaitteita", ConceptType.SKILL)).isEqualTo(expected);
		assertThat(labels("linja-auton", ConceptType.OCCUPATION)).containsExactly("linja-autonkuljettaja");
	}

	@Test
	void searchesEnglishToo() {
		assertThat(catalogue.search("cook", ConceptType.OCCUPATION, 10)).first().satisfies(match -> {
			assertThat(match.concept().uri()).isEqualTo(COOK);
			assertThat(match.matchedLabel()).isEqualTo("cook");
			assertThat(match.concept().label(Locale.forLanguageTag("fi"))).isEqualTo("kokki");
		});
	}

	@Test
	void returnsTheAlternativeLabelThatMatched() {
		assertThat(catalogue.search("janitor", ConceptType.OCCUPATION, 10)).singleElement().satisfies(match -> {
			assertThat(match.concept().uri()).isEqualTo(BUILDING_CLEANER);
			assertThat(match.matchedLabel()).isEqualTo("janitor");
		});
	}

	@Test
	void showsThePreferredLabelForAHiddenKeywordMatch() {
		assertThat(labels("vieraille tukipalveluja", ConceptType.SKILL)).containsExactly("ylläpitää asiakaspalvelua");
	}

	@Test
	void returnsEachConceptOnce() {
		List<ConceptMatch> matches = catalogue.search("cook", ConceptType.OCCUPATION, 50);
		assertThat(matches).extracting(match -> match.concept().uri()).doesNotHaveDuplicates();
	}

	@Test
	void findsNothingForShortTextAndKeepsToTheType() {
		assertThat(catalogue.search("k", ConceptType.OCCUPATION, 10)).isEmpty();
		assertThat(catalogue.search("  ", ConceptType.OCCUPATION, 10)).isEmpty();
		assertThat(catalogue.search("hygien", ConceptType.SKILL, 10)).extracting(match -> match.concept().type())
			.containsOnly(ConceptType.SKILL);
		assertThat(catalogue.search("hygien", ConceptType.OCCUPATION, 10)).isEmpty();
		assertThat(catalogue.search("kokki", ConceptType.OCCUPATION, 0)).isEmpty();
	}

	@Test
	void matchesTwoCharactersOnlyAtTheStart() {
		assertThat(labels("ko", ConceptType.OCCUPATION)).isNotEmpty().allMatch(label -> label.toLowerCase(Locale.ROOT).startsWith("ko"));
	}

	@Test
	void treatsWildcardsAsText() {
		assertThat(labels("hitsaus", ConceptType.SKILL)).isNotEmpty();
		assertThat(catalogue.search("h_tsaus", ConceptType.SKILL, 10)).isEmpty();
		assertThat(catalogue.search("hi%aus", ConceptType.SKILL, 10)).isEmpty();
		assertThat(catalogue.search("%%", ConceptType.SKILL, 10)).isEmpty();
		assertThat(catalogue.search("\\\\", ConceptType.SKILL, 10)).isEmpty();
	}

	@Test
	void resolvesExactPreferredLabelsOnly() {
		assertThat(catalogue.resolve("kokki", ConceptType.OCCUPATION)).map(Concept::uri).contains(COOK);
		assertThat(catalogue.resolve(" Cook ", ConceptType.OCCUPATION)).map(Concept::uri).contains(COOK);
		assertThat(catalogue.resolve("fry cook", ConceptType.OCCUPATION)).isEmpty();
		assertThat(catalogue.resolve("kokki", ConceptType.SKILL)).isEmpty();
		assertThat(catalogue.resolve("", ConceptType.SKILL)).isEmpty();
	}

	@Test
	void looksUpConceptsAndRelations() {
		assertThat(catalogue.concept(COOK)).hasValueSatisfying(cook -> {
			assertThat(cook.type()).isEqualTo(ConceptType.OCCUPATION);
			assertThat(cook.iscoCode()).isEqualTo("5120");
		});
		assertThat(catalogue.concept("http://example.org/none")).isEmpty();
		assertThat(catalogue.concepts(List.of(COOK, "http://example.org/none"))).containsOnlyKeys(COOK);
		assertThat(catalogue.skillsOf(COOK, true)).hasSize(5).isEqualTo(catalogue.skillsOf(COOK, false));
		List<String> essential = catalogue.skillsOf(SOFTWARE_DEVELOPER, true);
		List<String> all = catalogue.skillsOf(SOFTWARE_DEVELOPER, false);
		assertThat(essential).isNotEmpty();
		assertThat(all).startsWith(essential.toArray(String[]::new)).contains(JAVA).hasSizeGreaterThan(essential.size());
		assertThat(essential).doesNotContain(JAVA);
		assertThat(catalogue.occupationsWith(JAVA, false)).contains(SOFTWARE_DEVELOPER);
		assertThat(catalogue.occupationsWith(JAVA, true)).doesNotContain(SOFTWARE_DEVELOPER);
	}

	@Test
	void listsMunicipalitiesInFinnishAlphabeticalOrder() {
		assertThat(catalogue.municipalities()).extracting(Municipality::nameFi)
			.containsExactly("Espoo", "Helsinki", "Hirvensalmi", "Juva", "Jyväskylä", "Kangasniemi", "Kuopio",
					"Lappeenranta", "Mikkeli", "Mäntyharju", "Oulu", "Pieksämäki", "Puumala", "Savonlinna", "Tampere",
					"Turku", "Vantaa");
		assertThat(catalogue.municipality("491")).hasValueSatisfying(mikkeli -> {
			assertThat(mikkeli.nameSv()).isEqualTo("S:t Michel");
			assertThat(mikkeli.regionCode()).isEqualTo("10");
			assertThat(mikkeli.subRegionCode()).isEqualTo("101");
		});
		assertThat(catalogue.municipality("999")).isEmpty();
	}

	@Test
	void reportsTheDemoTaxonomy() {
		CatalogueStatus status = catalogue.status();
		assertThat(status.demo()).isTrue();
		assertThat(status.occupations()).isEqualTo(48);
		assertThat(status.skills()).isEqualTo(100);
		assertThat(status.relations()).isEqualTo(267);
		assertThat(status.municipalities()).isEqualTo(17);
		assertThat(status.importedAt()).isNull();
	}

}
