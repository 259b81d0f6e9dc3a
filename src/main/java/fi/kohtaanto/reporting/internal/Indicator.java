package fi.kohtaanto.reporting.internal;

import java.util.function.Predicate;

import fi.kohtaanto.clients.AgeBand;
import fi.kohtaanto.clients.LabourMarketStatus;
import org.jspecify.annotations.Nullable;

/**
 * The indicators of the report. Output indicators count the participants who entered in the period by what they
 * were at entry; result indicators count those who left in it by their situation upon leaving and six months later;
 * entity indicators count the employers supported in the period. The wording follows Annex I of Regulation (EU)
 * 2021/1057; the keys are Kohtaanto's own.
 */
enum Indicator {

	// Annex I, common output indicators for participants, at entry.
	PARTICIPANTS(Section.OUTPUT, entry(p -> true)),
	UNEMPLOYED(Section.OUTPUT, entry(p -> p.status().unemployed())),
	LONG_TERM_UNEMPLOYED(Section.OUTPUT, entry(p -> p.status() == LabourMarketStatus.LONG_TERM_UNEMPLOYED)),
	INACTIVE(Section.OUTPUT, entry(p -> p.status() == LabourMarketStatus.INACTIVE
			|| p.status() == LabourMarketStatus.IN_EDUCATION)),
	/** Not an Annex I indicator: the project's own split of the inactive, as the IWM targets are set. */
	INACTIVE_IN_EDUCATION(Section.OUTPUT, entry(p -> p.status() == LabourMarketStatus.IN_EDUCATION)),
	INACTIVE_NOT_IN_EDUCATION(Section.OUTPUT, entry(p -> p.status() == LabourMarketStatus.INACTIVE)),
	EMPLOYED(Section.OUTPUT, entry(p -> p.status() == LabourMarketStatus.EMPLOYED)),
	BELOW_18(Section.OUTPUT, entry(p -> p.age() == AgeBand.UNDER_18)),
	AGED_18_TO_29(Section.OUTPUT, entry(p -> p.age() == AgeBand.FROM_18_TO_29)),
	AGED_55_AND_OVER(Section.OUTPUT, entry(p -> p.age() == AgeBand.FROM_55)),
	ISCED_0_2(Section.OUTPUT, entry(p -> p.iscedGroup().equals("ISCED_0_2"))),
	ISCED_3_4(Section.OUTPUT, entry(p -> p.iscedGroup().equals("ISCED_3_4"))),
	ISCED_5_8(Section.OUTPUT, entry(p -> p.iscedGroup().equals("ISCED_5_8"))),
	// Annex I, other common output indicators, at entry.
	THIRD_COUNTRY_NATIONALS(Section.OTHER_OUTPUT, entry(Profiles.Entry::thirdCountry)),
	FOREIGN_BACKGROUND(Section.OTHER_OUTPUT, entry(Profiles.Entry::foreignBackground)),
	// Annex I, common output indicators for entities: employers an organisation supported in the period (a contact or
	// visit, a needs survey or a signed agreement). An employer counts once per organisation and once in the total,
	// so the total is not the sum of the organisations. The project also counts all supported companies.
	SUPPORTED_COMPANIES(Section.ENTITIES, null),
	SUPPORTED_SMES(Section.ENTITIES, null),
	SUPPORTED_PUBLIC_ADMINISTRATIONS(Section.ENTITIES, null),
	// Annex I, common immediate result indicators, upon leaving.
	LEFT(Section.IMMEDIATE_RESULT, exit(p -> true)),
	JOB_SEARCHING_ON_EXIT(Section.IMMEDIATE_RESULT, exit(Profiles.Exit::jobSearching)),
	EDUCATION_ON_EXIT(Section.IMMEDIATE_RESULT, exit(Profiles.Exit::inEducation)),
	QUALIFICATION_ON_EXIT(Section.IMMEDIATE_RESULT, exit(Profiles.Exit::qualification)),
	EMPLOYED_ON_EXIT(Section.IMMEDIATE_RESULT, exit(Profiles.Exit::employed)),
	// Annex I, common longer-term result indicators, six months after leaving (of those who left in the period).
	FOLLOWED_UP(Section.LONGER_TERM_RESULT, exit(Profiles.Exit::followedUp)),
	EMPLOYED_SIX_MONTHS(Section.LONGER_TERM_RESULT, exit(Profiles.Exit::followUpEmployed)),
	IMPROVED_SIX_MONTHS(Section.LONGER_TERM_RESULT, exit(Profiles.Exit::followUpImproved));

	enum Section {

		OUTPUT, OTHER_OUTPUT, ENTITIES, IMMEDIATE_RESULT, LONGER_TERM_RESULT

	}

	/** Which participants an indicator counts: those who entered, or those who left, and which of them. */
	record Counts(boolean atEntry, @Nullable Predicate<Profiles.Entry> entry, @Nullable Predicate<Profiles.Exit> exit) {
	}

	private final Section section;

	private final @Nullable Counts counts;

	Indicator(Section section, @Nullable Counts counts) {
		this.section = section;
		this.counts = counts;
	}

	private static Counts entry(Predicate<Profiles.Entry> condition) {
		return new Counts(true, condition, null);
	}

	private static Counts exit(Predicate<Profiles.Exit> condition) {
		return new Counts(false, null, condition);
	}

	public Section section() {
		return section;
	}

	/** Whether the indicator counts participants (and is broken down by gender). */
	public boolean ofParticipants() {
		return counts != null;
	}

	/** Whether the participant, as at entry, counts; false for indicators that count leavers or employers. */
	boolean countsAtEntry(Profiles.Entry participant) {
		return counts != null && counts.atEntry() && counts.entry().test(participant);
	}

	/** Whether the leaver counts; false for indicators that count entries or employers. */
	boolean countsAtExit(Profiles.Exit leaver) {
		return counts != null && !counts.atEntry() && counts.exit().test(leaver);
	}

}
