package fi.kohtaanto.reporting.internal;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One participant in the export for the funder, anonymised: no name, no identity code, no client number, no birth
 * date or municipality, and dates only to the month.
 */
record ExportRow(int row, String organisation, YearMonth entryMonth, String ageBand, String gender,
		String entryStatus, String iscedGroup, boolean thirdCountry, boolean foreignBackground,
		@Nullable YearMonth exitMonth, boolean jobSearching, boolean inEducation, boolean qualification,
		boolean employed, boolean selfEmployed, boolean followedUp, boolean employedSixMonths,
		boolean improvedSixMonths, List<String> completedSteps) {
}
