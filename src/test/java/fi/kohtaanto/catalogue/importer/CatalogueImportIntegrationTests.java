package fi.kohtaanto.catalogue.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import fi.kohtaanto.IntegrationTest;
import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.CatalogueStatus;
import fi.kohtaanto.catalogue.ConceptMatch;
import fi.kohtaanto.catalogue.ConceptType;
import fi.kohtaanto.catalogue.Municipality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class CatalogueImportIntegrationTests {

	static final Path FIXTURE = Path.of("src/test/resources/esco-fixture");

	static final String COOK = "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e";

	static final String FISH_COOK = "http://data.europa.eu/esco/occupation/b9de6d8b-1cf6-4722-bf8c-d73aad03bf87";

	static final String KITCHEN_ASSISTANT = "http://data.europa.eu/esco/occupation/e1cf6897-158d-4b48-a39e-2a3a8cac216c";

	static final String SOFTWARE_DEVELOPER = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1";

	static final String FOOD_SAFETY = "http://data.europa.eu/esco/skill/0ff99f51-40d9-42f1-a1ec-377b2bb5e15f";

	static final String COOKING_TECHNIQUES = "http://data.europa.eu/esco/skill/f3934441-4bff-4076-9945-e6c51a01c467";

	@Autowired
	CatalogueImports imports;

	@Autowired
	Catalogue catalogue;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void restoreDemoData() {
		DemoCatalogue.restore(context);
	}

	@Test
	void importsTheFixture() {
		ImportProgress result = imports.importFrom(FIXTURE);

		assertThat(result.succeeded()).as("%s %s", result.errorKey(), result.errorArguments()).isTrue();
		assertThat(result.datasets()).containsExactly(ImportProgress.Dataset.ESCO,
				ImportProgress.Dataset.MUNICIPALITIES);
		CatalogueStatus status = catalogue.status();
		assertThat(status.source()).isEqualTo("ESCO v1.1.1");
		assertThat(status.demo()).isFalse();
		assertThat(status.importedAt()).isNotNull();
		assertThat(status.occupations()).isEqualTo(5);
		assertThat(status.skills()).isEqualTo(10);
		assertThat(status.relations()).isEqualTo(9);
		assertThat(status.municipalities()).isEqualTo(6);
		assertThat(imports.municipalitiesSource()).isEqualTo("statfi_municipality_key_2026_geofi.csv");
	}

	@Test
	void joinsFinnishLabelsAndRelations() {
		imports.importFrom(FIXTURE);

		assertThat(catalogue.concept(FISH_COOK)).hasValueSatisfying(concept -> {
			assertThat(concept.labelEn()).isEqualTo("fish cook");
			assertThat(concept.labelFi()).isEqualTo("kalakokki");
			assertThat(concept.iscoCode()).isEqualTo("5120");
		});
		assertThat(catalogue.skillsOf(COOK, true)).containsExactly(FOOD_SAFETY, COOKING_TECHNIQUES);
		assertThat(catalogue.skillsOf(SOFTWARE_DEVELOPER, true)).isEmpty();
		assertThat(catalogue.skillsOf(SOFTWARE_DEVELOPER, false)).hasSize(3);
		assertThat(catalogue.occupationsWith(FOOD_SAFETY, true)).containsExactlyInAnyOrder(COOK, FISH_COOK);
		assertThat(catalogue.search("kalakok", ConceptType.OCCUPATION, 5)).extracting(ConceptMatch::matchedLabel)
			.containsExactly("kalakokki");
	}

	@Test
	void padsMunicipalityCodes() {
		imports.importFrom(FIXTURE);

		assertThat(catalogue.municipality("091"))
			.contains(new Municipality("091", "Helsinki", "Helsingfors", "Helsinki", "01", "011"));
		assertThat(catalogue.municipalities()).extracting(Municipality::code)
			.containsExactly("020", "049", "091", "097", "478", "491");
	}

	@Test
	void keepsConceptsTheImportLacksResolvableButUnsearchable() {
		imports.importFrom(FIXTURE);

		assertThat(catalogue.concept(KITCHEN_ASSISTANT)).hasValueSatisfying(
				concept -> assertThat(concept.labelFi()).isEqualTo("keittiöavustaja"));
		assertThat(catalogue.concepts(List.of(KITCHEN_ASSISTANT, COOK))).containsOnlyKeys(KITCHEN_ASSISTANT, COOK);
		assertThat(catalogue.search("keittiöavustaja", ConceptType.OCCUPATION, 5)).isEmpty();
		assertThat(catalogue.resolve("keittiöavustaja", ConceptType.OCCUPATION)).isEmpty();
	}

	@Test
	void failsOnAMissingDirectoryAndChangesNothing() {
		CatalogueStatus before = catalogue.status();

		ImportProgress result = imports.importFrom(FIXTURE.resolve("no-such-directory"));

		assertThat(result.failed()).isTrue();
		assertThat(result.errorKey()).isEqualTo("catalogue.import.error.missingDirectory");
		assertThat(catalogue.status()).isEqualTo(before);
		assertThat(before.demo()).isTrue();
	}

	@Test
	void failsOnABrokenFileAndChangesNothing(@TempDir Path directory) throws IOException {
		Path esco = directory.resolve("esco");
		Files.createDirectories(esco.resolve("classification"));
		Files.createDirectories(esco.resolve("relations"));
		Files.copy(FIXTURE.resolve("esco/classification/occupations_en.csv"),
				esco.resolve("classification/occupations_en.csv"));
		Files.writeString(esco.resolve("classification/skills_en.csv"), "conceptUri,preferredLabel\nhttp://x,y\n");
		Files.copy(FIXTURE.resolve("esco/relations/occupationSkillRelations.csv"),
				esco.resolve("relations/occupationSkillRelations.csv"));
		Files.createDirectories(directory.resolve("fi"));
		Files.copy(FIXTURE.resolve("fi/statfi_municipality_key_2026_geofi.csv"),
				directory.resolve("fi/statfi_municipality_key_2026_geofi.csv"));
		CatalogueStatus before = catalogue.status();

		ImportProgress result = imports.importFrom(directory);

		assertThat(result.failed()).isTrue();
		assertThat(result.errorKey()).isEqualTo("catalogue.import.error.columns");
		// Municipalities were readable, but nothing is written unless everything is.
		assertThat(catalogue.status()).isEqualTo(before);
		assertThat(catalogue.municipalities()).hasSize(17);
	}

	@Test
	void reimportingTheSameDataChangesNothing() {
		imports.importFrom(FIXTURE);
		CatalogueStatus first = catalogue.status();

		ImportProgress again = imports.importFrom(FIXTURE);

		assertThat(again.succeeded()).isTrue();
		CatalogueStatus second = catalogue.status();
		assertThat(second).usingRecursiveComparison().ignoringFields("importedAt").isEqualTo(first);
	}

}
