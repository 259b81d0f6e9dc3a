package fi.kohtaanto.events.meetmatch;

/**
 * How well a candidate and an employer match, as whole points (the service layer scales the matching module's
 * scores). Only pairs with a positive score may meet, unless the meeting is pinned.
 */
public record Score(long candidateId, long employerId, int points) {

	public Score {
		if (points < 0) {
			throw new MeetMatchInputException(MeetMatchInputException.NEGATIVE_SCORE, candidateId, employerId, points);
		}
	}

}
