package fi.kohtaanto.events.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.EmployerId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The Meet&Match tables: the slots of an event, its employers and the latest schedule.
 */
@Repository
class MeetMatchStore {

	/** How the event is divided into slots. */
	record Setup(LocalTime firstSlot, int slotMinutes, int breakMinutes, int slotCount, @Nullable Integer tables,
			int maxMeetings) {

		LocalTime slotStart(int slot) {
			return firstSlot.plusMinutes((long) (slot - 1) * (slotMinutes + breakMinutes));
		}

		LocalTime slotEnd(int slot) {
			return slotStart(slot).plusMinutes(slotMinutes);
		}

	}

	/** An employer taking part, with the slots it is present in (1-based). */
	record Participant(EmployerId employer, Set<Integer> slots, int parallelTables) {
	}

	record Summary(Instant computedAt, String computedBy, long totalScore, long upperBound, boolean optimal, String proof,
			@Nullable String reason, int candidates, int candidatesWithoutFit) {

		/** How far below the upper bound the schedule may be, in per cent. */
		public double gapPercent() {
			return upperBound == 0 ? 0 : 100.0 * (upperBound - totalScore) / upperBound;
		}

	}

	record StoredMeeting(int slot, int table, ClientId client, EmployerId employer, int score) {
	}

	private final JdbcClient jdbc;

	MeetMatchStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Setup> setup(long eventId) {
		return jdbc.sql("select * from meetmatch_setup where event_id = :event")
			.param("event", eventId)
			.query((rs, row) -> new Setup(rs.getObject("first_slot_at", LocalTime.class), rs.getInt("slot_minutes"),
					rs.getInt("break_minutes"), rs.getInt("slot_count"), rs.getObject("tables", Integer.class),
					rs.getInt("max_meetings")))
			.optional();
	}

	void saveSetup(long eventId, Setup setup) {
		jdbc.sql("""
				insert into meetmatch_setup (event_id, first_slot_at, slot_minutes, break_minutes, slot_count, tables,
				    max_meetings)
				values (:event, :first, :slot, :break, :count, :tables, :max)
				on conflict (event_id) do update set first_slot_at = excluded.first_slot_at,
				    slot_minutes = excluded.slot_minutes, break_minutes = excluded.break_minutes,
				    slot_count = excluded.slot_count, tables = excluded.tables, max_meetings = excluded.max_meetings
				""")
			.param("event", eventId)
			.param("first", setup.firstSlot())
			.param("slot", setup.slotMinutes())
			.param("break", setup.breakMinutes())
			.param("count", setup.slotCount())
			.param("tables", setup.tables())
			.param("max", setup.maxMeetings())
			.update();
		// Slots beyond the new count are dropped from every employer's availability.
		jdbc.sql("""
				update meetmatch_employer set available_slots = array(
				    select s from unnest(available_slots) s where s <= :count order by s)
				where event_id = :event
				""").param("count", setup.slotCount()).param("event", eventId).update();
	}

	List<Participant> participants(long eventId) {
		return jdbc.sql("select * from meetmatch_employer where event_id = :event order by employer_id")
			.param("event", eventId)
			.query((rs, row) -> new Participant(EmployerId.of(rs.getLong("employer_id")),
					slots(rs.getArray("available_slots")), rs.getInt("parallel_tables")))
			.list();
	}

	void saveParticipant(long eventId, Participant participant) {
		jdbc.sql("""
				insert into meetmatch_employer (event_id, employer_id, available_slots, parallel_tables)
				values (:event, :employer, :slots, :tables)
				on conflict (event_id, employer_id) do update set available_slots = excluded.available_slots,
				    parallel_tables = excluded.parallel_tables
				""")
			.param("event", eventId)
			.param("employer", participant.employer().value())
			.param("slots", participant.slots().toArray(Integer[]::new))
			.param("tables", participant.parallelTables())
			.update();
	}

	void removeParticipant(long eventId, EmployerId employer) {
		jdbc.sql("delete from meetmatch_employer where event_id = :event and employer_id = :employer")
			.param("event", eventId)
			.param("employer", employer.value())
			.update();
	}

	Optional<Summary> summary(long eventId) {
		return jdbc.sql("select * from meetmatch_schedule where event_id = :event")
			.param("event", eventId)
			.query((rs, row) -> new Summary(rs.getTimestamp("computed_at").toInstant(),
					rs.getString("computed_by_username"), rs.getLong("total_score"), rs.getLong("upper_bound"),
					rs.getBoolean("optimal"), rs.getString("proof"), rs.getString("reason"), rs.getInt("candidates"),
					rs.getInt("candidates_without_fit")))
			.optional();
	}

	List<StoredMeeting> meetings(long eventId) {
		return jdbc.sql("select * from meetmatch_meeting where event_id = :event order by slot, table_no")
			.param("event", eventId)
			.query((rs, row) -> new StoredMeeting(rs.getInt("slot"), rs.getInt("table_no"),
					ClientId.of(rs.getLong("client_id")), EmployerId.of(rs.getLong("employer_id")), rs.getInt("score")))
			.list();
	}

	/** Replaces the event's schedule with a new one. */
	void saveSchedule(long eventId, Summary summary, List<StoredMeeting> meetings) {
		jdbc.sql("delete from meetmatch_schedule where event_id = :event").param("event", eventId).update();
		jdbc.sql("""
				insert into meetmatch_schedule (event_id, computed_by_username, total_score, upper_bound, optimal, proof,
				    reason, candidates, candidates_without_fit)
				values (:event, :by, :total, :bound, :optimal, :proof, :reason, :candidates, :withoutFit)
				""")
			.param("event", eventId)
			.param("by", summary.computedBy())
			.param("total", summary.totalScore())
			.param("bound", summary.upperBound())
			.param("optimal", summary.optimal())
			.param("proof", summary.proof())
			.param("reason", summary.reason())
			.param("candidates", summary.candidates())
			.param("withoutFit", summary.candidatesWithoutFit())
			.update();
		for (StoredMeeting meeting : meetings) {
			jdbc.sql("""
					insert into meetmatch_meeting (event_id, slot, table_no, client_id, employer_id, score)
					values (:event, :slot, :table, :client, :employer, :score)
					""")
				.param("event", eventId)
				.param("slot", meeting.slot())
				.param("table", meeting.table())
				.param("client", meeting.client().value())
				.param("employer", meeting.employer().value())
				.param("score", meeting.score())
				.update();
		}
	}

	private static Set<Integer> slots(Array array) throws SQLException {
		return new TreeSet<>(Arrays.asList((Integer[]) array.getArray()));
	}

}
