package fi.kohtaanto.events.meetmatch;

/**
 * A meeting the organiser has fixed in a slot. It is kept as it is, counts with its score (0 without one) and the
 * rest of the schedule is built around it.
 */
public record PinnedMeeting(long candidateId, long employerId, int slot) {
}
