package fi.kohtaanto.catalogue.importer;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the reference data files are and when to import them.
 *
 * @param directory the folder holding {@code esco/} (the ESCO CSV download) and {@code fi/} (the Statistics Finland
 * municipality key); a relative path is resolved against the working directory
 * @param autoImport import at start-up, in the background, while the catalogue still holds only the demo taxonomy
 * @param importAndExit import synchronously at start-up and stop the application (exit code 0, or 1 on failure)
 * @param escoVersion recorded as the source of an ESCO import, because the CSV files do not name their version
 */
@ConfigurationProperties("kohtaanto.reference-data")
public record ReferenceDataProperties(@DefaultValue("../shared/data") String directory,
		@DefaultValue("true") boolean autoImport, @DefaultValue("false") boolean importAndExit,
		@DefaultValue("ESCO v1.1.1") String escoVersion) {

	/** The directory as an absolute, normalised path, for messages and for reading. */
	public Path resolvedDirectory() {
		return Path.of(directory).toAbsolutePath().normalize();
	}

}
