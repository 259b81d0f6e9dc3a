package fi.kohtaanto.catalogue.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import fi.kohtaanto.catalogue.CatalogueReplaced;
import fi.kohtaanto.catalogue.ConceptType;
import fi.kohtaanto.catalogue.Municipality;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports the reference data files into the catalogue: ESCO from {@code <directory>/esco} and the municipality key
 * from {@code <directory>/fi}. Everything is read and checked before anything is written, and each dataset is
 * written in one transaction, so a missing or broken file leaves the previous catalogue as it was. Only one import
 * runs at a time.
 */
@Service
public class CatalogueImports {

	private static final Logger log = LoggerFactory.getLogger(CatalogueImports.class);

	private final ReferenceDataProperties properties;

	private final CatalogueWriter writer;

	private final ApplicationEventPublisher events;

	private final AtomicBoolean running = new AtomicBoolean();

	private final AtomicReference<ImportProgress> progress = new AtomicReference<>(ImportProgress.idle());

	private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "catalogue-import");
		thread.setDaemon(true);
		return thread;
	});

	CatalogueImports(ReferenceDataProperties properties, CatalogueWriter writer, ApplicationEventPublisher events) {
		this.properties = properties;
		this.writer = writer;
		this.events = events;
	}

	/** A file the import reads, and whether it is there. */
	public record SourceFile(String dataset, Path path, boolean exists) {
	}

	/** The configured directory, absolute. */
	public Path directory() {
		return properties.resolvedDirectory();
	}

	public boolean directoryExists() {
		return Files.isDirectory(directory());
	}

	public ImportProgress progress() {
		return progress.get();
	}

	/** Where the municipalities come from now: {@code demo} or the name of the imported key file. */
	public String municipalitiesSource() {
		return writer.source().map(CatalogueWriter.Source::municipalities).orElse(DemoData.SOURCE);
	}

	/** The files an import of the configured directory would read, found or not. */
	public List<SourceFile> files() {
		Path esco = directory().resolve("esco");
		EscoFiles files = new EscoFiles(esco);
		List<SourceFile> result = new ArrayList<>();
		result.add(file("ESCO", files.occupations(), esco.resolve("classification/" + EscoFiles.OCCUPATIONS_EN)));
		result.add(file("ESCO", files.skills(), esco.resolve("classification/" + EscoFiles.SKILLS_EN)));
		result.add(file("ESCO", files.relations(), esco.resolve("relations/occupationSkillRelations.csv")));
		Optional<Path> finnishOccupations = files.finnishOccupations().or(files::joinedOccupations);
		result.add(file("ESCO", finnishOccupations, esco.resolve("occupations_fi_en.csv")));
		Optional<Path> finnishSkills = files.finnishSkills().or(files::joinedSkills);
		result.add(file("ESCO", finnishSkills, esco.resolve("skills_fi_en.csv")));
		Path fi = directory().resolve("fi");
		result.add(file("MUNICIPALITIES", new MunicipalityKeyFiles(fi).newest(),
				fi.resolve(MunicipalityKeyFiles.PATTERN)));
		return result;
	}

	private static SourceFile file(String dataset, Optional<Path> found, Path expected) {
		return new SourceFile(dataset, found.orElse(expected), found.isPresent());
	}

	/**
	 * Starts an import of the configured directory in the background.
	 * @return false if an import is already running
	 */
	public boolean start() {
		if (!running.compareAndSet(false, true)) {
			return false;
		}
		progress.set(ImportProgress.started(Instant.now()));
		try {
			executor.execute(() -> {
				try {
					run(directory());
				}
				finally {
					running.set(false);
				}
			});
		}
		catch (RuntimeException ex) {
			running.set(false);
			throw ex;
		}
		return true;
	}

	/** Imports the configured directory now, in this thread, and says how it went. */
	public ImportProgress importNow() {
		return importFrom(directory());
	}

	/** Imports a directory now, in this thread. */
	ImportProgress importFrom(Path directory) {
		if (!running.compareAndSet(false, true)) {
			throw new IllegalStateException("An import is already running");
		}
		try {
			progress.set(ImportProgress.started(Instant.now()));
			return run(directory.toAbsolutePath().normalize());
		}
		finally {
			running.set(false);
		}
	}

	/** Whether files of a dataset still showing the demo data are there to replace it. */
	boolean demoReplaceable() {
		Optional<CatalogueWriter.Source> source = writer.source();
		boolean escoDemo = source.map(s -> DemoData.SOURCE.equals(s.taxonomy())).orElse(true);
		boolean municipalitiesDemo = source.map(s -> DemoData.SOURCE.equals(s.municipalities())).orElse(true);
		return escoDemo && Files.isDirectory(directory().resolve("esco"))
				|| municipalitiesDemo && new MunicipalityKeyFiles(directory().resolve("fi")).newest().isPresent();
	}

	private ImportProgress run(Path directory) {
		Instant started = progress.get().startedAt() != null ? progress.get().startedAt() : Instant.now();
		try {
			if (!Files.isDirectory(directory)) {
				throw new ImportFailure("catalogue.import.error.missingDirectory", directory);
			}
			Path esco = directory.resolve("esco");
			Optional<Path> key = new MunicipalityKeyFiles(directory.resolve("fi")).newest();
			if (!Files.isDirectory(esco) && key.isEmpty()) {
				throw new ImportFailure("catalogue.import.error.nothingFound", directory);
			}
			// Read and check everything first: a bad file must not leave one dataset replaced and the other not.
			TaxonomyData taxonomy = null;
			if (Files.isDirectory(esco)) {
				taxonomy = new EscoFiles(esco).read(this::step);
				if (taxonomy.concepts.isEmpty()) {
					throw new ImportFailure("catalogue.import.error.empty", esco);
				}
			}
			List<Municipality> municipalities = null;
			if (key.isPresent()) {
				step(ImportProgress.Step.READING_MUNICIPALITIES);
				municipalities = MunicipalityKeyFiles.read(key.get());
			}
			long read = System.nanoTime();
			log.info("Catalogue import read the files in {} ms", Duration.between(started, Instant.now()).toMillis());

			List<ImportProgress.Dataset> replaced = new ArrayList<>();
			if (taxonomy != null) {
				step(ImportProgress.Step.WRITING_ESCO);
				writer.replaceTaxonomy(taxonomy, properties.escoVersion(), Instant.now());
				replaced.add(ImportProgress.Dataset.ESCO);
				log.info("Catalogue import wrote {} occupations, {} skills, {} labels and {} relations in {} ms",
						taxonomy.count(ConceptType.OCCUPATION), taxonomy.count(ConceptType.SKILL),
						taxonomy.concepts.values().stream().mapToLong(c -> CatalogueWriter.labels(c).size()).sum(),
						taxonomy.distinctRelations().size(), (System.nanoTime() - read) / 1_000_000);
			}
			if (municipalities != null) {
				step(ImportProgress.Step.WRITING_MUNICIPALITIES);
				writer.replaceMunicipalities(municipalities, key.get().getFileName().toString(), Instant.now());
				replaced.add(ImportProgress.Dataset.MUNICIPALITIES);
				log.info("Catalogue import wrote {} municipalities", municipalities.size());
			}
			events.publishEvent(new CatalogueReplaced());
			ImportProgress done = progress.get().succeeded(Instant.now(), replaced);
			progress.set(done);
			log.info("Catalogue import finished in {} ms", done.duration().toMillis());
			return done;
		}
		catch (ImportFailure ex) {
			log.warn("Catalogue import failed: {}", ex.getMessage());
			return fail(ex.messageKey(), ex.arguments());
		}
		catch (RuntimeException ex) {
			log.error("Catalogue import failed", ex);
			return fail("catalogue.import.error.unexpected", List.of());
		}
	}

	private void step(ImportProgress.Step step) {
		progress.updateAndGet(current -> current.at(step));
	}

	private ImportProgress fail(String key, List<String> arguments) {
		ImportProgress failed = progress.get().failed(Instant.now(), key, arguments);
		progress.set(failed);
		return failed;
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

}
