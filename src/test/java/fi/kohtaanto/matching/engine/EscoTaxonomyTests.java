package fi.kohtaanto.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class EscoTaxonomyTests {

	private static final Path FIXTURE = Path.of("src/test/resources/esco-fixture/esco");

	@Test
	void readsReleasedOccupationsSkillsAndTheirRelationsFromTheEscoDownload() {
		EscoTaxonomy esco = EscoTaxonomy.load(FIXTURE);
		EscoGraph graph = esco.graph();

		// The fixture's grill cook is obsolete; one relation points to a skill outside the fixture.
		assertThat(graph.occupationCount()).isEqualTo(5);
		assertThat(graph.skillCount()).isEqualTo(10);
		int cook = esco.occupationId("http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e");
		assertThat(esco.occupationLabel(cook)).isEqualTo("cook");
		assertThat(graph.iscoGroup(cook)).isEqualTo(5120);
		assertThat(esco.occupationId("http://data.europa.eu/esco/occupation/bbaa1444-2c0a-4f76-8375-d72e3ea968fd"))
			.isEqualTo(-1);
		int skill = esco.skillId("http://data.europa.eu/esco/skill/0ff99f51-40d9-42f1-a1ec-377b2bb5e15f");
		assertThat(graph.isEssential(cook, skill)).isTrue();
		assertThat(esco.skillUri(skill)).endsWith("0ff99f51-40d9-42f1-a1ec-377b2bb5e15f");
		assertThat(graph.sameUnitGroup(cook)).hasSize(2);
	}

	@Test
	void failsWithTheMissingFile() {
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> EscoTaxonomy.load(Path.of("nowhere")))
			.withMessageContaining("occupations_en.csv");
	}

}
