package fi.kohtaanto.events.meetmatch;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The meeting schedule of an event, with how good it is.
 * @param meetings all meetings by slot and table
 * @param totalScore the sum of the meetings' scores
 * @param upperBound no valid schedule has a higher total score than this (equal to {@code totalScore} when
 * {@code optimal})
 * @param gap {@code (upperBound - totalScore) / upperBound}, 0 when the upper bound is 0
 * @param optimal true if no valid schedule scores higher
 * @param proof how optimality was shown, {@link Proof#NONE} if it was not
 * @param reason message key saying why optimality is not proven, {@code null} when optimal
 * @param complications what makes the problem harder than the exactly solvable case (empty if none)
 * @param candidateSchedules one per candidate, by candidate id, also for candidates without meetings
 * @param employerSchedules one per employer, by employer id, also for employers without meetings
 */
public record Schedule(List<Meeting> meetings, long totalScore, long upperBound, double gap, boolean optimal,
		Proof proof, @Nullable String reason, List<Complication> complications,
		List<PersonSchedule> candidateSchedules, List<PersonSchedule> employerSchedules) {

	/** Message key: the exact search ran but did not finish within its work limit. */
	public static final String REASON_SEARCH_LIMIT = "meetmatch.reason.searchLimitReached";

	/** Message key: the exact search did not run (too many candidates × slots, or turned off). */
	public static final String REASON_NOT_SEARCHED = "meetmatch.reason.notSearched";

	public Schedule {
		meetings = List.copyOf(meetings);
		complications = List.copyOf(complications);
		candidateSchedules = List.copyOf(candidateSchedules);
		employerSchedules = List.copyOf(employerSchedules);
	}

	/** How the optimality of a schedule was proven. */
	public enum Proof {

		/**
		 * Every employer is available in the same slots and nothing is pinned: the maximum-weight b-matching is an
		 * upper bound for every schedule, and an edge colouring of it with one colour per slot realises it.
		 */
		MATCHING_AND_COLOURING,

		/** The schedule found reaches the upper bound of the relaxation. */
		UPPER_BOUND_REACHED,

		/** A complete branch-and-bound search found nothing better. */
		EXHAUSTIVE_SEARCH,

		/** Not proven; see the gap. */
		NONE

	}

	/** What takes a problem out of the exactly solvable case. */
	public enum Complication {

		/** Employers are present in different sets of slots. */
		PARTIAL_AVAILABILITY,

		/** The organiser fixed some meetings. */
		PINNED_MEETINGS

	}

}
