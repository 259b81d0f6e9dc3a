package fi.kohtaanto.events.meetmatch;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random problems from a seed, for the tests and the benchmark.
 */
final class RandomProblems {

	/**
	 * @param candidates number of candidates
	 * @param employers number of employers
	 * @param slots number of slots
	 * @param scoreDensity share of pairs with a positive score
	 * @param partialAvailability share of employers present in a random subset of slots only
	 * @param presence the chance that such an employer is present in a slot
	 * @param maxParallel parallel tables are drawn from 1..maxParallel
	 * @param limitTables draw a table limit K below the number of seats
	 * @param employerCaps draw employer caps
	 * @param pins number of pinned meetings to try to add
	 */
	record Shape(int candidates, int employers, int slots, double scoreDensity, double partialAvailability,
			double presence, int maxParallel, boolean limitTables, boolean employerCaps, int pins) {

	}

	private RandomProblems() {
	}

	static MeetMatchProblem generate(Shape shape, long seed) {
		var random = new Random(seed);
		var builder = MeetMatchProblem.builder()
			.slots(shape.slots(), LocalTime.of(9, 0), Duration.ofMinutes(10), Duration.ofMinutes(5));
		for (int c = 0; c < shape.candidates(); c++) {
			builder.candidate(1000 + 7L * c, "C" + c, random.nextInt(shape.slots() + 2));
		}
		int seats = 0;
		var employers = new ArrayList<Employer>();
		for (int e = 0; e < shape.employers(); e++) {
			var employer = Employer.of(500 - 3L * e, "E" + e)
				.withParallelTables(1 + random.nextInt(shape.maxParallel()));
			if (random.nextDouble() < shape.partialAvailability()) {
				var slots = new ArrayList<Integer>();
				for (int t = 1; t <= shape.slots(); t++) {
					if (random.nextDouble() < shape.presence()) {
						slots.add(t);
					}
				}
				employer = employer.availableIn(slots);
			}
			if (shape.employerCaps() && random.nextBoolean()) {
				employer = employer.withMaxMeetings(random.nextInt(shape.slots() + 1));
			}
			seats += employer.parallelTables();
			employers.add(employer);
			builder.employer(employer);
		}
		if (shape.limitTables() && seats > 0) {
			builder.tables(random.nextInt(seats + 1));
		}
		for (int c = 0; c < shape.candidates(); c++) {
			for (int e = 0; e < shape.employers(); e++) {
				if (random.nextDouble() < shape.scoreDensity()) {
					builder.score(1000 + 7L * c, 500 - 3L * e, random.nextInt(100));
				}
				else if (random.nextInt(10) == 0) {
					builder.forbid(1000 + 7L * c, 500 - 3L * e);
				}
			}
		}
		addPins(builder, shape, employers, random);
		return builder.build();
	}

	/** Adds pins one by one and keeps those that leave the problem valid. */
	private static void addPins(MeetMatchProblem.Builder builder, Shape shape, List<Employer> employers,
			Random random) {
		Set<List<Integer>> tried = new HashSet<>();
		for (int i = 0; i < shape.pins() && shape.candidates() > 0 && shape.employers() > 0; i++) {
			int c = random.nextInt(shape.candidates());
			int e = random.nextInt(shape.employers());
			int t = 1 + random.nextInt(shape.slots());
			if (!tried.add(List.of(c, e, t))) {
				continue;
			}
			var candidateId = 1000 + 7L * c;
			var employerId = employers.get(e).id();
			var attempt = copy(builder.build()).pin(candidateId, employerId, t);
			try {
				attempt.build();
				builder.pin(candidateId, employerId, t);
			}
			catch (MeetMatchInputException invalid) {
				// this pin conflicts with the others; leave it out
			}
		}
	}

	private static MeetMatchProblem.Builder copy(MeetMatchProblem problem) {
		var builder = MeetMatchProblem.builder();
		problem.slots().forEach(s -> builder.slot(s.number(), s.start(), s.end()));
		problem.candidates().forEach(c -> builder.candidate(c.id(), c.label(), c.maxMeetings()));
		problem.employers().forEach(builder::employer);
		problem.scores().forEach(s -> builder.score(s.candidateId(), s.employerId(), s.points()));
		problem.forbiddenPairs().forEach(p -> builder.forbid(p.candidateId(), p.employerId()));
		problem.pinnedMeetings().forEach(p -> builder.pin(p.candidateId(), p.employerId(), p.slot()));
		if (problem.tables() != null) {
			builder.tables(problem.tables());
		}
		return builder;
	}

}
