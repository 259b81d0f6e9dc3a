package fi.kohtaanto.events.meetmatch;

import static fi.kohtaanto.events.meetmatch.MeetMatchInputException.*;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Everything the scheduler needs for one Meet&Match event. The constructor checks the problem and throws
 * {@link MeetMatchInputException} with a message key if it is not valid, so a problem that exists is valid.
 * @param slots the meeting rounds, numbered 1..T in time order
 * @param candidates the registered job seekers
 * @param employers the registered employers
 * @param scores match scores; a pair without a score does not meet (unless pinned)
 * @param forbiddenPairs pairs that must not meet
 * @param pinnedMeetings meetings fixed by the organiser
 * @param tables the number of tables in the room; {@code null} means every employer has its own tables (the sum of
 * their parallel tables)
 */
public record MeetMatchProblem(List<TimeSlot> slots, List<Candidate> candidates, List<Employer> employers,
		List<Score> scores, List<ForbiddenPair> forbiddenPairs, List<PinnedMeeting> pinnedMeetings,
		@Nullable Integer tables) {

	public MeetMatchProblem {
		slots = slots.stream().sorted(Comparator.comparingInt(TimeSlot::number)).toList();
		candidates = List.copyOf(candidates);
		employers = List.copyOf(employers);
		scores = List.copyOf(scores);
		forbiddenPairs = List.copyOf(forbiddenPairs);
		pinnedMeetings = List.copyOf(pinnedMeetings);
		validate(slots, candidates, employers, scores, forbiddenPairs, pinnedMeetings, tables);
	}

	/** The number of tables meetings can use in one slot. */
	public int tableCount() {
		return tables != null ? tables : employers.stream().mapToInt(Employer::parallelTables).sum();
	}

	public static Builder builder() {
		return new Builder();
	}

	private static void validate(List<TimeSlot> slots, List<Candidate> candidates, List<Employer> employers,
			List<Score> scores, List<ForbiddenPair> forbiddenPairs, List<PinnedMeeting> pins,
			@Nullable Integer tables) {
		for (int i = 0; i < slots.size(); i++) {
			var slot = slots.get(i);
			if (i > 0 && slots.get(i - 1).number() == slot.number()) {
				throw new MeetMatchInputException(DUPLICATE_SLOT, slot.number());
			}
			if (slot.number() != i + 1) {
				throw new MeetMatchInputException(SLOT_NUMBERING, i + 1, slot.number());
			}
			if (i > 0 && slot.start().isBefore(slots.get(i - 1).end())) {
				throw new MeetMatchInputException(SLOTS_OVERLAP, i, i + 1);
			}
		}
		var candidateById = new HashMap<Long, Candidate>();
		for (var candidate : candidates) {
			if (candidateById.put(candidate.id(), candidate) != null) {
				throw new MeetMatchInputException(DUPLICATE_CANDIDATE, candidate.id());
			}
		}
		var employerById = new HashMap<Long, Employer>();
		for (var employer : employers) {
			if (employerById.put(employer.id(), employer) != null) {
				throw new MeetMatchInputException(DUPLICATE_EMPLOYER, employer.id());
			}
			if (employer.availableSlots() != null) {
				for (int slot : employer.availableSlots().stream().sorted().toList()) {
					if (slot < 1 || slot > slots.size()) {
						throw new MeetMatchInputException(UNKNOWN_SLOT, employer.id(), slot);
					}
				}
			}
		}
		if (tables != null && tables < 0) {
			throw new MeetMatchInputException(NEGATIVE_TABLES, tables);
		}
		var scored = new HashSet<List<Long>>();
		for (var score : scores) {
			requireKnown(candidateById, employerById, score.candidateId(), score.employerId());
			if (!scored.add(List.of(score.candidateId(), score.employerId()))) {
				throw new MeetMatchInputException(DUPLICATE_SCORE, score.candidateId(), score.employerId());
			}
		}
		var forbidden = new HashSet<List<Long>>();
		for (var pair : forbiddenPairs) {
			requireKnown(candidateById, employerById, pair.candidateId(), pair.employerId());
			forbidden.add(List.of(pair.candidateId(), pair.employerId()));
		}
		validatePins(pins, slots.size(), candidateById, employerById, forbidden, tables);
	}

	private static void validatePins(List<PinnedMeeting> pins, int slotCount, Map<Long, Candidate> candidateById,
			Map<Long, Employer> employerById, Set<List<Long>> forbidden, @Nullable Integer tables) {
		int tableCount = tables != null ? tables
				: employerById.values().stream().mapToInt(Employer::parallelTables).sum();
		var pairs = new HashSet<List<Long>>();
		var candidateSlots = new HashSet<List<Long>>();
		var employerSlotLoad = new HashMap<List<Long>, Integer>();
		var candidateCount = new HashMap<Long, Integer>();
		var employerCount = new HashMap<Long, Integer>();
		var slotLoad = new HashMap<Integer, Integer>();
		for (var pin : pins) {
			long c = pin.candidateId();
			long e = pin.employerId();
			requireKnown(candidateById, employerById, c, e);
			var employer = employerById.get(e);
			if (pin.slot() < 1 || pin.slot() > slotCount) {
				throw new MeetMatchInputException(PINNED_UNKNOWN_SLOT, c, e, pin.slot());
			}
			if (!employer.isAvailableIn(pin.slot())) {
				throw new MeetMatchInputException(PINNED_UNAVAILABLE, c, e, pin.slot());
			}
			if (forbidden.contains(List.of(c, e))) {
				throw new MeetMatchInputException(PINNED_FORBIDDEN, c, e);
			}
			if (!pairs.add(List.of(c, e))) {
				throw new MeetMatchInputException(PINNED_PAIR_TWICE, c, e);
			}
			if (!candidateSlots.add(List.of(c, (long) pin.slot()))) {
				throw new MeetMatchInputException(PINNED_CANDIDATE_DOUBLE_BOOKED, c, pin.slot());
			}
			if (employerSlotLoad.merge(List.of(e, (long) pin.slot()), 1, Integer::sum) > employer.parallelTables()) {
				throw new MeetMatchInputException(PINNED_EMPLOYER_OVERBOOKED, e, pin.slot());
			}
			int candidateCap = candidateById.get(c).maxMeetings();
			if (candidateCount.merge(c, 1, Integer::sum) > candidateCap) {
				throw new MeetMatchInputException(PINNED_CANDIDATE_OVER_CAP, c, candidateCap);
			}
			var employerCap = employer.maxMeetings();
			if (employerCap != null && employerCount.merge(e, 1, Integer::sum) > employerCap) {
				throw new MeetMatchInputException(PINNED_EMPLOYER_OVER_CAP, e, employerCap);
			}
			if (slotLoad.merge(pin.slot(), 1, Integer::sum) > tableCount) {
				throw new MeetMatchInputException(PINNED_TABLES_EXCEEDED, pin.slot(), tableCount);
			}
		}
	}

	private static void requireKnown(Map<Long, Candidate> candidates, Map<Long, Employer> employers, long candidateId,
			long employerId) {
		if (!candidates.containsKey(candidateId)) {
			throw new MeetMatchInputException(UNKNOWN_CANDIDATE, candidateId);
		}
		if (!employers.containsKey(employerId)) {
			throw new MeetMatchInputException(UNKNOWN_EMPLOYER, employerId);
		}
	}

	/**
	 * Collects a problem step by step; {@link #build()} validates it.
	 */
	public static final class Builder {

		private final List<TimeSlot> slots = new ArrayList<>();

		private final List<Candidate> candidates = new ArrayList<>();

		private final List<Employer> employers = new ArrayList<>();

		private final List<Score> scores = new ArrayList<>();

		private final List<ForbiddenPair> forbidden = new ArrayList<>();

		private final List<PinnedMeeting> pins = new ArrayList<>();

		private @Nullable Integer tables;

		private Builder() {
		}

		public Builder slot(int number, LocalTime start, LocalTime end) {
			slots.add(new TimeSlot(number, start, end));
			return this;
		}

		/** Adds {@code count} slots numbered on from the last one, each {@code length} long with a pause between. */
		public Builder slots(int count, LocalTime firstStart, Duration length, Duration pause) {
			var start = firstStart;
			for (int i = 0; i < count; i++) {
				slot(slots.size() + 1, start, start.plus(length));
				start = start.plus(length).plus(pause);
			}
			return this;
		}

		public Builder candidate(long id, String label, int maxMeetings) {
			candidates.add(new Candidate(id, label, maxMeetings));
			return this;
		}

		public Builder employer(Employer employer) {
			employers.add(employer);
			return this;
		}

		/** An employer present in every slot with one table. */
		public Builder employer(long id, String label) {
			return employer(Employer.of(id, label));
		}

		public Builder score(long candidateId, long employerId, int points) {
			scores.add(new Score(candidateId, employerId, points));
			return this;
		}

		public Builder forbid(long candidateId, long employerId) {
			forbidden.add(new ForbiddenPair(candidateId, employerId));
			return this;
		}

		public Builder pin(long candidateId, long employerId, int slot) {
			pins.add(new PinnedMeeting(candidateId, employerId, slot));
			return this;
		}

		/** Limits the tables in the room; without this every employer has its own. */
		public Builder tables(int count) {
			tables = count;
			return this;
		}

		public MeetMatchProblem build() {
			return new MeetMatchProblem(slots, candidates, employers, scores, forbidden, pins, tables);
		}

	}

}
