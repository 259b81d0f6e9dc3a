package fi.kohtaanto.events.meetmatch;

/**
 * A candidate and an employer who must not meet, whatever their score.
 */
public record ForbiddenPair(long candidateId, long employerId) {
}
