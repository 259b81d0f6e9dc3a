package fi.kohtaanto.events.meetmatch;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Times the scheduler on random events; not part of the test suite. Run after {@code ./mvnw test-compile}:
 * <pre>
 * java -cp target/classes:target/test-classes fi.kohtaanto.events.meetmatch.MeetMatchBenchmark
 * </pre>
 * Each shape is drawn with seeds 1..SEEDS; each instance is solved RUNS times and the median time is kept. Besides
 * wall-clock time it reports the thread's CPU time, which says more on a machine shared with other work.
 */
final class MeetMatchBenchmark {

	private static final int SEEDS = 5;

	private static final int RUNS = 5;

	private MeetMatchBenchmark() {
	}

	public static void main(String[] args) {
		System.out.printf("%-40s %6s %9s %-38s %8s %9s %9s %9s %9s%n", "shape (candidates x employers x slots)",
				"meets", "total", "proofs", "max gap%", "median ms", "max ms", "cpu med", "cpu max");
		run("A typical 60x20x8", shape(60, 20, 8, 0.6, 0, 1, false, false, 0));
		run("A typical 120x40x16", shape(120, 40, 16, 0.6, 0, 1, false, false, 0));
		run("A 120x40x16 r<=2, K limit, caps", shape(120, 40, 16, 0.6, 0, 2, true, true, 0));
		run("A dense 300x60x16", shape(300, 60, 16, 1.0, 0, 1, false, false, 0));
		run("A dense 300x60x16 r<=3, K limit, caps", shape(300, 60, 16, 1.0, 0, 3, true, true, 0));
		run("G 60x20x8, 30% partial, 5 pins", shape(60, 20, 8, 0.6, 0.3, 1, false, false, 5));
		run("G 120x40x16, 30% partial, 10 pins", shape(120, 40, 16, 0.6, 0.3, 2, false, true, 10));
		run("G 120x40x16, all partial, K limit", shape(120, 40, 16, 0.6, 1.0, 2, true, true, 0));
		run("G dense 300x60x16, 30% partial", shape(300, 60, 16, 1.0, 0.3, 1, false, false, 0));
		run("G dense 300x60x16, all partial, pins", shape(300, 60, 16, 1.0, 1.0, 2, false, true, 20));
	}

	private static RandomProblems.Shape shape(int candidates, int employers, int slots, double density,
			double partial, int maxParallel, boolean limitTables, boolean caps, int pins) {
		return new RandomProblems.Shape(candidates, employers, slots, density, partial, 0.5, maxParallel, limitTables,
				caps, pins);
	}

	private static void run(String name, RandomProblems.Shape shape) {
		var scheduler = new MeetMatchScheduler();
		var threads = ManagementFactory.getThreadMXBean();
		long[] medians = new long[SEEDS];
		long[] cpuMedians = new long[SEEDS];
		Map<Schedule.Proof, Integer> proofs = new EnumMap<>(Schedule.Proof.class);
		double maxGap = 0;
		long meetings = 0;
		long total = 0;
		for (int seed = 1; seed <= SEEDS; seed++) {
			var problem = RandomProblems.generate(shape, seed);
			long[] micros = new long[RUNS];
			long[] cpuMicros = new long[RUNS];
			Schedule schedule = scheduler.schedule(problem);
			for (int i = 0; i < RUNS; i++) {
				long start = System.nanoTime();
				long cpuStart = threads.getCurrentThreadCpuTime();
				schedule = scheduler.schedule(problem);
				cpuMicros[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000;
				micros[i] = (System.nanoTime() - start) / 1_000;
			}
			Arrays.sort(micros);
			Arrays.sort(cpuMicros);
			medians[seed - 1] = micros[RUNS / 2];
			cpuMedians[seed - 1] = cpuMicros[RUNS / 2];
			proofs.merge(schedule.proof(), 1, Integer::sum);
			maxGap = Math.max(maxGap, schedule.gap());
			meetings += schedule.meetings().size();
			total += schedule.totalScore();
		}
		Arrays.sort(medians);
		Arrays.sort(cpuMedians);
		System.out.printf("%-40s %6d %9d %-38s %8.3f %9.1f %9.1f %9.1f %9.1f%n", name, meetings / SEEDS,
				total / SEEDS, proofs, 100 * maxGap, medians[SEEDS / 2] / 1000.0, medians[SEEDS - 1] / 1000.0,
				cpuMedians[SEEDS / 2] / 1000.0, cpuMedians[SEEDS - 1] / 1000.0);
	}

}
