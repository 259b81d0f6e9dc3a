package fi.kohtaanto.catalogue.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import fi.kohtaanto.catalogue.Municipality;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the municipality key of Statistics Finland in the CSV form the geofi package publishes
 * ({@code statfi_municipality_key_<year>_*.csv}: {@code kunta}, {@code municipality_name_fi/sv/en},
 * {@code maakunta_code}). Of several keys in the folder the newest (by file name) wins.
 */
final class MunicipalityKeyFiles {

	static final String PATTERN = "statfi_municipality_key_*.csv";

	private static final Set<String> COLUMNS = Set.of("kunta", "municipality_name_fi", "municipality_name_sv",
			"municipality_name_en", "maakunta_code");

	private final Path directory;

	MunicipalityKeyFiles(Path directory) {
		this.directory = directory;
	}

	/** The newest key file in the folder, if any. */
	Optional<Path> newest() {
		if (!Files.isDirectory(directory)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(Files::isRegularFile)
				.filter(file -> file.getFileName().toString().startsWith("statfi_municipality_key_"))
				.filter(file -> file.getFileName().toString().endsWith(".csv"))
				.max(Comparator.comparing(file -> file.getFileName().toString()));
		}
		catch (IOException ex) {
			throw new ImportFailure(ex, "catalogue.import.error.unreadable", directory, ex.getMessage());
		}
	}

	static List<Municipality> read(Path file) {
		List<Municipality> municipalities = new ArrayList<>();
		CsvFiles.read(file, CsvFiles.WITH_HEADER, COLUMNS, record -> municipalities.add(municipality(record, file)));
		if (municipalities.isEmpty()) {
			throw new ImportFailure("catalogue.import.error.empty", file);
		}
		return municipalities;
	}

	private static Municipality municipality(CSVRecord record, Path file) {
		String code = CsvFiles.value(record, "kunta");
		String region = CsvFiles.value(record, "maakunta_code");
		String nameFi = CsvFiles.clean(CsvFiles.value(record, "municipality_name_fi"));
		if (!code.matches("\\d{1,3}") || !region.matches("\\d{1,2}") || nameFi.isEmpty()) {
			throw new ImportFailure("catalogue.import.error.unreadable", file, "line " + record.getRecordNumber());
		}
		String nameSv = orElse(CsvFiles.clean(CsvFiles.value(record, "municipality_name_sv")), nameFi);
		String nameEn = orElse(CsvFiles.clean(CsvFiles.value(record, "municipality_name_en")), nameFi);
		String subRegion = CsvFiles.value(record, "seutukunta_code");
		return new Municipality(pad(code, 3), nameFi, nameSv, nameEn, pad(region, 2),
				subRegion.matches("\\d{1,3}") ? pad(subRegion, 3) : "");
	}

	/** Statistics Finland codes are zero-padded: Helsinki is 091, Uusimaa 01. */
	static String pad(String code, int length) {
		return "0".repeat(Math.max(0, length - code.length())) + code;
	}

	private static String orElse(String value, String fallback) {
		return value.isEmpty() ? fallback : value;
	}

}
