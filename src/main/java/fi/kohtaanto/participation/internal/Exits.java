package fi.kohtaanto.participation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.kohtaanto.participation.ExitData;
import fi.kohtaanto.participation.FollowUpData;
import fi.kohtaanto.participation.LeavingReason;
import fi.kohtaanto.participation.ParticipationRecord;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The participation_exit and participation_followup tables. Knows nothing of access; the service asks first.
 */
@Repository
class Exits {

	/** A client whose follow-up is not recorded, with the exit date. */
	record Pending(ClientId client, LocalDate exitDate) {
	}

	private final JdbcClient jdbc;

	Exits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ParticipationRecord> find(ClientId client) {
		return jdbc.sql("""
				select e.*, f.followed_up_on, f.reached, f.employed as f_employed, f.self_employed as f_self_employed,
				    f.improved_situation, f.in_education as f_in_education, f.notes as f_notes
				from participation_exit e left join participation_followup f on f.client_id = e.client_id
				where e.client_id = :client
				""").param("client", client.value()).query(Exits::record).optional();
	}

	void insertExit(ClientId client, OrganisationId owner, ExitData exit, String username) {
		jdbc.sql("""
				insert into participation_exit (client_id, owner_organisation_id, exit_date, job_searching, in_education,
				    gained_qualification, employed, self_employed, reason, notes, recorded_by_username)
				values (:client, :owner, :exitDate, :jobSearching, :inEducation, :qualification, :employed,
				    :selfEmployed, :reason, :notes, :username)
				""")
			.params(exitParams(exit))
			.param("client", client.value())
			.param("owner", owner.value())
			.param("username", username)
			.update();
	}

	/** Replaces the exit if nobody changed it since {@code version}; false if someone did. */
	boolean updateExit(ClientId client, int version, ExitData exit) {
		return jdbc.sql("""
				update participation_exit set exit_date = :exitDate, job_searching = :jobSearching,
				    in_education = :inEducation, gained_qualification = :qualification, employed = :employed,
				    self_employed = :selfEmployed, reason = :reason, notes = :notes, updated_at = clock_timestamp(),
				    version = version + 1
				where client_id = :client and version = :version
				""")
			.params(exitParams(exit))
			.param("client", client.value())
			.param("version", version)
			.update() == 1;
	}

	boolean deleteExit(ClientId client) {
		return jdbc.sql("delete from participation_exit where client_id = :client")
			.param("client", client.value())
			.update() == 1;
	}

	/** Records or replaces the follow-up. */
	void saveFollowUp(ClientId client, FollowUpData followUp, String username) {
		Map<String, Object> params = new HashMap<>();
		params.put("client", client.value());
		params.put("on", followUp.followedUpOn());
		params.put("reached", followUp.reached());
		params.put("employed", followUp.employed());
		params.put("selfEmployed", followUp.selfEmployed());
		params.put("improved", followUp.improvedSituation());
		params.put("inEducation", followUp.inEducation());
		params.put("notes", followUp.notes());
		params.put("username", username);
		jdbc.sql("""
				insert into participation_followup (client_id, followed_up_on, reached, employed, self_employed,
				    improved_situation, in_education, notes, recorded_by_username)
				values (:client, :on, :reached, :employed, :selfEmployed, :improved, :inEducation, :notes, :username)
				on conflict (client_id) do update set followed_up_on = excluded.followed_up_on,
				    reached = excluded.reached, employed = excluded.employed, self_employed = excluded.self_employed,
				    improved_situation = excluded.improved_situation, in_education = excluded.in_education,
				    notes = excluded.notes, recorded_by_username = excluded.recorded_by_username,
				    recorded_at = clock_timestamp()
				""").params(params).update();
	}

	/** Clients of the organisation who left on or before the date and have no follow-up yet, earliest first. */
	List<Pending> pendingFollowUps(OrganisationId owner, LocalDate leftOnOrBefore) {
		return jdbc.sql("""
				select e.client_id, e.exit_date from participation_exit e
				where e.owner_organisation_id = :owner and e.exit_date <= :date
				  and not exists (select 1 from participation_followup f where f.client_id = e.client_id)
				order by e.exit_date, e.client_id
				""")
			.param("owner", owner.value())
			.param("date", leftOnOrBefore)
			.query((rs, row) -> new Pending(ClientId.of(rs.getLong("client_id")),
					rs.getObject("exit_date", LocalDate.class)))
			.list();
	}

	private static Map<String, Object> exitParams(ExitData exit) {
		Map<String, Object> params = new HashMap<>();
		params.put("exitDate", exit.exitDate());
		params.put("jobSearching", exit.jobSearching());
		params.put("inEducation", exit.inEducation());
		params.put("qualification", exit.gainedQualification());
		params.put("employed", exit.employed());
		params.put("selfEmployed", exit.selfEmployed());
		params.put("reason", exit.reason().name());
		params.put("notes", exit.notes());
		return params;
	}

	private static ParticipationRecord record(ResultSet rs, int row) throws SQLException {
		ExitData exit = new ExitData(rs.getObject("exit_date", LocalDate.class), rs.getBoolean("job_searching"),
				rs.getBoolean("in_education"), rs.getBoolean("gained_qualification"), rs.getBoolean("employed"),
				rs.getBoolean("self_employed"), LeavingReason.valueOf(rs.getString("reason")), rs.getString("notes"));
		LocalDate followedUpOn = rs.getObject("followed_up_on", LocalDate.class);
		FollowUpData followUp = followedUpOn == null ? null
				: new FollowUpData(followedUpOn, rs.getBoolean("reached"), bool(rs, "f_employed"),
						bool(rs, "f_self_employed"), bool(rs, "improved_situation"), bool(rs, "f_in_education"),
						rs.getString("f_notes"));
		return new ParticipationRecord(ClientId.of(rs.getLong("client_id")),
				OrganisationId.of(rs.getLong("owner_organisation_id")), exit, followUp, rs.getInt("version"));
	}

	private static @Nullable Boolean bool(ResultSet rs, String column) throws SQLException {
		boolean value = rs.getBoolean(column);
		return rs.wasNull() ? null : value;
	}

}
