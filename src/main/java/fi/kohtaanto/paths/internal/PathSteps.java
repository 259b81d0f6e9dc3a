package fi.kohtaanto.paths.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.kohtaanto.paths.GuidanceMode;
import fi.kohtaanto.paths.GuidanceSessionData;
import fi.kohtaanto.paths.GuidanceSessionView;
import fi.kohtaanto.paths.PathStepData;
import fi.kohtaanto.paths.PathStepStatus;
import fi.kohtaanto.paths.PathStepType;
import fi.kohtaanto.paths.PathStepView;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The path_step and guidance_session tables. Knows nothing of access; {@link PathService} asks first.
 */
@Repository
class PathSteps {

	private final JdbcClient jdbc;

	PathSteps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PathStepView> ofClient(ClientId client) {
		return jdbc.sql("select * from path_step where client_id = :client order by start_date, id")
			.param("client", client.value())
			.query(PathSteps::step)
			.list();
	}

	Optional<PathStepView> find(ClientId client, long id) {
		return jdbc.sql("select * from path_step where id = :id and client_id = :client")
			.param("id", id)
			.param("client", client.value())
			.query(PathSteps::step)
			.optional();
	}

	int count(ClientId client) {
		return jdbc.sql("select count(*) from path_step where client_id = :client")
			.param("client", client.value())
			.query(Integer.class)
			.single();
	}

	long insert(ClientId client, PathStepData data, String username) {
		return jdbc.sql("""
				insert into path_step (client_id, step_type, title, responsible_organisation_id, start_date, end_date,
				    status, notes, created_by_username)
				values (:client, :type, :title, :responsible, :start, :end, :status, :notes, :username)
				returning id
				""")
			.param("client", client.value())
			.params(params(data))
			.param("username", username)
			.query(Long.class)
			.single();
	}

	/** Updates the step if nobody changed it since {@code version}; false if someone did. */
	boolean update(ClientId client, long id, int version, PathStepData data) {
		return jdbc.sql("""
				update path_step set step_type = :type, title = :title, responsible_organisation_id = :responsible,
				    start_date = :start, end_date = :end, status = :status, notes = :notes,
				    updated_at = clock_timestamp(), version = version + 1
				where id = :id and client_id = :client and version = :version
				""")
			.params(params(data))
			.param("id", id)
			.param("client", client.value())
			.param("version", version)
			.update() == 1;
	}

	boolean delete(ClientId client, long id) {
		return jdbc.sql("delete from path_step where id = :id and client_id = :client")
			.param("id", id)
			.param("client", client.value())
			.update() == 1;
	}

	List<GuidanceSessionView> sessionsOf(ClientId client) {
		return jdbc.sql("select * from guidance_session where client_id = :client order by held_on desc, id desc")
			.param("client", client.value())
			.query(PathSteps::session)
			.list();
	}

	long insertSession(ClientId client, GuidanceSessionData data, OrganisationId organisation, String username) {
		return jdbc.sql("""
				insert into guidance_session (client_id, path_step_id, held_on, duration_minutes, mode, organisation_id,
				    advisor_username, summary)
				values (:client, :step, :heldOn, :minutes, :mode, :organisation, :username, :summary)
				returning id
				""")
			.param("client", client.value())
			.param("step", data.pathStepId())
			.param("heldOn", data.heldOn())
			.param("minutes", data.durationMinutes())
			.param("mode", data.mode().name())
			.param("organisation", organisation.value())
			.param("username", username)
			.param("summary", data.summary())
			.query(Long.class)
			.single();
	}

	boolean deleteSession(ClientId client, long id) {
		return jdbc.sql("delete from guidance_session where id = :id and client_id = :client")
			.param("id", id)
			.param("client", client.value())
			.update() == 1;
	}

	/** The columns of the data by parameter name; a map because several values may be null. */
	private static Map<String, Object> params(PathStepData data) {
		Map<String, Object> params = new HashMap<>();
		params.put("type", data.type().name());
		params.put("title", data.title());
		params.put("responsible", data.responsible().value());
		params.put("start", data.startDate());
		params.put("end", data.endDate());
		params.put("status", data.status().name());
		params.put("notes", data.notes());
		return params;
	}

	private static PathStepView step(ResultSet rs, int row) throws SQLException {
		PathStepData data = new PathStepData(PathStepType.valueOf(rs.getString("step_type")), rs.getString("title"),
				OrganisationId.of(rs.getLong("responsible_organisation_id")),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				PathStepStatus.valueOf(rs.getString("status")), rs.getString("notes"));
		return new PathStepView(rs.getLong("id"), ClientId.of(rs.getLong("client_id")), data,
				rs.getString("created_by_username"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

	private static GuidanceSessionView session(ResultSet rs, int row) throws SQLException {
		long step = rs.getLong("path_step_id");
		return new GuidanceSessionView(rs.getLong("id"), ClientId.of(rs.getLong("client_id")),
				rs.wasNull() ? null : step, rs.getObject("held_on", LocalDate.class), rs.getInt("duration_minutes"),
				GuidanceMode.valueOf(rs.getString("mode")), OrganisationId.of(rs.getLong("organisation_id")),
				rs.getString("advisor_username"), rs.getString("summary"));
	}

}
