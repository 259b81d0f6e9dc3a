package fi.kohtaanto.catalogue.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV files with a header row, such as the ESCO download: quoted fields may span lines (ESCO lists alternative
 * labels one per line inside one field). Every problem becomes an {@link ImportFailure} that names the file.
 */
final class CsvFiles {

	static final CSVFormat WITH_HEADER = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setAllowMissingColumnNames(true)
		.get();

	/** The built-in files start with comment lines (the ESCO attribution). */
	static final CSVFormat WITH_COMMENTS = WITH_HEADER.builder().setCommentMarker('#').get();

	private CsvFiles() {
	}

	/**
	 * Hands every record of the file to the consumer.
	 * @param requiredColumns header names the file must have
	 * @return the number of records read
	 */
	static long read(Path file, CSVFormat format, Set<String> requiredColumns, Consumer<CSVRecord> consumer) {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(file.toString(), reader, format, requiredColumns, consumer);
		}
		catch (NoSuchFileException ex) {
			throw new ImportFailure(ex, "catalogue.import.error.missingFile", file);
		}
		catch (IOException ex) {
			throw new ImportFailure(ex, "catalogue.import.error.unreadable", file, ex.getMessage());
		}
	}

	/**
	 * Hands every record to the consumer.
	 * @param name how to name the file in an error message
	 */
	static long read(String name, BufferedReader reader, CSVFormat format, Set<String> requiredColumns,
			Consumer<CSVRecord> consumer) throws IOException {
		skipByteOrderMark(reader);
		try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			List<String> missing = new ArrayList<>(requiredColumns);
			missing.removeAll(parser.getHeaderMap().keySet());
			if (!missing.isEmpty()) {
				throw new ImportFailure("catalogue.import.error.columns", name,
						String.join(", ", missing.stream().sorted().toList()));
			}
			long records = 0;
			try {
				for (CSVRecord record : parser) {
					consumer.accept(record);
					records++;
				}
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				throw new ImportFailure(ex, "catalogue.import.error.unreadable", name,
						"line " + parser.getCurrentLineNumber());
			}
			return records;
		}
	}

	/** The value of a column, or an empty string where the record has no such column or is short. */
	static String value(CSVRecord record, String column) {
		if (!record.isMapped(column) || !record.isSet(column)) {
			return "";
		}
		String value = record.get(column);
		return value == null ? "" : value.strip();
	}

	/** Splits a field holding one label per line, collapsing spaces; empty lines are dropped. */
	static List<String> lines(String field) {
		if (field.isBlank()) {
			return List.of();
		}
		return Arrays.stream(field.split("\\R")).map(CsvFiles::clean).filter(line -> !line.isEmpty()).toList();
	}

	/** Collapses runs of white space (including no-break spaces) into one space. */
	static String clean(String text) {
		return text.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
	}

	private static void skipByteOrderMark(Reader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != '\ufeff') {
			reader.reset();
		}
	}

}
