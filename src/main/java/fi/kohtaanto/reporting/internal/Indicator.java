package fi.kohtaanto.reporting.internal;

/**
 * The indicators of the report. Each counts participants of {@code report_participant} that meet its condition;
 * output indicators count those who entered in the period, result indicators those who left in it. The wording
 * follows Annex I of Regulation (EU) 2021/1057; the keys are Kohtaanto's own.
 */
enum Indicator {

	// Annex I, common output indicators for participants, at entry.
	PARTICIPANTS(Section.OUTPUT, Basis.ENTRY, "true"),
	UNEMPLOYED(Section.OUTPUT, Basis.ENTRY, "entry_status in ('UNEMPLOYED', 'LONG_TERM_UNEMPLOYED')"),
	LONG_TERM_UNEMPLOYED(Section.OUTPUT, Basis.ENTRY, "entry_status = 'LONG_TERM_UNEMPLOYED'"),
	INACTIVE(Section.OUTPUT, Basis.ENTRY, "entry_status in ('INACTIVE', 'IN_EDUCATION')"),
	/** Not an Annex I indicator: the project's own split of the inactive, as the IWM targets are set. */
	INACTIVE_IN_EDUCATION(Section.OUTPUT, Basis.ENTRY, "entry_status = 'IN_EDUCATION'"),
	INACTIVE_NOT_IN_EDUCATION(Section.OUTPUT, Basis.ENTRY, "entry_status = 'INACTIVE'"),
	EMPLOYED(Section.OUTPUT, Basis.ENTRY, "entry_status = 'EMPLOYED'"),
	BELOW_18(Section.OUTPUT, Basis.ENTRY, "age_band = 'UNDER_18'"),
	AGED_18_TO_29(Section.OUTPUT, Basis.ENTRY, "age_band = 'FROM_18_TO_29'"),
	AGED_55_AND_OVER(Section.OUTPUT, Basis.ENTRY, "age_band = 'FROM_55'"),
	ISCED_0_2(Section.OUTPUT, Basis.ENTRY, "isced_group = 'ISCED_0_2'"),
	ISCED_3_4(Section.OUTPUT, Basis.ENTRY, "isced_group = 'ISCED_3_4'"),
	ISCED_5_8(Section.OUTPUT, Basis.ENTRY, "isced_group = 'ISCED_5_8'"),
	// Annex I, other common output indicators, at entry.
	THIRD_COUNTRY_NATIONALS(Section.OTHER_OUTPUT, Basis.ENTRY, "third_country"),
	FOREIGN_BACKGROUND(Section.OTHER_OUTPUT, Basis.ENTRY, "foreign_background"),
	// Annex I, common output indicators for entities: employers an organisation supported in the period (a contact or
	// visit, a needs survey or a signed agreement). An employer counts once per organisation and once in the total,
	// so the total is not the sum of the organisations. The project also counts all supported companies.
	SUPPORTED_COMPANIES(Section.ENTITIES, Basis.SUPPORT, ""),
	SUPPORTED_SMES(Section.ENTITIES, Basis.SUPPORT, ""),
	SUPPORTED_PUBLIC_ADMINISTRATIONS(Section.ENTITIES, Basis.SUPPORT, ""),
	// Annex I, common immediate result indicators, upon leaving.
	LEFT(Section.IMMEDIATE_RESULT, Basis.EXIT, "true"),
	JOB_SEARCHING_ON_EXIT(Section.IMMEDIATE_RESULT, Basis.EXIT, "exit_job_searching"),
	EDUCATION_ON_EXIT(Section.IMMEDIATE_RESULT, Basis.EXIT, "exit_in_education"),
	QUALIFICATION_ON_EXIT(Section.IMMEDIATE_RESULT, Basis.EXIT, "exit_qualification"),
	EMPLOYED_ON_EXIT(Section.IMMEDIATE_RESULT, Basis.EXIT, "exit_employed"),
	// Annex I, common longer-term result indicators, six months after leaving (of those who left in the period).
	FOLLOWED_UP(Section.LONGER_TERM_RESULT, Basis.EXIT, "followup_date is not null"),
	EMPLOYED_SIX_MONTHS(Section.LONGER_TERM_RESULT, Basis.EXIT, "followup_employed"),
	IMPROVED_SIX_MONTHS(Section.LONGER_TERM_RESULT, Basis.EXIT, "followup_improved");

	enum Section {

		OUTPUT, OTHER_OUTPUT, ENTITIES, IMMEDIATE_RESULT, LONGER_TERM_RESULT

	}

	/** Which date puts a participant in the period. */
	enum Basis {

		ENTRY("entry_date"), EXIT("exit_date"),
		/** Counted from the employers module, not from report_participant. */
		SUPPORT("");

		final String column;

		Basis(String column) {
			this.column = column;
		}

	}

	private final Section section;

	private final Basis basis;

	private final String condition;

	Indicator(Section section, Basis basis, String condition) {
		this.section = section;
		this.basis = basis;
		this.condition = condition;
	}

	public Section section() {
		return section;
	}

	public Basis basis() {
		return basis;
	}

	/** Whether the indicator counts participants (and is broken down by gender). */
	public boolean ofParticipants() {
		return basis != Basis.SUPPORT;
	}

	/** The SQL condition over report_participant, without the period. A constant of this class, never user input. */
	String condition() {
		return condition;
	}

}
