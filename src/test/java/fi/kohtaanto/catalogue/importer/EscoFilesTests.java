package fi.kohtaanto.catalogue.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fi.kohtaanto.catalogue.ConceptType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscoFilesTests {

	static final Path FIXTURE = Path.of("src/test/resources/esco-fixture/esco");

	static final Path OFFICIAL = Path.of("src/test/resources/esco-fixture-official/esco");

	static final String COOK = "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e";

	static final String GRILL_COOK = "http://data.europa.eu/esco/occupation/bbaa1444-2c0a-4f76-8375-d72e3ea968fd";

	static final String WELDER = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";

	static final String WELDING_TECHNIQUES = "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea";

	static final String FOOD_SAFETY = "http://data.europa.eu/esco/skill/0ff99f51-40d9-42f1-a1ec-377b2bb5e15f";

	@Test
	void readsSplitLayoutWithJoinedFinnishFiles() {
		List<ImportProgress.Step> steps = new ArrayList<>();
		TaxonomyData data = new EscoFiles(FIXTURE).read(steps::add);

		assertThat(data.count(ConceptType.OCCUPATION)).isEqualTo(5);
		assertThat(data.count(ConceptType.SKILL)).isEqualTo(10);
		ConceptData cook = data.concepts.get(COOK);
		assertThat(cook.labelEn).isEqualTo("cook");
		assertThat(cook.labelFi).isEqualTo("kokki");
		assertThat(cook.iscoCode).isEqualTo("5120");
		assertThat(cook.altEn).contains("fry cook", "kitchen chef", "sauté cook").doesNotContain("");
		assertThat(data.concepts.get(WELDING_TECHNIQUES).skillType).isEqualTo("knowledge");
		// The joined file runs the Finnish alternative labels together: they are kept as search keywords.
		assertThat(data.concepts.get(FOOD_SAFETY).hiddenFi).singleElement()
			.asString()
			.contains("ylläpitää elintarvikkeiden turvallisuuskäytäntöjä keittiössä");
		assertThat(steps).containsExactly(ImportProgress.Step.READING_OCCUPATIONS, ImportProgress.Step.READING_SKILLS,
				ImportProgress.Step.READING_FINNISH, ImportProgress.Step.READING_RELATIONS);
	}

	@Test
	void leavesOutConceptsThatAreNotReleasedAndRelationsToUnknownConcepts() {
		TaxonomyData data = new EscoFiles(FIXTURE).read(step -> {
		});

		assertThat(data.concepts).doesNotContainKey(GRILL_COOK);
		assertThat(data.distinctRelations()).hasSize(9)
			.allSatisfy(relation -> assertThat(data.concepts).containsKeys(relation.occupationUri(),
					relation.skillUri()))
			.contains(new TaxonomyData.Relation(COOK, FOOD_SAFETY, true));
	}

	@Test
	void readsOfficialLayoutWithPerLanguageFinnishFiles() {
		TaxonomyData data = new EscoFiles(OFFICIAL).read(step -> {
		});

		ConceptData cook = data.concepts.get(COOK);
		assertThat(cook.labelFi).isEqualTo("kokki");
		assertThat(cook.altFi).containsExactly("ravintolakokki", "keittäjä");
		assertThat(data.concepts.get(WELDER).hiddenEn).containsExactly("fabricator welder");
		assertThat(data.concepts.get(WELDING_TECHNIQUES).labelFi).isEqualTo("hitsaustekniikat");
		// Listed as optional and as essential: essential wins.
		assertThat(data.distinctRelations()).contains(new TaxonomyData.Relation(WELDER, WELDING_TECHNIQUES, true))
			.hasSize(2);
	}

	@Test
	void namesAMissingFile(@TempDir Path directory) throws IOException {
		Files.createDirectories(directory.resolve("classification"));
		Files.copy(FIXTURE.resolve("classification/occupations_en.csv"),
				directory.resolve("classification/occupations_en.csv"));

		assertThatThrownBy(() -> new EscoFiles(directory).read(step -> {
		})).isInstanceOfSatisfying(ImportFailure.class, failure -> {
			assertThat(failure.messageKey()).isEqualTo("catalogue.import.error.missingFile");
			assertThat(failure.arguments()).singleElement().asString().endsWith("skills_en.csv");
		});
	}

	@Test
	void namesMissingColumns(@TempDir Path directory) throws IOException {
		Files.writeString(directory.resolve("occupations_en.csv"), "conceptUri,preferredLabel\nhttp://x,cook\n");
		Files.copy(FIXTURE.resolve("classification/skills_en.csv"), directory.resolve("skills_en.csv"));
		Files.copy(FIXTURE.resolve("relations/occupationSkillRelations.csv"),
				directory.resolve("occupationSkillRelations.csv"));

		assertThatThrownBy(() -> new EscoFiles(directory).read(step -> {
		})).isInstanceOfSatisfying(ImportFailure.class, failure -> {
			assertThat(failure.messageKey()).isEqualTo("catalogue.import.error.columns");
			assertThat(failure.arguments()).containsExactly(directory.resolve("occupations_en.csv").toString(),
					"altLabels, iscoGroup");
		});
	}

	@Test
	void reportsAnUnterminatedQuote(@TempDir Path directory) throws IOException {
		Files.writeString(directory.resolve("broken.csv"), "conceptUri,preferredLabel\nhttp://x,\"cook\n");

		assertThatThrownBy(() -> CsvFiles.read(directory.resolve("broken.csv"), CsvFiles.WITH_HEADER,
				java.util.Set.of("conceptUri"), record -> {
				}))
			.isInstanceOfSatisfying(ImportFailure.class,
					failure -> assertThat(failure.messageKey()).isEqualTo("catalogue.import.error.unreadable"));
	}

	@Test
	void storesEachLabelOnceWithTheBestKind() {
		ConceptData concept = new ConceptData("http://x", ConceptType.OCCUPATION, "cook", "kokki", "5120", null);
		concept.altEn.addAll(List.of("Cook", "fry  cook", "fry cook"));
		concept.hiddenFi.add("kokki");

		assertThat(CatalogueWriter.labels(concept)).extracting(CatalogueWriter.LabelRow::label,
				CatalogueWriter.LabelRow::lang, CatalogueWriter.LabelRow::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("cook", "en", CatalogueWriter.PREFERRED),
					org.assertj.core.groups.Tuple.tuple("kokki", "fi", CatalogueWriter.PREFERRED),
					org.assertj.core.groups.Tuple.tuple("fry cook", "en", CatalogueWriter.ALTERNATIVE));
	}

}
