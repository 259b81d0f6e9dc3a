package fi.kohtaanto.reporting.internal;

import fi.kohtaanto.clients.AgeBand;
import fi.kohtaanto.clients.Gender;
import fi.kohtaanto.clients.LabourMarketStatus;

/**
 * Decodes the {@code entry_profile} and {@code exit_profile} numbers of report_participant (migration V18). The
 * orders below are those of the SQL expressions; {@code ProfilesIntegrationTests} checks every combination against
 * the database.
 */
final class Profiles {

	static final LabourMarketStatus[] STATUSES = { LabourMarketStatus.UNEMPLOYED,
			LabourMarketStatus.LONG_TERM_UNEMPLOYED, LabourMarketStatus.INACTIVE, LabourMarketStatus.IN_EDUCATION,
			LabourMarketStatus.EMPLOYED };

	static final AgeBand[] AGE_BANDS = { AgeBand.UNDER_18, AgeBand.FROM_18_TO_29, AgeBand.FROM_30_TO_54,
			AgeBand.FROM_55 };

	static final String[] ISCED_GROUPS = { "ISCED_0_2", "ISCED_3_4", "ISCED_5_8" };

	static final Gender[] GENDERS = { Gender.WOMAN, Gender.MAN, Gender.NON_BINARY, Gender.NOT_TOLD };

	/** A participant at entry. */
	record Entry(LabourMarketStatus status, AgeBand age, String iscedGroup, boolean thirdCountry,
			boolean foreignBackground, Gender gender) {
	}

	/** A participant upon leaving and, if followed up, six months later. */
	record Exit(boolean jobSearching, boolean inEducation, boolean qualification, boolean employed,
			boolean selfEmployed, boolean followedUp, boolean followUpEmployed, boolean followUpImproved,
			Gender gender) {
	}

	private Profiles() {
	}

	static Entry entry(int code) {
		return new Entry(STATUSES[code % 5], AGE_BANDS[code / 5 % 4], ISCED_GROUPS[code / 20 % 3], code / 60 % 2 == 1,
				code / 120 % 2 == 1, GENDERS[code / 240]);
	}

	static Exit exit(int code) {
		return new Exit(bit(code, 0), bit(code, 1), bit(code, 2), bit(code, 3), bit(code, 4), bit(code, 5),
				bit(code, 6), bit(code, 7), GENDERS[code / 256]);
	}

	private static boolean bit(int code, int bit) {
		return (code >> bit & 1) == 1;
	}

}
