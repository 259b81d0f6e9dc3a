package fi.kohtaanto.events.meetmatch;

/**
 * One meeting of the schedule.
 * @param slot when
 * @param table where: a table number 1..K of the room
 * @param candidateId who, on the job seeker's side
 * @param employerId who, on the employer's side
 * @param score the pair's score (0 for a pinned pair without one)
 * @param pinned true if the organiser fixed this meeting
 */
public record Meeting(TimeSlot slot, int table, long candidateId, long employerId, int score, boolean pinned) {
}
