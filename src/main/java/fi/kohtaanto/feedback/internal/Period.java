package fi.kohtaanto.feedback.internal;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A period of whole months, both ends included. Aggregates are asked for whole months only, so that two periods a
 * day apart cannot be subtracted to single out the answers of one day.
 */
record Period(YearMonth from, YearMonth to) {

	Period {
		if (to.isBefore(from)) {
			YearMonth swap = from;
			from = to;
			to = swap;
		}
	}

	/** The whole months that contain the two days. */
	static Period covering(LocalDate from, LocalDate to) {
		return new Period(YearMonth.from(from), YearMonth.from(to));
	}

	/** The last twelve months up to and including the month of the day. */
	static Period lastYear(LocalDate today) {
		YearMonth month = YearMonth.from(today);
		return new Period(month.minusMonths(11), month);
	}

	public LocalDate firstDay() {
		return from.atDay(1);
	}

	public LocalDate lastDay() {
		return to.atEndOfMonth();
	}

	@Override
	public String toString() {
		return from + "–" + to;
	}

}
