package fi.kohtaanto.events.meetmatch;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One person's meetings in time order, for printing: a candidate's meetings with employers, or an employer's meetings
 * with candidates. Labels are data; the web layer adds the words in the user's language.
 * @param personId the candidate's or employer's id
 * @param label the candidate's or employer's label
 * @param lines the meetings in slot order (and table order within a slot)
 */
public record PersonSchedule(long personId, String label, List<Line> lines) {

	public PersonSchedule {
		lines = List.copyOf(lines);
	}

	/**
	 * One meeting seen from one side.
	 * @param slot when
	 * @param table the table number
	 * @param counterpartId the other side's id
	 * @param counterpartLabel the other side's label
	 * @param score the pair's score
	 */
	public record Line(TimeSlot slot, int table, long counterpartId, String counterpartLabel, int score) {

		/** The line as plain text without words: {@code 09:00–09:10  3  Label}. */
		public String toText() {
			return slot.start() + "\u2013" + slot.end() + "  " + table + "  " + counterpartLabel;
		}

	}

	/** The label followed by one indented line per meeting, without words in any language. */
	public String toText() {
		return label + "\n" + lines.stream().map(line -> "  " + line.toText() + "\n").collect(Collectors.joining());
	}

}
