package fi.kohtaanto.reporting.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import fi.kohtaanto.shared.OrganisationId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times the indicator report over synthetic participants on the embedded PostgreSQL, with the same server settings
 * as the application's embedded default and the very same SQL ({@link IndicatorQuery}). Not a test: run it with
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=fi.kohtaanto.reporting.internal.IndicatorReportBenchmark [-Dexec.args=1000000]
 * </pre>
 *
 * The participants are spread over four organisations and the whole project period (2026-09-01 – 2029-05-31), with
 * about two thirds having left and a third of those followed up, and path steps completed.
 */
public final class IndicatorReportBenchmark {

	static final LocalDate PROJECT_START = LocalDate.of(2026, 9, 1);

	static final LocalDate PROJECT_END = LocalDate.of(2029, 5, 31);

	static final int WARM_UP = 3;

	static final int RUNS = 15;

	private IndicatorReportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int participants = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", "128MB")
			.setServerConfig("work_mem", "16MB")
			.setServerConfig("fsync", "off")
			.setServerConfig("synchronous_commit", "off")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8")
			.start()) {
			// One connection, so that the random seed holds for the generating statement.
			SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
					postgres.getPostgresDatabase().getConnection(), true);
			Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
			JdbcClient jdbc = JdbcClient.create(dataSource);
			long generating = System.nanoTime();
			generate(jdbc, participants);
			System.out.printf("Generated %,d participants in %.1f s (%s)%n", participants,
					(System.nanoTime() - generating) / 1e9,
					jdbc.sql("select pg_size_pretty(pg_total_relation_size('report_participant'))")
						.query(String.class)
						.single());
			System.out.println("PostgreSQL " + jdbc.sql("show server_version").query(String.class).single()
					+ ", parallel workers per gather "
					+ jdbc.sql("show max_parallel_workers_per_gather").query(String.class).single() + ", "
					+ Runtime.getRuntime().availableProcessors() + " cores");

			IndicatorQuery query = new IndicatorQuery(jdbc);
			// Each report in a read-only transaction, as in the application (ReportService).
			TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
			transaction.setReadOnly(true);
			OrganisationId organisation = OrganisationId.of(2);
			measure("whole project, all organisations (indicators)", transaction,
					() -> query.run(PROJECT_START, PROJECT_END, null).total(Indicator.PARTICIPANTS));
			measure("one year, one organisation (indicators)", transaction,
					() -> query.run(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), organisation)
						.total(Indicator.PARTICIPANTS));
			measure("one month, all organisations (indicators)", transaction,
					() -> query.run(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31), null)
						.total(Indicator.PARTICIPANTS));
			measure("whole project, all organisations (flows from steps to outcomes)", transaction,
					() -> (long) query.flows(PROJECT_START, PROJECT_END, null).size());
			System.out.println();
			for (String sql : new String[] { IndicatorQuery.ENTRY_SQL, IndicatorQuery.EXIT_SQL }) {
				System.out.println("Plan over the whole project period of:");
				System.out.println("  " + sql.strip().replace("\n", "\n  "));
				jdbc.sql("explain (analyze, buffers off, timing off) " + sql.replace(":from", "date '2026-09-01'")
					.replace(":to", "date '2029-05-31'")
					.replace("cast(:organisation as bigint)", "null::bigint")
					.replace(":organisation", "null"))
					.query(String.class)
					.list()
					.forEach(line -> System.out.println("    " + line));
			}
		}
	}

	/** Synthetic participants: SQL's random() with a fixed seed, so that every run builds the same table. */
	static void generate(JdbcClient jdbc, int participants) {
		jdbc.sql("select setseed(0.2026)").query().singleRow();
		jdbc.sql("""
				insert into report_participant (client_id, organisation_id, entry_date, age_band, gender, entry_status,
				    isced_group, third_country, foreign_background, exit_date, exit_job_searching, exit_in_education,
				    exit_qualification, exit_employed, exit_self_employed, followup_date, followup_reached,
				    followup_employed, followup_improved, completed_steps)
				select g, 1 + g % 4, entry, age_band, gender, status, isced, r5 < 0.85, r5 < 0.95,
				    exit, left_ and r6 < 0.25, left_ and r6 between 0.25 and 0.40, left_ and r6 between 0.35 and 0.45,
				    left_ and r6 > 0.55, left_ and r6 > 0.95,
				    case when followed then exit + 183 end, followed and r7 < 0.8, followed and r7 < 0.5,
				    followed and r7 < 0.2,
				    case when r8 < 0.3 then array['GUIDANCE', 'WORK_TRIAL']::varchar[]
				         when r8 < 0.5 then array['LANGUAGE_CAFE']::varchar[]
				         when r8 < 0.7 then array['GUIDANCE', 'COACHING', 'EDUCATION']::varchar[]
				         else array[]::varchar[] end
				from (
				    select g, r5, r6, r7, r8, entry,
				        (array['UNDER_18', 'FROM_18_TO_29', 'FROM_18_TO_29', 'FROM_30_TO_54', 'FROM_30_TO_54',
				               'FROM_30_TO_54', 'FROM_55'])[1 + floor(r1 * 7)::int] as age_band,
				        (array['WOMAN', 'WOMAN', 'MAN', 'MAN', 'NON_BINARY', 'NOT_TOLD'])[1 + floor(r2 * 6)::int] as gender,
				        (array['UNEMPLOYED', 'UNEMPLOYED', 'LONG_TERM_UNEMPLOYED', 'INACTIVE', 'IN_EDUCATION',
				               'EMPLOYED'])[1 + floor(r3 * 6)::int] as status,
				        (array['ISCED_0_2', 'ISCED_3_4', 'ISCED_5_8'])[1 + floor(r4 * 3)::int] as isced,
				        left_, case when left_ then least(entry + 10 + floor(r6 * 300)::int, date '2029-05-31') end as exit,
				        left_ and r7 < 0.35 as followed
				    from (
				        select g, random() as r1, random() as r2, random() as r3, random() as r4, random() as r5,
				            random() as r6, random() as r7, random() as r8,
				            date '2026-09-01' + floor(random() * 1003)::int as entry, random() < 0.66 as left_
				        from generate_series(1, :participants) as g
				    ) raw
				) p
				""").param("participants", participants).update();
		jdbc.sql("vacuum analyze report_participant").update();
	}

	static void measure(String name, TransactionTemplate transaction, Supplier<Long> report) {
		Supplier<Long> run = () -> transaction.execute(status -> report.get());
		for (int i = 0; i < WARM_UP; i++) {
			run.get();
		}
		List<Duration> times = new ArrayList<>();
		long result = 0;
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			result = run.get();
			times.add(Duration.ofNanos(System.nanoTime() - start));
		}
		Collections.sort(times);
		System.out.printf("%-66s median %5d ms, min %5d ms, max %5d ms (%d runs; result %,d)%n", name,
				times.get(times.size() / 2).toMillis(), times.get(0).toMillis(), times.get(times.size() - 1).toMillis(),
				RUNS, result);
	}

}
