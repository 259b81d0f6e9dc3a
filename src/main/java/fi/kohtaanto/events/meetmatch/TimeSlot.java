package fi.kohtaanto.events.meetmatch;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A meeting round of the event. Slots are numbered 1..T in time order.
 */
public record TimeSlot(int number, LocalTime start, LocalTime end) {

	public TimeSlot {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!end.isAfter(start)) {
			throw new MeetMatchInputException(MeetMatchInputException.SLOT_TIMES, number);
		}
	}

}
