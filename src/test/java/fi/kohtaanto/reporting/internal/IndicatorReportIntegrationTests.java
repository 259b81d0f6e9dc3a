package fi.kohtaanto.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fi.kohtaanto.IntegrationTest;
import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.catalogue.CefrLevel;
import fi.kohtaanto.catalogue.IscedLevel;
import fi.kohtaanto.clients.ClientRegistration;
import fi.kohtaanto.clients.Clients;
import fi.kohtaanto.clients.Gender;
import fi.kohtaanto.clients.LabourMarketStatus;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.participation.ExitData;
import fi.kohtaanto.participation.FollowUpData;
import fi.kohtaanto.participation.LeavingReason;
import fi.kohtaanto.participation.Participation;
import fi.kohtaanto.paths.PathStepData;
import fi.kohtaanto.paths.PathStepStatus;
import fi.kohtaanto.paths.PathStepType;
import fi.kohtaanto.paths.Paths;
import fi.kohtaanto.shared.ClientId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every indicator against a fixture counted by hand. The fixture's participants belong to organisations of their
 * own, so that the figures of the other tests sharing the database do not mix in.
 */
@IntegrationTest
class IndicatorReportIntegrationTests {

	static final LocalDate FROM = LocalDate.of(2026, 1, 1);

	static final LocalDate TO = LocalDate.of(2026, 6, 30);

	@Autowired
	TestData testData;

	@Autowired
	Clients clients;

	@Autowired
	Paths paths;

	@Autowired
	Participation participation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ReportProjection projection;

	OrganisationView a;

	OrganisationView b;

	CurrentUser advisorA;

	IndicatorQuery query;

	@BeforeEach
	void fixture() {
		query = new IndicatorQuery(jdbc);
		a = testData.organisation();
		b = testData.organisation();
		advisorA = testData.advisor(a.id());
		CurrentUser advisorB = testData.advisor(b.id());

		// 1: woman, 36, unemployed, ISCED 6, Syria; left employed after a work trial; employed and better off later.
		ClientId p1 = participant(advisorA, Gender.WOMAN, 1990, LabourMarketStatus.UNEMPLOYED, IscedLevel.ISCED_6,
				"SY", true, "2026-02-01");
		done(p1, PathStepType.WORK_TRIAL, "2026-02-10", "2026-03-10");
		leave(p1, "2026-03-15", false, false, false, true, false);
		followUp(p1, "2026-09-20", true, true, true);
		// 2: man, 66, long-term unemployed, ISCED 2, Ukraine; left job searching; not employed six months later.
		ClientId p2 = participant(advisorA, Gender.MAN, 1960, LabourMarketStatus.LONG_TERM_UNEMPLOYED,
				IscedLevel.ISCED_2, "UA", true, "2026-02-10");
		leave(p2, "2026-04-01", true, false, false, false, false);
		followUp(p2, "2026-10-05", true, false, false);
		// 3: woman turning 18, in education, ISCED 3, Sweden (EU); left into studies with a qualification.
		ClientId p3 = participant(advisorA, Gender.WOMAN, 2008, LabourMarketStatus.IN_EDUCATION, IscedLevel.ISCED_3,
				"SE", true, "2026-03-01");
		done(p3, PathStepType.EDUCATION, "2026-03-02", "2026-04-30");
		leave(p3, "2026-05-01", false, true, true, false, false);
		// 4: non-binary, 29, inactive, ISCED 4, Norway (a third country in ESF+); has not left.
		participant(advisorA, Gender.NON_BINARY, 1997, LabourMarketStatus.INACTIVE, IscedLevel.ISCED_4, "NO", true,
				"2026-03-05");
		// 5: gender not told, employed, ISCED 7, India, no foreign background; left self-employed after the period.
		ClientId p5 = participant(advisorA, Gender.NOT_TOLD, 1985, LabourMarketStatus.EMPLOYED, IscedLevel.ISCED_7,
				"IN", false, "2026-06-01");
		leave(p5, "2026-07-01", false, false, false, true, true);
		// 6: man, 55, unemployed, ISCED 5, Somalia; entered before the period, left employed in it.
		ClientId p6 = participant(advisorA, Gender.MAN, 1971, LabourMarketStatus.UNEMPLOYED, IscedLevel.ISCED_5,
				"SO", true, "2025-12-20");
		done(p6, PathStepType.WORK_TRIAL, "2026-01-05", "2026-01-30");
		done(p6, PathStepType.COACHING, "2026-01-05", "2026-02-10");
		leave(p6, "2026-02-15", false, false, false, true, false);
		// 7: woman, 31, unemployed, ISCED 0, Afghanistan; has not left.
		participant(advisorA, Gender.WOMAN, 1995, LabourMarketStatus.UNEMPLOYED, IscedLevel.ISCED_0, "AF", true,
				"2026-01-15");
		// 8: another organisation's participant, a man of 40 from Iraq.
		participant(advisorB, Gender.MAN, 1986, LabourMarketStatus.UNEMPLOYED, IscedLevel.ISCED_3, "IQ", true,
				"2026-02-01");
	}

