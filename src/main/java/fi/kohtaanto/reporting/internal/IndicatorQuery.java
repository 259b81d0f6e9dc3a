package fi.kohtaanto.reporting.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fi.kohtaanto.clients.Gender;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Computes the indicator report in one scan of report_participant: every indicator is a filtered count per
 * organisation and gender. Plain class, so that the benchmark runs the very same SQL without Spring.
 */
final class IndicatorQuery {

	/** The outcome of a participant for the flow from path steps: the first that applies, in this order. */
	static final String OUTCOME = "case when exit_employed then 'EMPLOYED' when exit_in_education then 'EDUCATION'"
			+ " when exit_job_searching then 'JOB_SEARCHING' else 'OTHER' end";

	/** How many participants who left in the period completed a kind of step and where they went. */
	record Flow(String step, String outcome, long count) {
	}

	private static final String REPORT_SQL = buildReportSql();

	private final JdbcClient jdbc;

	IndicatorQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One parallel hash aggregation per organisation and gender; the totals per organisation, per gender and overall
	 * are sums of these few rows, added up in Java (grouping sets would sort the whole table and cannot run in
	 * parallel).
	 */
	private static String buildReportSql() {
		String counts = java.util.Arrays.stream(Indicator.values())
			.filter(Indicator::ofParticipants)
			.map(indicator -> "count(*) filter (where " + indicator.basis().column + " between :from and :to and ("
					+ indicator.condition() + ")) as " + indicator.name().toLowerCase(java.util.Locale.ROOT))
			.collect(Collectors.joining(",\n    "));
		return "select organisation_id, gender,\n    " + counts + "\nfrom report_participant\n"
				+ "where ((entry_date between :from and :to) or (exit_date between :from and :to))"
				+ " and (cast(:organisation as bigint) is null or organisation_id = :organisation)\n"
				+ "group by organisation_id, gender";
	}

	/**
	 * The report of participants who entered or left between the dates (inclusive), of one organisation or, with
	 * {@literal null}, of all.
	 */
	IndicatorReport run(LocalDate from, LocalDate to, @Nullable OrganisationId organisation) {
		Map<IndicatorReport.Key, long[]> counts = new HashMap<>();
		jdbc.sql(REPORT_SQL)
			.param("from", from)
			.param("to", to)
			.param("organisation", organisation == null ? null : organisation.value())
			.query(rs -> {
				OrganisationId org = OrganisationId.of(rs.getLong("organisation_id"));
				Gender gender = Gender.valueOf(rs.getString("gender"));
				long[] row = new long[Indicator.values().length];
				for (Indicator indicator : Indicator.values()) {
					if (indicator.ofParticipants()) {
						row[indicator.ordinal()] = rs.getLong(indicator.name().toLowerCase(java.util.Locale.ROOT));
					}
				}
				add(counts, new IndicatorReport.Key(org, gender), row);
				add(counts, new IndicatorReport.Key(org, null), row);
				add(counts, new IndicatorReport.Key(null, gender), row);
				add(counts, new IndicatorReport.Key(null, null), row);
			});
		return new IndicatorReport(from, to, counts);
	}

	private static void add(Map<IndicatorReport.Key, long[]> counts, IndicatorReport.Key key, long[] row) {
		long[] sums = counts.computeIfAbsent(key, k -> new long[row.length]);
		for (int i = 0; i < row.length; i++) {
			sums[i] += row[i];
		}
	}

	/**
	 * For participants who left between the dates: per kind of completed path step (or {@code NONE}) and outcome,
	 * how many. A participant who completed several kinds of step counts once under each.
	 */
	List<Flow> flows(LocalDate from, LocalDate to, @Nullable OrganisationId organisation) {
		return jdbc.sql("""
				select coalesce(step, 'NONE') as step, outcome, count(*) as n
				from (select %s as outcome, completed_steps from report_participant
				      where exit_date between :from and :to
				        and (cast(:organisation as bigint) is null or organisation_id = :organisation)) p
				left join lateral unnest(p.completed_steps) as step on true
				group by step, outcome
				order by step, outcome
				""".formatted(OUTCOME))
			.param("from", from)
			.param("to", to)
			.param("organisation", organisation == null ? null : organisation.value())
			.query((rs, row) -> new Flow(rs.getString("step"), rs.getString("outcome"), rs.getLong("n")))
			.list();
	}

	/** The SQL of the report, for the benchmark's record. */
	static String reportSql() {
		return REPORT_SQL;
	}

}
