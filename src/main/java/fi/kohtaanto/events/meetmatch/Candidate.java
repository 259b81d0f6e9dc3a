package fi.kohtaanto.events.meetmatch;

import java.util.Objects;

/**
 * A job seeker registered for the event.
 * @param id the client's id in the calling module
 * @param label the name to print; kept as data, never translated
 * @param maxMeetings at most this many meetings in the whole event (0 means none)
 */
public record Candidate(long id, String label, int maxMeetings) {

	public Candidate {
		Objects.requireNonNull(label, "label");
		if (maxMeetings < 0) {
			throw new MeetMatchInputException(MeetMatchInputException.NEGATIVE_CANDIDATE_CAP, id, maxMeetings);
		}
	}

}
