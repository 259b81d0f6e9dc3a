package fi.kohtaanto.matching.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import fi.kohtaanto.matching.engine.CandidateIndex;
import fi.kohtaanto.matching.engine.CandidateProfile;
import fi.kohtaanto.matching.engine.EscoTaxonomy;
import fi.kohtaanto.matching.engine.Match;
import fi.kohtaanto.matching.engine.VacancyIndex;
import fi.kohtaanto.matching.engine.VacancyProfile;

/**
 * Times the matching engine against the Lucene reference on synthetic profiles over the real ESCO data; see
 * {@code docs/matching-benchmark.md}. Not a test: run it with
 * {@code ./mvnw -q -Pbenchmark test-compile exec:exec -Dbenchmark.args="--profiles 1000000 --vacancies 100000"}.
 * <p>
 * Options: {@code --profiles} (1,000,000), {@code --vacancies} (100,000), {@code --queries} sampled for latency
 * (10,000), {@code --warmup} queries per system before timing (3,000), {@code --threads} for throughput (2),
 * {@code --k} (50), {@code --seed} (2026), {@code --data} the reference data folder with {@code esco/} and
 * {@code fi/} ({@code ../shared/data}), {@code --no-lucene} to time the engine only.
 */
public final class MatchingBenchmark {

	private final Map<String, String> options;

	private final int k;

