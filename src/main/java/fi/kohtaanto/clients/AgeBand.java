package fi.kohtaanto.clients;

import java.time.LocalDate;

/**
 * Age at entry in the bands ESF+ reports: under 18, 18–29, 30–54, 55 and over. Only the birth year is stored, so
 * the age is the age the client turns in the year of entry.
 */
public enum AgeBand {

	UNDER_18, FROM_18_TO_29, FROM_30_TO_54, FROM_55;

	public static AgeBand of(int birthYear, LocalDate entryDate) {
		int age = entryDate.getYear() - birthYear;
		if (age < 18) {
			return UNDER_18;
		}
		if (age <= 29) {
			return FROM_18_TO_29;
		}
		return age <= 54 ? FROM_30_TO_54 : FROM_55;
	}

}
