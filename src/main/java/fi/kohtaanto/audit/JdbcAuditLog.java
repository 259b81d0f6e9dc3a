package fi.kohtaanto.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.shared.OrganisationId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAuditLog implements AuditLog {

	private static final int MAX_DETAILS = 500;

	private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	private final JdbcClient jdbc;

	JdbcAuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void record(CurrentUser actor, AuditAction action, AuditSubject subject, String details) {
		jdbc.sql("""
				insert into audit_event (actor_user_id, actor_username, actor_organisation_id, action,
				    subject_type, subject_id, subject_owner_organisation_id, details)
				values (:user, :username, :organisation, :action, :type, :id, :owner, :details)
				""")
			.param("user", actor.id().value())
			.param("username", actor.username())
			.param("organisation", actor.organisation().value())
			.param("action", action.name())
			.param("type", subject.type())
			.param("id", subject.id())
			.param("owner", subject.owner() == null ? null : subject.owner().value())
			.param("details", truncate(details))
			.update();
	}

	@Override
	@Transactional
	public void recordList(CurrentUser actor, String subjectType, Collection<Long> ids, String details) {
		jdbc.sql("""
				insert into audit_event (actor_user_id, actor_username, actor_organisation_id, action,
				    subject_type, subject_ids, details)
				values (:user, :username, :organisation, 'LIST', :type, :ids, :details)
				""")
			.param("user", actor.id().value())
			.param("username", actor.username())
			.param("organisation", actor.organisation().value())
			.param("type", subjectType)
			.param("ids", ids.toArray(Long[]::new))
			.param("details", truncate(details))
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<AuditEntry> search(CurrentUser reader, AuditQuery query, Pageable pageable) {
		if (!reader.isCoordinator() && !reader.isAdmin()) {
			return Page.empty(pageable);
		}
		StringBuilder where = new StringBuilder(" where true");
		List<Object> params = new ArrayList<>();
		if (reader.isCoordinator()) {
			where.append(" and (subject_owner_organisation_id = ? or actor_organisation_id = ?)");
			params.add(reader.organisation().value());
			params.add(reader.organisation().value());
		}
		if (query.subjectType() != null) {
			where.append(" and subject_type = ?");
			params.add(query.subjectType());
		}
		if (query.subjectId() != null) {
			where.append(" and (subject_id = ? or ? = any(subject_ids))");
			params.add(query.subjectId());
			params.add(query.subjectId());
		}
		if (query.actorUsername() != null) {
			where.append(" and actor_username = ?");
			params.add(query.actorUsername());
		}
		if (query.action() != null) {
			where.append(" and action = ?");
			params.add(query.action().name());
		}
		if (query.from() != null) {
			where.append(" and occurred_at >= ?");
			params.add(Timestamp.from(query.from().atStartOfDay(HELSINKI).toInstant()));
		}
		if (query.to() != null) {
			where.append(" and occurred_at < ?");
			params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(HELSINKI).toInstant()));
		}
		long total = jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(pageable.getPageSize());
		pageParams.add(pageable.getOffset());
		List<AuditEntry> entries = jdbc
			.sql("select * from audit_event" + where + " order by occurred_at desc, id desc limit ? offset ?")
			.params(pageParams)
			.query(this::entry)
			.list();
		return new PageImpl<>(entries, pageable, total);
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> subjectTypes() {
		return jdbc.sql("select distinct subject_type from audit_event order by subject_type").query(String.class).list();
	}

	private AuditEntry entry(ResultSet rs, int row) throws SQLException {
		Array ids = rs.getArray("subject_ids");
		List<Long> subjectIds = ids == null ? List.of() : Arrays.asList((Long[]) ids.getArray());
		long subjectId = rs.getLong("subject_id");
		Long subject = rs.wasNull() ? null : subjectId;
		long owner = rs.getLong("subject_owner_organisation_id");
		OrganisationId ownerId = rs.wasNull() ? null : OrganisationId.of(owner);
		long actorOrganisation = rs.getLong("actor_organisation_id");
		OrganisationId actorOrganisationId = rs.wasNull() ? null : OrganisationId.of(actorOrganisation);
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getString("actor_username"), actorOrganisationId, AuditAction.valueOf(rs.getString("action")),
				rs.getString("subject_type"), subject, subjectIds, ownerId, rs.getString("details"));
	}

	private static String truncate(String details) {
		return details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
	}

}