	ClientId participant(CurrentUser advisor, Gender gender, int birthYear, LabourMarketStatus status,
			IscedLevel isced, String citizenship, boolean foreignBackground, String entry) {
		LocalDate entryDate = LocalDate.parse(entry);
		return clients.register(advisor, new ClientRegistration("Fixture", "Participant", null, null, birthYear,
				gender, status, isced, citizenship, foreignBackground, "491", entryDate, null,
				List.of(new ClientRegistration.Language("fi", CefrLevel.A2)), List.of(), List.of(), entryDate,
				List.of(), false, false));
	}

	void done(ClientId client, PathStepType type, String start, String end) {
		paths.add(advisorA, client, new PathStepData(type, null, a.id(), LocalDate.parse(start), LocalDate.parse(end),
				PathStepStatus.DONE, null));
	}

	void leave(ClientId client, String date, boolean jobSearching, boolean education, boolean qualification,
			boolean employed, boolean selfEmployed) {
		participation.recordExit(advisorA, client, new ExitData(LocalDate.parse(date), jobSearching, education,
				qualification, employed, selfEmployed, LeavingReason.OTHER, null));
	}

	void followUp(ClientId client, String date, boolean reached, boolean employed, boolean improved) {
		participation.recordFollowUp(advisorA, client,
				new FollowUpData(LocalDate.parse(date), reached, employed, false, improved, false, null));
	}