	private MatchingBenchmark(Map<String, String> options) {
		this.options = options;
		this.k = number("k", 50);
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("unknown argument: " + args[i]);
			}
			boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
			options.put(args[i].substring(2), flag ? "true" : args[++i]);
		}
		new MatchingBenchmark(options).run();
	}

	private void run() throws Exception {
		int profiles = number("profiles", 1_000_000);
		int vacancyCount = number("vacancies", 100_000);
		int queries = number("queries", 10_000);
		int warmup = number("warmup", 3_000);
		int threads = number("threads", 2);
		long seed = number("seed", 2026);
		Path data = Path.of(options.getOrDefault("data", "../shared/data"));
		boolean lucene = !options.containsKey("no-lucene");
		print("# Matching benchmark");
		print("java %s, %s, %d cores, max heap %d MB; profiles %,d, vacancies %,d, k %d, seed %d", Runtime.version(),
				System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, profiles, vacancyCount, k, seed);

		long start = System.nanoTime();
		EscoTaxonomy esco = EscoTaxonomy.load(data.resolve("esco"));
		SyntheticData generator = new SyntheticData(esco.graph(), SyntheticData.municipalities(municipalityKey(data)),
				seed);
		List<CandidateProfile> candidates = generator.candidates(profiles);
		List<VacancyProfile> vacancies = generator.vacancies(vacancyCount);
		print("ESCO %,d occupations, %,d skills; generated in %.1f s; mean skills per profile %.1f", 
				esco.graph().occupationCount(), esco.graph().skillCount(), seconds(start),
				candidates.stream().mapToInt(candidate -> candidate.skills().length).average().orElse(0));

		long before = usedHeap();
		start = System.nanoTime();
		CandidateIndex engine = CandidateIndex.build(esco.graph(), candidates);
		double engineBuild = seconds(start);
		long engineHeap = usedHeap() - before;
		print("engine: built in %.1f s, heap %,d MB (%,d posting entries)", engineBuild, engineHeap >> 20,
				engine.postingEntries());

		LuceneReference reference = null;
		double luceneBuild = 0;
		long luceneHeap = 0;
		if (lucene) {
			before = usedHeap();
			start = System.nanoTime();
			reference = LuceneReference.build(candidates);
			luceneBuild = seconds(start);
			luceneHeap = usedHeap() - before;
			print("lucene: built in %.1f s (indexing and force-merge to one segment), heap %,d MB, on disk %,d MB",
					luceneBuild, luceneHeap >> 20, reference.bytesOnDisk() >> 20);
		}
		SplittableRandom sampling = new SplittableRandom(seed + 1);
		List<CandidateProfile> sampledCandidates = sample(candidates, Math.min(queries, profiles), sampling);
		candidates = null;
		List<VacancyProfile> warmups = sample(vacancies, warmup, sampling);
		List<VacancyProfile> sampled = sample(vacancies, queries, sampling);

		print("");
		print("## Top-%d candidates for a vacancy, single thread, %,d sampled vacancies", k, sampled.size());
		print(LATENCY_HEADER);
		print(LATENCY_RULE);
		for (VacancyProfile vacancy : warmups) {
			engine.topCandidates(vacancy, k);
		}
		long[][] engineTop = new long[sampled.size()][];
		print(latencyRow("engine",
				time(sampled, (i, vacancy) -> engineTop[i] = ids(engine.topCandidates(vacancy, k)))));
		long[][] luceneTop = new long[sampled.size()][];
		if (reference != null) {
			LuceneReference searcher = reference;
			for (VacancyProfile vacancy : warmups) {
				searcher.top(vacancy, k);
			}
			print(latencyRow("lucene BM25", time(sampled, (i, vacancy) -> luceneTop[i] = searcher.top(vacancy, k))));
			print("");
			print("Overlap of the top-%d sets (engine ∩ lucene / %d), mean over the sampled vacancies: %.1f %%", k, k,
					100 * overlap(engineTop, luceneTop));
		}

		print("");
		print("## Throughput: top-%d candidates for all %,d vacancies, %d threads", k, vacancies.size(), threads);
		print("| system | seconds | vacancies/s | load average before → after |");
		print("|---|---|---|---|");
		print(throughputRow("engine", throughput(vacancies, threads, vacancy -> engine.topCandidates(vacancy, k))));
		if (reference != null) {
			LuceneReference searcher = reference;
			print(throughputRow("lucene BM25", throughput(vacancies, threads, vacancy -> searcher.top(vacancy, k))));
			reference.close();
		}

		print("");
		print("## The other direction: top-%d vacancies for a client, single thread", k);
		start = System.nanoTime();
		VacancyIndex vacancyIndex = VacancyIndex.build(esco.graph(), vacancies);
		print("vacancy index built in %.2f s", seconds(start));
		for (CandidateProfile candidate : sampledCandidates.subList(0, Math.min(warmup, sampledCandidates.size()))) {
			vacancyIndex.topVacancies(candidate, k);
		}
		print(LATENCY_HEADER);
		print(LATENCY_RULE);
		print(latencyRow("engine", time(sampledCandidates, (i, candidate) -> vacancyIndex.topVacancies(candidate, k))));

		print("");
		print("## Example: the best candidate for vacancy %d", sampled.get(0).id());
		Match best = engine.topCandidates(sampled.get(0), 1).get(0);
		print("candidate %d, score %.1f, %s", best.candidateId(), best.score(), best.components());
		best.explanation().describe(esco::skillLabel, esco::occupationLabel).forEach(line -> print("- %s", line));
	}

	private static Path municipalityKey(Path data) throws IOException {
		try (Stream<Path> files = Files.list(data.resolve("fi"))) {
			return files.filter(file -> file.getFileName().toString().startsWith("statfi_municipality_key_"))
				.max(Path::compareTo)
				.orElseThrow(() -> new IOException("no municipality key in " + data.resolve("fi")));
		}
	}

	private interface Timed<T> {

		void run(int index, T query) throws IOException;

	}

	private interface Query<T> {

		void run(T query) throws IOException;

	}

	/**
	 * Wall-clock and CPU nanoseconds per query, one thread, and the load average before and after. The thread's CPU
	 * time is less disturbed by other processes on the machine than the wall-clock time.
	 */
	private static <T> Timings time(List<T> queries, Timed<T> query) throws IOException {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] wall = new long[queries.size()];
		long[] cpu = new long[queries.size()];
		String before = loadAverage();
		for (int i = 0; i < queries.size(); i++) {
			long cpuStart = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			query.run(i, queries.get(i));
			wall[i] = System.nanoTime() - start;
			cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
		}
		return new Timings(wall, cpu, before, loadAverage());
	}

	private record Timings(long[] wall, long[] cpu, String loadBefore, String loadAfter) {

	}

	/** Seconds to run every query on the threads, each taking the next one, and the load average before and after. */
	private static <T> String throughput(List<T> queries, int threads, Query<T> query) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			AtomicInteger next = new AtomicInteger();
			List<Future<?>> workers = new ArrayList<>();
			String before = loadAverage();
			long start = System.nanoTime();
			for (int thread = 0; thread < threads; thread++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
						query.run(queries.get(i));
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
			double seconds = seconds(start);
			return String.format(Locale.ROOT, "%.1f | %,.0f | %s → %s", seconds, queries.size() / seconds, before,
					loadAverage());
		}
		finally {
			pool.shutdown();
		}
	}

	private static String throughputRow(String system, String figures) {
		return "| " + system + " | " + figures + " |";
	}

	private static final String LATENCY_HEADER = "| system | p50 ms | p90 ms | p99 ms | max ms | mean ms "
			+ "| CPU ms per query: mean | p50 | p99 | load average before → after |";

	private static final String LATENCY_RULE = "|---|---|---|---|---|---|---|---|---|---|";

	private static String latencyRow(String system, Timings timings) {
		long[] wall = timings.wall().clone();
		long[] cpu = timings.cpu().clone();
		Arrays.sort(wall);
		Arrays.sort(cpu);
		return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %s → %s |",
				system, percentile(wall, 50), percentile(wall, 90), percentile(wall, 99), wall[wall.length - 1] / 1e6,
				mean(wall), mean(cpu), percentile(cpu, 50), percentile(cpu, 99), timings.loadBefore(),
				timings.loadAfter());
	}

	private static double percentile(long[] sorted, double percent) {
		int rank = (int) Math.ceil(percent / 100 * sorted.length) - 1;
		return sorted[Math.max(0, rank)] / 1e6;
	}

	private static double mean(long[] nanos) {
		return Arrays.stream(nanos).average().orElse(0) / 1e6;
	}

	/** The 1, 5 and 15 minute load averages of the machine, or "?" where the system does not tell. */
	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException | RuntimeException ex) {
			double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
			return load < 0 ? "?" : String.format(Locale.ROOT, "%.2f", load);
		}
	}

	private double overlap(long[][] engine, long[][] lucene) {
		double sum = 0;
		for (int i = 0; i < engine.length; i++) {
			long[] theirs = lucene[i].clone();
			Arrays.sort(theirs);
			long shared = Arrays.stream(engine[i]).filter(id -> Arrays.binarySearch(theirs, id) >= 0).count();
			sum += (double) shared / k;
		}
		return sum / engine.length;
	}

	private static long[] ids(List<Match> matches) {
		return matches.stream().mapToLong(Match::candidateId).toArray();
	}

	private static <T> List<T> sample(List<T> items, int count, SplittableRandom random) {
		List<T> sample = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			sample.add(items.get(random.nextInt(items.size())));
		}
		return sample;
	}

	/** Heap in use after garbage collection has settled. */
	private static long usedHeap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private int number(String option, int fallback) {
		return Integer.parseInt(options.getOrDefault(option, Integer.toString(fallback)).replace("_", ""));
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static void print(String format, Object... args) {
		System.out.println(String.format(Locale.ROOT, format, args));
	}

}
