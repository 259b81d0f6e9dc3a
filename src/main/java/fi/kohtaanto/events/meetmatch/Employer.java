package fi.kohtaanto.events.meetmatch;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * An employer registered for the event.
 * @param id the employer's id in the calling module
 * @param label the name to print; kept as data, never translated
 * @param availableSlots the slot numbers in which the employer is present; {@code null} means every slot
 * @param maxMeetings at most this many meetings in the whole event; {@code null} means no cap beyond availability
 * (available slots times parallel tables)
 * @param parallelTables how many meetings the employer holds at once (representatives at different tables), at least 1
 */
public record Employer(long id, String label, @Nullable Set<Integer> availableSlots, @Nullable Integer maxMeetings,
		int parallelTables) {

	public Employer {
		Objects.requireNonNull(label, "label");
		availableSlots = availableSlots == null ? null : Set.copyOf(availableSlots);
		if (maxMeetings != null && maxMeetings < 0) {
			throw new MeetMatchInputException(MeetMatchInputException.NEGATIVE_EMPLOYER_CAP, id, maxMeetings);
		}
		if (parallelTables < 1) {
			throw new MeetMatchInputException(MeetMatchInputException.INVALID_PARALLEL_TABLES, id, parallelTables);
		}
	}

	/** An employer present in every slot, with one table and no cap. */
	public static Employer of(long id, String label) {
		return new Employer(id, label, null, null, 1);
	}

	/** The same employer, present only in the given slots. */
	public Employer availableIn(int... slots) {
		var set = new TreeSet<Integer>();
		for (int slot : slots) {
			set.add(slot);
		}
		return availableIn(set);
	}

	/** The same employer, present only in the given slots. */
	public Employer availableIn(Collection<Integer> slots) {
		return new Employer(id, label, Set.copyOf(slots), maxMeetings, parallelTables);
	}

	/** The same employer with a cap on its meetings in the whole event. */
	public Employer withMaxMeetings(int max) {
		return new Employer(id, label, availableSlots, max, parallelTables);
	}

	/** The same employer holding up to {@code tables} meetings at once. */
	public Employer withParallelTables(int tables) {
		return new Employer(id, label, availableSlots, maxMeetings, tables);
	}

	/** True if the employer is present in the slot with this number. */
	public boolean isAvailableIn(int slot) {
		return availableSlots == null || availableSlots.contains(slot);
	}

}
