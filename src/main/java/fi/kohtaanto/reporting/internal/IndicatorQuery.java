package fi.kohtaanto.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fi.kohtaanto.clients.Gender;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Computes the indicator report with two scans of report_participant: the participants who entered in the period
 * grouped by organisation and entry profile, and those who left in it grouped by organisation and exit profile. The
 * few thousand groups are then counted into the indicators in Java ({@link Indicator}'s conditions over
 * {@link Profiles}). Plain class, so that the benchmark runs the very same queries without Spring.
 */
final class IndicatorQuery {

	/** How many participants who left in the period completed a kind of step and where they went. */
	record Flow(String step, String outcome, long count) {
	}

	static final String ENTRY_SQL = """
			select organisation_id, entry_profile, count(*) as n from report_participant
			where entry_date between :from and :to
			  and (cast(:organisation as bigint) is null or organisation_id = :organisation)
			group by organisation_id, entry_profile
			""";

	static final String EXIT_SQL = """
			select organisation_id, exit_profile, count(*) as n from report_participant
			where exit_date between :from and :to
			  and (cast(:organisation as bigint) is null or organisation_id = :organisation)
			group by organisation_id, exit_profile
			""";

	/** Leavers grouped by the kinds of step they completed and their profile; few groups, unnested in Java. */
	static final String FLOW_SQL = """
			select completed_steps, exit_profile, count(*) as n from report_participant
			where exit_date between :from and :to
			  and (cast(:organisation as bigint) is null or organisation_id = :organisation)
			group by completed_steps, exit_profile
			""";

	private final JdbcClient jdbc;

	IndicatorQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The report of participants who entered or left between the dates (inclusive), of one organisation or, with
	 * {@literal null}, of all.
	 */
	IndicatorReport run(LocalDate from, LocalDate to, @Nullable OrganisationId organisation) {
		planForTheseDates();
		Map<IndicatorReport.Key, long[]> counts = new HashMap<>();
		int size = Indicator.values().length;
		query(ENTRY_SQL, from, to, organisation, (org, code, n) -> {
			Profiles.Entry participant = Profiles.entry(code);
			long[] row = new long[size];
			for (Indicator indicator : Indicator.values()) {
				if (indicator.countsAtEntry(participant)) {
					row[indicator.ordinal()] = n;
				}
			}
			add(counts, org, participant.gender(), row);
		});
		query(EXIT_SQL, from, to, organisation, (org, code, n) -> {
			Profiles.Exit leaver = Profiles.exit(code);
			long[] row = new long[size];
			for (Indicator indicator : Indicator.values()) {
				if (indicator.countsAtExit(leaver)) {
					row[indicator.ordinal()] = n;
				}
			}
			add(counts, org, leaver.gender(), row);
		});
		return new IndicatorReport(from, to, counts);
	}

	/**
	 * For participants who left between the dates: per kind of completed path step (or {@code NONE}) and outcome,
	 * how many. A participant who completed several kinds of step counts once under each.
	 */
	List<Flow> flows(LocalDate from, LocalDate to, @Nullable OrganisationId organisation) {
		planForTheseDates();
		Map<String, Map<String, Long>> flows = new HashMap<>();
		jdbc.sql(FLOW_SQL)
			.param("from", from)
			.param("to", to)
			.param("organisation", organisation == null ? null : organisation.value())
			.query(rs -> {
				String[] steps = (String[]) rs.getArray("completed_steps").getArray();
				String outcome = outcome(Profiles.exit(rs.getInt("exit_profile")));
				long n = rs.getLong("n");
				for (String step : steps.length == 0 ? new String[] { "NONE" } : steps) {
					flows.computeIfAbsent(step, key -> new HashMap<>()).merge(outcome, n, Long::sum);
				}
			});
		List<Flow> result = new ArrayList<>();
		flows.forEach((step, outcomes) -> outcomes.forEach((outcome, n) -> result.add(new Flow(step, outcome, n))));
		result.sort(java.util.Comparator.comparing(Flow::step).thenComparing(Flow::outcome));
		return result;
	}

	/**
	 * Makes PostgreSQL plan each query for its dates, for the rest of the transaction: a whole project period is best
	 * scanned in parallel, a month through the date index. From a statement's fifth execution the JDBC driver
	 * prepares it on the server, and PostgreSQL may then switch to a generic plan that cannot see the dates; over
	 * 1,000,000 participants that took the whole-project report from 0.45 s to 1.7 s. Callers run in a transaction.
	 */
	private void planForTheseDates() {
		jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)").query(String.class).single();
	}

	/** Where a leaver went, the first that applies: employment, education, job searching, anything else. */
	static String outcome(Profiles.Exit leaver) {
		if (leaver.employed()) {
			return "EMPLOYED";
		}
		if (leaver.inEducation()) {
			return "EDUCATION";
		}
		return leaver.jobSearching() ? "JOB_SEARCHING" : "OTHER";
	}

	private interface Group {

		void accept(OrganisationId organisation, int code, long count);

	}

	private void query(String sql, LocalDate from, LocalDate to, @Nullable OrganisationId organisation, Group group) {
		jdbc.sql(sql)
			.param("from", from)
			.param("to", to)
			.param("organisation", organisation == null ? null : organisation.value())
			.query(rs -> {
				group.accept(OrganisationId.of(rs.getLong(1)), rs.getInt(2), rs.getLong(3));
			});
	}

	/** Adds the row to the cell of the organisation and gender and to the totals it belongs to. */
	private static void add(Map<IndicatorReport.Key, long[]> counts, OrganisationId organisation, Gender gender,
			long[] row) {
		for (IndicatorReport.Key key : List.of(new IndicatorReport.Key(organisation, gender),
				new IndicatorReport.Key(organisation, null), new IndicatorReport.Key(null, gender),
				new IndicatorReport.Key(null, null))) {
			long[] sums = counts.computeIfAbsent(key, k -> new long[row.length]);
			for (int i = 0; i < row.length; i++) {
				sums[i] += row[i];
			}
		}
	}

}
