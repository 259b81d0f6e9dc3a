package fi.kohtaanto.catalogue.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import fi.kohtaanto.catalogue.Municipality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MunicipalityKeyFilesTests {

	static final Path FIXTURE = Path.of("src/test/resources/esco-fixture/fi");

	@Test
	void picksTheNewestKey() {
		assertThat(new MunicipalityKeyFiles(FIXTURE).newest()).hasValueSatisfying(
				file -> assertThat(file.getFileName()).hasToString("statfi_municipality_key_2026_geofi.csv"));
	}

	@Test
	void padsCodesAndKeepsAllThreeNames() {
		List<Municipality> municipalities = MunicipalityKeyFiles
			.read(new MunicipalityKeyFiles(FIXTURE).newest().orElseThrow());

		assertThat(municipalities).hasSize(6)
			.contains(new Municipality("091", "Helsinki", "Helsingfors", "Helsinki", "01", "011"),
					new Municipality("020", "Akaa", "Ackas", "Akaa", "06", "063"),
					new Municipality("491", "Mikkeli", "S:t Michel", "Mikkeli", "10", "101"),
					new Municipality("478", "Maarianhamina", "Mariehamn", "Mariehamn", "21", "211"));
	}

	@Test
	void findsNothingInAMissingDirectory(@TempDir Path directory) {
		assertThat(new MunicipalityKeyFiles(directory.resolve("fi")).newest()).isEmpty();
	}

	@Test
	void rejectsAKeyWithoutRows(@TempDir Path directory) throws IOException {
		Path file = directory.resolve("statfi_municipality_key_2027.csv");
		Files.writeString(file, "kunta,municipality_name_fi,municipality_name_sv,municipality_name_en,maakunta_code\n");

		assertThatThrownBy(() -> MunicipalityKeyFiles.read(file)).isInstanceOfSatisfying(ImportFailure.class,
				failure -> assertThat(failure.messageKey()).isEqualTo("catalogue.import.error.empty"));
	}

}
