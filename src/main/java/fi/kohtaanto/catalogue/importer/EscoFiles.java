package fi.kohtaanto.catalogue.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import fi.kohtaanto.catalogue.ConceptType;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads the ESCO CSV download (v1.1.x layout) from a folder: English occupations and skills, Finnish labels, and the
 * occupation–skill relations. Only concepts with status {@code released} are kept.
 * <p>
 * Files are looked for both where the official download puts them (all in one folder, relations in
 * {@code occupationSkillRelations_en.csv}) and in the split layout with {@code classification/} and
 * {@code relations/} folders. Finnish labels come from the official per-language files {@code occupations_fi.csv}
 * and {@code skills_fi.csv} if present, otherwise from the joined files {@code occupations_fi_en.csv} and
 * {@code skills_fi_en.csv} ({@code label_fin}). The joined skills file has lost the line breaks between the Finnish
 * alternative labels, so those are kept as hidden search keywords rather than shown as labels.
 */
final class EscoFiles {

	static final String OCCUPATIONS_EN = "occupations_en.csv";

	static final String SKILLS_EN = "skills_en.csv";

	private static final List<String> RELATIONS = List.of("relations/occupationSkillRelations.csv",
			"relations/occupationSkillRelations_en.csv", "occupationSkillRelations_en.csv",
			"occupationSkillRelations.csv", "classification/occupationSkillRelations_en.csv");

	private static final String URI = "conceptUri";

	private final Path directory;

	EscoFiles(Path directory) {
		this.directory = directory;
	}

	Optional<Path> occupations() {
		return first(OCCUPATIONS_EN, "classification/" + OCCUPATIONS_EN);
	}

	Optional<Path> skills() {
		return first(SKILLS_EN, "classification/" + SKILLS_EN);
	}

	Optional<Path> relations() {
		return first(RELATIONS.toArray(String[]::new));
	}

	Optional<Path> finnishOccupations() {
		return first("occupations_fi.csv", "classification/occupations_fi.csv");
	}

	Optional<Path> finnishSkills() {
		return first("skills_fi.csv", "classification/skills_fi.csv");
	}

	Optional<Path> joinedOccupations() {
		return first("occupations_fi_en.csv", "classification/occupations_fi_en.csv");
	}

	Optional<Path> joinedSkills() {
		return first("skills_fi_en.csv", "classification/skills_fi_en.csv");
	}

	/**
	 * Reads everything.
	 * @param step told which step begins, for the progress shown to the admin
	 * @throws ImportFailure if a required file is missing or cannot be read
	 */
	TaxonomyData read(Consumer<ImportProgress.Step> step) {
		if (!Files.isDirectory(directory)) {
			throw new ImportFailure("catalogue.import.error.missingDirectory", directory);
		}
		Path occupations = occupations().orElseThrow(() -> missing(OCCUPATIONS_EN));
		Path skills = skills().orElseThrow(() -> missing(SKILLS_EN));
		Path relations = relations().orElseThrow(() -> missing("occupationSkillRelations.csv"));
		TaxonomyData data = new TaxonomyData();

		step.accept(ImportProgress.Step.READING_OCCUPATIONS);
		CsvFiles.read(occupations, CsvFiles.WITH_HEADER, Set.of(URI, "iscoGroup", "preferredLabel", "altLabels"),
				record -> readEnglish(record, ConceptType.OCCUPATION, data));
		step.accept(ImportProgress.Step.READING_SKILLS);
		CsvFiles.read(skills, CsvFiles.WITH_HEADER, Set.of(URI, "skillType", "preferredLabel", "altLabels"),
				record -> readEnglish(record, ConceptType.SKILL, data));

		step.accept(ImportProgress.Step.READING_FINNISH);
		readFinnish(finnishOccupations(), joinedOccupations(), data);
		readFinnish(finnishSkills(), joinedSkills(), data);

		step.accept(ImportProgress.Step.READING_RELATIONS);
		CsvFiles.read(relations, CsvFiles.WITH_HEADER, Set.of("occupationUri", "relationType", "skillUri"),
				record -> data.relate(CsvFiles.value(record, "occupationUri"), CsvFiles.value(record, "skillUri"),
						"essential".equalsIgnoreCase(CsvFiles.value(record, "relationType"))));
		return data;
	}

	private static void readEnglish(CSVRecord record, ConceptType type, TaxonomyData data) {
		String uri = CsvFiles.value(record, URI);
		String label = CsvFiles.clean(CsvFiles.value(record, "preferredLabel"));
		if (uri.isEmpty() || label.isEmpty() || !released(record)) {
			return;
		}
		ConceptData concept = type == ConceptType.OCCUPATION
				? new ConceptData(uri, type, label, null, blankToNull(CsvFiles.value(record, "iscoGroup")), null)
				: new ConceptData(uri, type, label, null, null, blankToNull(CsvFiles.value(record, "skillType")));
		concept.altEn.addAll(CsvFiles.lines(CsvFiles.value(record, "altLabels")));
		concept.hiddenEn.addAll(CsvFiles.lines(CsvFiles.value(record, "hiddenLabels")));
		data.concepts.put(uri, concept);
	}

	private static void readFinnish(Optional<Path> official, Optional<Path> joined, TaxonomyData data) {
		if (official.isPresent()) {
			CsvFiles.read(official.get(), CsvFiles.WITH_HEADER, Set.of(URI, "preferredLabel"), record -> {
				ConceptData concept = data.concepts.get(CsvFiles.value(record, URI));
				String label = CsvFiles.clean(CsvFiles.value(record, "preferredLabel"));
				if (concept != null && !label.isEmpty()) {
					concept.labelFi = label;
					concept.altFi.addAll(CsvFiles.lines(CsvFiles.value(record, "altLabels")));
					concept.hiddenFi.addAll(CsvFiles.lines(CsvFiles.value(record, "hiddenLabels")));
				}
			});
		}
		else if (joined.isPresent()) {
			CsvFiles.read(joined.get(), CsvFiles.WITH_HEADER, Set.of(URI, "label_fin"), record -> {
				ConceptData concept = data.concepts.get(CsvFiles.value(record, URI));
				String label = CsvFiles.clean(CsvFiles.value(record, "label_fin"));
				if (concept != null && !label.isEmpty()) {
					concept.labelFi = label;
					concept.hiddenFi.addAll(CsvFiles.lines(CsvFiles.value(record, "altLabels")));
				}
			});
		}
	}

	/** ESCO marks withdrawn concepts with another status; a file without the column is taken as all released. */
	private static boolean released(CSVRecord record) {
		String status = CsvFiles.value(record, "status");
		return status.isEmpty() || "released".equalsIgnoreCase(status);
	}

	private Optional<Path> first(String... candidates) {
		for (String candidate : candidates) {
			Path path = directory.resolve(candidate);
			if (Files.isRegularFile(path)) {
				return Optional.of(path);
			}
		}
		return Optional.empty();
	}

	private ImportFailure missing(String file) {
		return new ImportFailure("catalogue.import.error.missingFile", directory.resolve(file));
	}

	private static @Nullable String blankToNull(String value) {
		return value.isEmpty() ? null : value;
	}

}