	@Test
	void countsEveryIndicatorOfTheOrganisationAsCountedByHand() {
		IndicatorReport report = query.run(FROM, TO, a.id());
		Map<Indicator, Long> expected = new java.util.EnumMap<>(Indicator.class);
		expected.put(Indicator.PARTICIPANTS, 6L); // 1, 2, 3, 4, 5, 7 entered in the period; 6 entered before it
		expected.put(Indicator.UNEMPLOYED, 3L); // 1, 2, 7
		expected.put(Indicator.LONG_TERM_UNEMPLOYED, 1L); // 2
		expected.put(Indicator.INACTIVE, 2L); // 3, 4
		expected.put(Indicator.INACTIVE_IN_EDUCATION, 1L); // 3
		expected.put(Indicator.INACTIVE_NOT_IN_EDUCATION, 1L); // 4
		expected.put(Indicator.EMPLOYED, 1L); // 5
		expected.put(Indicator.BELOW_18, 0L);
		expected.put(Indicator.AGED_18_TO_29, 2L); // 3 (18), 4 (29)
		expected.put(Indicator.AGED_55_AND_OVER, 1L); // 2 (66)
		expected.put(Indicator.ISCED_0_2, 2L); // 2, 7
		expected.put(Indicator.ISCED_3_4, 2L); // 3, 4
		expected.put(Indicator.ISCED_5_8, 2L); // 1, 5
		expected.put(Indicator.THIRD_COUNTRY_NATIONALS, 5L); // 1, 2, 4, 5, 7 (3 is Swedish)
		expected.put(Indicator.FOREIGN_BACKGROUND, 5L); // all but 5
		expected.put(Indicator.SUPPORTED_COMPANIES, 0L); // the organisation supported no employer
		expected.put(Indicator.SUPPORTED_SMES, 0L);
		expected.put(Indicator.SUPPORTED_PUBLIC_ADMINISTRATIONS, 0L);
		expected.put(Indicator.LEFT, 4L); // 1, 2, 3, 6 left in the period; 5 left after it
		expected.put(Indicator.JOB_SEARCHING_ON_EXIT, 1L); // 2
		expected.put(Indicator.EDUCATION_ON_EXIT, 1L); // 3
		expected.put(Indicator.QUALIFICATION_ON_EXIT, 1L); // 3
		expected.put(Indicator.EMPLOYED_ON_EXIT, 2L); // 1, 6
		expected.put(Indicator.FOLLOWED_UP, 2L); // 1, 2
		expected.put(Indicator.EMPLOYED_SIX_MONTHS, 1L); // 1
		expected.put(Indicator.IMPROVED_SIX_MONTHS, 1L); // 1
		assertThat(expected).hasSize(Indicator.values().length);
		expected.forEach((indicator, count) -> assertThat(report.count(indicator, a.id(), null)).as(indicator.name())
			.isEqualTo(count));
	}

	@Test
	void breaksEveryIndicatorDownByGender() {
		IndicatorReport report = query.run(FROM, TO, a.id());
		assertThat(report.count(Indicator.PARTICIPANTS, a.id(), Gender.WOMAN)).isEqualTo(3); // 1, 3, 7
		assertThat(report.count(Indicator.PARTICIPANTS, a.id(), Gender.MAN)).isEqualTo(1); // 2
		assertThat(report.count(Indicator.PARTICIPANTS, a.id(), Gender.NON_BINARY)).isEqualTo(1); // 4
		assertThat(report.count(Indicator.PARTICIPANTS, a.id(), Gender.NOT_TOLD)).isEqualTo(1); // 5
		assertThat(report.count(Indicator.EMPLOYED_ON_EXIT, a.id(), Gender.WOMAN)).isEqualTo(1); // 1
		assertThat(report.count(Indicator.EMPLOYED_ON_EXIT, a.id(), Gender.MAN)).isEqualTo(1); // 6
		assertThat(report.count(Indicator.UNEMPLOYED, a.id(), Gender.WOMAN)).isEqualTo(2); // 1, 7
		for (Indicator indicator : Indicator.values()) {
			if (!indicator.ofParticipants()) {
				continue;
			}
			long sum = 0;
			for (Gender gender : Gender.values()) {
				sum += report.count(indicator, a.id(), gender);
			}
			assertThat(sum).as(indicator.name()).isEqualTo(report.count(indicator, a.id(), null));
		}
	}

	@Test
	void reportsEachOrganisationAndATotalThatIsTheirSum() {
		IndicatorReport all = query.run(FROM, TO, null);
		assertThat(all.count(Indicator.PARTICIPANTS, a.id(), null)).isEqualTo(6);
		assertThat(all.count(Indicator.PARTICIPANTS, b.id(), null)).isEqualTo(1);
		assertThat(all.count(Indicator.PARTICIPANTS, b.id(), Gender.MAN)).isEqualTo(1);
		for (Indicator indicator : Indicator.values()) {
			if (!indicator.ofParticipants()) {
				continue;
			}
			long sum = all.organisations().stream().mapToLong(org -> all.count(indicator, org, null)).sum();
			assertThat(all.total(indicator)).as(indicator.name()).isEqualTo(sum);
		}
		IndicatorReport onlyB = query.run(FROM, TO, b.id());
		assertThat(onlyB.organisations()).containsExactly(b.id());
		assertThat(onlyB.total(Indicator.PARTICIPANTS)).isEqualTo(1);
	}

