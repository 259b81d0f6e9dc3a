package fi.kohtaanto.matching.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An {@link EscoGraph} read from the ESCO CSV download (v1.1.x, English), with the URIs and English labels behind its
 * ids: occupations and skills with status {@code released} get ids in file order. For the benchmark and tools; the
 * application feeds the graph from its catalogue tables instead.
 */
public final class EscoTaxonomy {

	private static final CSVFormat WITH_HEADER = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.get();

	private final EscoGraph graph;

	private final Concepts occupations;

	private final Concepts skills;

	private EscoTaxonomy(EscoGraph graph, Concepts occupations, Concepts skills) {
		this.graph = graph;
		this.occupations = occupations;
		this.skills = skills;
	}

	/**
	 * Reads {@code occupations_en.csv}, {@code skills_en.csv} (in {@code classification/} or the folder itself) and
	 * {@code occupationSkillRelations.csv} (in {@code relations/}, or {@code occupationSkillRelations_en.csv} in the
	 * folder); relations to concepts that are not released are left out.
	 * @throws UncheckedIOException if a file is missing or unreadable
	 */
	public static EscoTaxonomy load(Path escoDirectory) {
		Concepts occupations = new Concepts();
		List<Integer> iscoGroups = new ArrayList<>();
		read(find(escoDirectory, "classification/occupations_en.csv", "occupations_en.csv"), record -> {
			if (occupations.add(record)) {
				String isco = record.get("iscoGroup").strip();
				iscoGroups.add(isco.matches("\\d{4}") ? Integer.parseInt(isco) : EscoGraph.NO_ISCO_GROUP);
			}
		});
		Concepts skills = new Concepts();
		read(find(escoDirectory, "classification/skills_en.csv", "skills_en.csv"), skills::add);
		List<List<Integer>> essential = new ArrayList<>();
		List<List<Integer>> optional = new ArrayList<>();
		for (int i = 0; i < occupations.uris.size(); i++) {
			essential.add(new ArrayList<>());
			optional.add(new ArrayList<>());
		}
		read(find(escoDirectory, "relations/occupationSkillRelations.csv", "occupationSkillRelations_en.csv"),
				record -> {
					int occupation = occupations.id(record.get("occupationUri"));
					int skill = skills.id(record.get("skillUri"));
					if (occupation >= 0 && skill >= 0) {
						boolean isEssential = "essential".equalsIgnoreCase(record.get("relationType").strip());
						(isEssential ? essential : optional).get(occupation).add(skill);
					}
				});
		EscoGraph graph = new EscoGraph(skills.uris.size(), toArrays(essential), toArrays(optional),
				iscoGroups.stream().mapToInt(Integer::intValue).toArray());
		return new EscoTaxonomy(graph, occupations, skills);
	}

	public EscoGraph graph() {
		return graph;
	}

	/** The occupation's id, or -1. */
	public int occupationId(String uri) {
		return occupations.id(uri);
	}

	/** The skill's id, or -1. */
	public int skillId(String uri) {
		return skills.id(uri);
	}

	public String occupationUri(int id) {
		return occupations.uris.get(id);
	}

	public String skillUri(int id) {
		return skills.uris.get(id);
	}

	/** The English preferred label. */
	public String occupationLabel(int id) {
		return occupations.labels.get(id);
	}

	/** The English preferred label. */
	public String skillLabel(int id) {
		return skills.labels.get(id);
	}

	private static Path find(Path directory, String... candidates) {
		for (String candidate : candidates) {
			Path file = directory.resolve(candidate);
			if (Files.isRegularFile(file)) {
				return file;
			}
		}
		throw new UncheckedIOException(new IOException("no " + candidates[0] + " in " + directory));
	}

	private static void read(Path file, Consumer<CSVRecord> consumer) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(WITH_HEADER).get()) {
			parser.forEach(consumer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	private static int[][] toArrays(List<List<Integer>> lists) {
		return lists.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
	}

	/** Released concepts of one kind in file order. */
	private static final class Concepts {

		final List<String> uris = new ArrayList<>();

		final List<String> labels = new ArrayList<>();

		final Map<String, Integer> ids = new HashMap<>();

		/** Adds the concept if released; true if added. */
		boolean add(CSVRecord record) {
			String status = record.isMapped("status") ? record.get("status").strip() : "";
			String uri = record.get("conceptUri").strip();
			if (!(status.isEmpty() || "released".equalsIgnoreCase(status)) || uri.isEmpty() || ids.containsKey(uri)) {
				return false;
			}
			ids.put(uri, uris.size());
			uris.add(uri);
			labels.add(record.get("preferredLabel").strip());
			return true;
		}

		int id(String uri) {
			return ids.getOrDefault(uri.strip(), -1);
		}

	}

}
