package fi.kohtaanto.catalogue.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import fi.kohtaanto.catalogue.ConceptType;
import fi.kohtaanto.catalogue.Municipality;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * The built-in reference data, so that the application is usable before any file is imported: an extract of ESCO
 * v1.1.1 (about 50 occupations and 100 skills that International House clients in the Mikkeli region often have,
 * with their real URIs and labels) and the municipalities of the region plus the largest cities.
 */
final class DemoData {

	static final String SOURCE = "demo";

	private static final String TAXONOMY = "catalogue/demo-taxonomy.csv";

	private static final String RELATIONS = "catalogue/demo-relations.csv";

	private static final String MUNICIPALITIES = "catalogue/demo-municipalities.csv";

	private DemoData() {
	}

	static TaxonomyData taxonomy() {
		TaxonomyData data = new TaxonomyData();
		read(TAXONOMY, Set.of("type", "uri", "code", "label_en", "label_fi", "alt_en", "keywords_fi"), record -> {
			ConceptType type = ConceptType.valueOf(CsvFiles.value(record, "type").toUpperCase(java.util.Locale.ROOT));
			String code = CsvFiles.value(record, "code");
			ConceptData concept = new ConceptData(CsvFiles.value(record, "uri"), type,
					CsvFiles.value(record, "label_en"), CsvFiles.value(record, "label_fi"),
					type == ConceptType.OCCUPATION ? code : null, type == ConceptType.SKILL ? code : null);
			concept.altEn.addAll(split(CsvFiles.value(record, "alt_en")));
			concept.hiddenFi.addAll(split(CsvFiles.value(record, "keywords_fi")));
			data.concepts.put(concept.uri, concept);
		});
		read(RELATIONS, Set.of("occupationUri", "relationType", "skillUri"), record -> {
			if (!data.relate(CsvFiles.value(record, "occupationUri"), CsvFiles.value(record, "skillUri"),
					"essential".equals(CsvFiles.value(record, "relationType")))) {
				throw new IllegalStateException("Demo relation to an unknown concept: " + record);
			}
		});
		return data;
	}

	static List<Municipality> municipalities() {
		List<Municipality> municipalities = new ArrayList<>();
		read(MUNICIPALITIES, Set.of("code", "name_fi", "name_sv", "name_en", "region_code", "subregion_code"),
				record -> municipalities.add(new Municipality(CsvFiles.value(record, "code"),
						CsvFiles.value(record, "name_fi"), CsvFiles.value(record, "name_sv"),
						CsvFiles.value(record, "name_en"), CsvFiles.value(record, "region_code"),
						CsvFiles.value(record, "subregion_code"))));
		return municipalities;
	}

	private static List<String> split(String labels) {
		return Arrays.stream(labels.split("\\|")).map(String::strip).filter(label -> !label.isEmpty()).toList();
	}

	private static void read(String resource, Set<String> columns, Consumer<CSVRecord> consumer) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			CsvFiles.read(resource, reader, CsvFiles.WITH_COMMENTS, columns, consumer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Built-in reference data missing: " + resource, ex);
		}
	}

}