	@Test
	void periodBoundariesAreInclusive() {
		assertThat(query.run(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), a.id()).total(Indicator.PARTICIPANTS))
			.isEqualTo(1); // 1 entered on that day
		assertThat(query.run(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 9), a.id()).total(Indicator.PARTICIPANTS))
			.isZero();
		assertThat(query.run(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1), a.id()).total(Indicator.EMPLOYED_ON_EXIT))
			.isEqualTo(1); // 5 left self-employed that day
	}

	@Test
	void plansEveryReportForItsOwnDatesForTheRestOfTheTransactionOnly() {
		String mode = "select current_setting('plan_cache_mode')";
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		for (int i = 0; i < 2; i++) {
			String afterReport = transaction.execute(status -> {
				assertThat(jdbc.sql(mode).query(String.class).single()).isEqualTo("auto");
				query.run(FROM, TO, a.id());
				return jdbc.sql(mode).query(String.class).single();
			});
			String afterFlows = transaction.execute(status -> {
				query.flows(FROM, TO, null);
				return jdbc.sql(mode).query(String.class).single();
			});
			assertThat(afterReport).isEqualTo("force_custom_plan");
			assertThat(afterFlows).isEqualTo("force_custom_plan");
		}
	}

	@Test
	void flowsFollowTheLeaversFromTheirCompletedStepsToWhereTheyWent() {
		List<IndicatorQuery.Flow> flows = query.flows(FROM, TO, a.id());
		assertThat(flows).containsExactlyInAnyOrder(new IndicatorQuery.Flow("WORK_TRIAL", "EMPLOYED", 2),
				new IndicatorQuery.Flow("COACHING", "EMPLOYED", 1), new IndicatorQuery.Flow("EDUCATION", "EDUCATION", 1),
				new IndicatorQuery.Flow("NONE", "JOB_SEARCHING", 1));
		List<Dashboard.FlowRow> rows = ReportService.flows(flows);
		assertThat(rows).extracting(Dashboard.FlowRow::step).containsExactly("COACHING", "WORK_TRIAL", "EDUCATION",
				"NONE");
		assertThat(rows.get(1).count("EMPLOYED")).isEqualTo(2);
	}

	@Test
	void changesReachTheReportAtOnceAndARebuildGivesTheSameRows() {
		ClientId late = participant(advisorA, Gender.WOMAN, 1990, LabourMarketStatus.UNEMPLOYED, IscedLevel.ISCED_6,
				"SY", true, "2026-06-30");
		assertThat(query.run(FROM, TO, a.id()).total(Indicator.PARTICIPANTS)).isEqualTo(7);
		leave(late, "2026-06-30", false, false, false, true, false);
		assertThat(query.run(FROM, TO, a.id()).total(Indicator.EMPLOYED_ON_EXIT)).isEqualTo(3);

		String snapshot = """
				select string_agg(concat_ws('|', client_id, organisation_id, entry_date, age_band, gender, entry_status,
				    isced_group, third_country, foreign_background, exit_date, exit_job_searching, exit_in_education,
				    exit_qualification, exit_employed, exit_self_employed, followup_date, followup_reached,
				    followup_employed, followup_improved, completed_steps), ';' order by client_id)
				from report_participant""";
		String before = jdbc.sql(snapshot).query(String.class).single();
		projection.rebuild();
		assertThat(jdbc.sql(snapshot).query(String.class).single()).isEqualTo(before);
	}

	@Test
	void theReportHoldsNoNamesAndNoContactDetails() {
		List<String> columns = jdbc.sql("""
				select column_name from information_schema.columns where table_name = 'report_participant'""")
			.query(String.class)
			.list();
		assertThat(columns).doesNotContain("first_name", "last_name", "email", "phone", "birth_year",
				"municipality_code", "citizenship");
	}


}
