package fi.kohtaanto.events.meetmatch;

import java.util.Arrays;
import java.util.List;

/**
 * The problem given to the scheduler is not valid. {@link #code()} is a message key that the service layer maps to a
 * localised error, with {@link #arguments()} as its parameters (ids, slot numbers, caps); the keys are the constants
 * of this class.
 */
public class MeetMatchInputException extends IllegalArgumentException {

	/** Two candidates with the same id. Argument: the id. */
	public static final String DUPLICATE_CANDIDATE = "meetmatch.error.duplicateCandidate";

	/** Two employers with the same id. Argument: the id. */
	public static final String DUPLICATE_EMPLOYER = "meetmatch.error.duplicateEmployer";

	/** Two time slots with the same number. Argument: the number. */
	public static final String DUPLICATE_SLOT = "meetmatch.error.duplicateSlot";

	/** Time slots must be numbered 1..T. Arguments: the expected number, the number found. */
	public static final String SLOT_NUMBERING = "meetmatch.error.slotNumbering";

	/** A time slot does not end after it starts. Argument: the slot number. */
	public static final String SLOT_TIMES = "meetmatch.error.slotTimes";

	/** A time slot starts before the previous one ends. Arguments: the two slot numbers. */
	public static final String SLOTS_OVERLAP = "meetmatch.error.slotsOverlap";

	/** A candidate's meeting cap is negative. Arguments: candidate id, cap. */
	public static final String NEGATIVE_CANDIDATE_CAP = "meetmatch.error.negativeCandidateCap";

	/** An employer's meeting cap is negative. Arguments: employer id, cap. */
	public static final String NEGATIVE_EMPLOYER_CAP = "meetmatch.error.negativeEmployerCap";

	/** An employer has fewer than one table. Arguments: employer id, number of tables. */
	public static final String INVALID_PARALLEL_TABLES = "meetmatch.error.invalidParallelTables";

	/** The number of tables of the event is negative. Argument: the number. */
	public static final String NEGATIVE_TABLES = "meetmatch.error.negativeTables";

	/** An employer is available in a slot that does not exist. Arguments: employer id, slot number. */
	public static final String UNKNOWN_SLOT = "meetmatch.error.unknownSlot";

	/** A score, forbidden pair or pinned meeting names an unknown candidate. Argument: the id. */
	public static final String UNKNOWN_CANDIDATE = "meetmatch.error.unknownCandidate";

	/** A score, forbidden pair or pinned meeting names an unknown employer. Argument: the id. */
	public static final String UNKNOWN_EMPLOYER = "meetmatch.error.unknownEmployer";

	/** A score is negative. Arguments: candidate id, employer id, score. */
	public static final String NEGATIVE_SCORE = "meetmatch.error.negativeScore";

	/** Two scores for the same pair. Arguments: candidate id, employer id. */
	public static final String DUPLICATE_SCORE = "meetmatch.error.duplicateScore";

	/** A pinned meeting is in a slot that does not exist. Arguments: candidate id, employer id, slot number. */
	public static final String PINNED_UNKNOWN_SLOT = "meetmatch.error.pinnedUnknownSlot";

	/** A pinned meeting is in a slot where the employer is not available. Arguments: candidate, employer, slot. */
	public static final String PINNED_UNAVAILABLE = "meetmatch.error.pinnedUnavailable";

	/** A pinned meeting is for a forbidden pair. Arguments: candidate id, employer id. */
	public static final String PINNED_FORBIDDEN = "meetmatch.error.pinnedForbidden";

	/** The same pair is pinned twice. Arguments: candidate id, employer id. */
	public static final String PINNED_PAIR_TWICE = "meetmatch.error.pinnedPairTwice";

	/** A candidate has two pinned meetings in one slot. Arguments: candidate id, slot number. */
	public static final String PINNED_CANDIDATE_DOUBLE_BOOKED = "meetmatch.error.pinnedCandidateDoubleBooked";

	/** An employer has more pinned meetings in a slot than tables. Arguments: employer id, slot number. */
	public static final String PINNED_EMPLOYER_OVERBOOKED = "meetmatch.error.pinnedEmployerOverbooked";

	/** A candidate has more pinned meetings than the cap. Arguments: candidate id, cap. */
	public static final String PINNED_CANDIDATE_OVER_CAP = "meetmatch.error.pinnedCandidateOverCap";

	/** An employer has more pinned meetings than the cap. Arguments: employer id, cap. */
	public static final String PINNED_EMPLOYER_OVER_CAP = "meetmatch.error.pinnedEmployerOverCap";

	/** A slot has more pinned meetings than the event has tables. Arguments: slot number, number of tables. */
	public static final String PINNED_TABLES_EXCEEDED = "meetmatch.error.pinnedTablesExceeded";

	private final String code;

	private final List<Object> arguments;

	public MeetMatchInputException(String code, Object... arguments) {
		super(code + " " + Arrays.toString(arguments));
		this.code = code;
		this.arguments = List.of(arguments);
	}

	/** The message key, one of the constants of this class. */
	public String code() {
		return code;
	}

	/** The message parameters, in the order the constant's Javadoc gives. */
	public List<Object> arguments() {
		return arguments;
	}

}
