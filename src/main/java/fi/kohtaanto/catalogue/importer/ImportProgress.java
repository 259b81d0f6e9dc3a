package fi.kohtaanto.catalogue.importer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where the latest reference data import stands, for the admin page.
 *
 * @param step what a running import is doing now
 * @param datasets what a finished import replaced
 * @param errorKey message key of the {@code catalogue} bundle saying why a failed import failed
 * @param errorArguments arguments of that message, such as the missing file
 */
public record ImportProgress(State state, @Nullable Step step, @Nullable Instant startedAt,
		@Nullable Instant finishedAt, List<Dataset> datasets, @Nullable String errorKey, List<String> errorArguments) {

	public enum State {

		IDLE, RUNNING, SUCCEEDED, FAILED

	}

	public enum Step {

		CHECKING_FILES, READING_OCCUPATIONS, READING_SKILLS, READING_FINNISH, READING_RELATIONS, WRITING_ESCO,
		READING_MUNICIPALITIES, WRITING_MUNICIPALITIES;

		public String messageKey() {
			return "catalogue.import.step." + name();
		}

	}

	public enum Dataset {

		ESCO, MUNICIPALITIES;

		public String messageKey() {
			return "catalogue.import.dataset." + name();
		}

	}

	static ImportProgress idle() {
		return new ImportProgress(State.IDLE, null, null, null, List.of(), null, List.of());
	}

	static ImportProgress started(Instant at) {
		return new ImportProgress(State.RUNNING, Step.CHECKING_FILES, at, null, List.of(), null, List.of());
	}

	ImportProgress at(Step next) {
		return new ImportProgress(State.RUNNING, next, startedAt, null, datasets, null, List.of());
	}

	ImportProgress succeeded(Instant at, List<Dataset> replaced) {
		return new ImportProgress(State.SUCCEEDED, null, startedAt, at, List.copyOf(replaced), null, List.of());
	}

	ImportProgress failed(Instant at, String key, List<String> arguments) {
		return new ImportProgress(State.FAILED, step, startedAt, at, List.of(), key, List.copyOf(arguments));
	}

	public boolean running() {
		return state == State.RUNNING;
	}

	public boolean failed() {
		return state == State.FAILED;
	}

	public boolean succeeded() {
		return state == State.SUCCEEDED;
	}

	/** How long the import ran, or has been running. */
	public @Nullable Duration duration() {
		if (startedAt == null) {
			return null;
		}
		return Duration.between(startedAt, finishedAt != null ? finishedAt : Instant.now());
	}

}
