package fi.kohtaanto.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.kohtaanto.events.EventData;
import fi.kohtaanto.events.EventStatus;
import fi.kohtaanto.events.EventType;
import fi.kohtaanto.events.EventView;
import fi.kohtaanto.events.LanguageLevel;
import fi.kohtaanto.events.RegistrationStatus;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The event and event_registration tables. Knows nothing of access; the service asks first.
 */
@Repository
class EventStore {

	private static final String EVENT_SELECT = """
			select e.*,
			    (select count(*) from event_registration r where r.event_id = e.id and r.status = 'REGISTERED') as registered,
			    (select count(*) from event_registration r where r.event_id = e.id and r.status = 'WAITLISTED') as waitlisted
			from event e
			""";

	private final JdbcClient jdbc;

	EventStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<EventView> find(long id) {
		return jdbc.sql(EVENT_SELECT + " where e.id = :id").param("id", id).query(EventStore::event).optional();
	}

	/** Locks the event row so that places are handed out one registration at a time. */
	void lock(long id) {
		jdbc.sql("select id from event where id = :id for update").param("id", id).query(Long.class).optional();
	}

	/** Events starting at or after the time (upcoming) or before it (past, latest first). */
	List<EventView> list(Instant now, boolean upcoming, @Nullable EventType type, boolean publishedOnly,
			boolean publicOnly, int limit) {
		return jdbc.sql(EVENT_SELECT + """
				where (case when :upcoming then e.ends_at >= :now else e.ends_at < :now end)
				  and (cast(:type as varchar) is null or e.event_type = :type)
				  and (not :publishedOnly or e.status = 'PUBLISHED')
				  and (not :publicOnly or e.public_registration)
				order by case when :upcoming then e.starts_at end asc, case when not :upcoming then e.starts_at end desc, e.id
				limit :limit
				""")
			.param("upcoming", upcoming)
			.param("now", Timestamp.from(now))
			.param("type", type == null ? null : type.name())
			.param("publishedOnly", publishedOnly)
			.param("publicOnly", publicOnly)
			.param("limit", limit)
			.query(EventStore::event)
			.list();
	}

	long insert(EventData data, EventStatus status, String username) {
		return jdbc.sql("""
				insert into event (event_type, organisation_id, title_fi, title_en, title_sv, description_fi,
				    description_en, description_sv, language_level, location, online_url, starts_at, ends_at, capacity,
				    registration_closes_at, public_registration, status, created_by_username)
				values (:type, :organisation, :titleFi, :titleEn, :titleSv, :descriptionFi, :descriptionEn,
				    :descriptionSv, :level, :location, :onlineUrl, :startsAt, :endsAt, :capacity, :closesAt, :public,
				    :status, :username)
				returning id
				""").params(params(data)).param("status", status.name()).param("username", username).query(Long.class).single();
	}

	boolean update(long id, int version, EventData data) {
		return jdbc.sql("""
				update event set event_type = :type, title_fi = :titleFi, title_en = :titleEn, title_sv = :titleSv,
				    description_fi = :descriptionFi, description_en = :descriptionEn, description_sv = :descriptionSv,
				    language_level = :level, location = :location, online_url = :onlineUrl, starts_at = :startsAt,
				    ends_at = :endsAt, capacity = :capacity, registration_closes_at = :closesAt,
				    public_registration = :public, updated_at = clock_timestamp(), version = version + 1
				where id = :id and version = :version
				""").params(params(data)).param("id", id).param("version", version).update() == 1;
	}

	void setStatus(long id, EventStatus status) {
		jdbc.sql("update event set status = :status, updated_at = clock_timestamp(), version = version + 1 where id = :id")
			.param("status", status.name())
			.param("id", id)
			.update();
	}

	List<RegistrationView> registrations(long eventId) {
		return jdbc.sql("select * from event_registration where event_id = :event order by registered_at, id")
			.param("event", eventId)
			.query(EventStore::registration)
			.list();
	}

	Optional<RegistrationView> registration(long id) {
		return jdbc.sql("select * from event_registration where id = :id")
			.param("id", id)
			.query(EventStore::registration)
			.optional();
	}

	Optional<RegistrationView> registrationByToken(String tokenHash) {
		return jdbc.sql("select * from event_registration where cancel_token_hash = :hash")
			.param("hash", tokenHash)
			.query(EventStore::registration)
			.optional();
	}

	int count(long eventId, RegistrationStatus status) {
		return jdbc.sql("select count(*) from event_registration where event_id = :event and status = :status")
			.param("event", eventId)
			.param("status", status.name())
			.query(Integer.class)
			.single();
	}

	long insertRegistration(long eventId, @Nullable ClientId client, @Nullable OrganisationId organisation,
			String displayName, @Nullable String email, @Nullable String phone, @Nullable String language,
			RegistrationStatus status, String registeredBy, @Nullable String cancelTokenHash) {
		Map<String, Object> params = new HashMap<>();
		params.put("event", eventId);
		params.put("client", client == null ? null : client.value());
		params.put("organisation", organisation == null ? null : organisation.value());
		params.put("name", displayName);
		params.put("email", email);
		params.put("phone", phone);
		params.put("language", language);
		params.put("status", status.name());
		params.put("by", registeredBy);
		params.put("token", cancelTokenHash);
		return jdbc.sql("""
				insert into event_registration (event_id, client_id, registering_organisation_id, display_name, email,
				    phone, preferred_language, status, registered_by, cancel_token_hash)
				values (:event, :client, :organisation, :name, :email, :phone, :language, :status, :by, :token)
				returning id
				""").params(params).query(Long.class).single();
	}

	void setRegistrationStatus(long id, RegistrationStatus status) {
		jdbc.sql("""
				update event_registration set status = :status,
				    cancelled_at = case when :status = 'CANCELLED' then clock_timestamp() else cancelled_at end
				where id = :id
				""").param("status", status.name()).param("id", id).update();
	}

	/** The first registrations on the waiting list, in registration order. */
	List<Long> waitlisted(long eventId, int count) {
		return jdbc.sql("""
				select id from event_registration where event_id = :event and status = 'WAITLISTED'
				order by registered_at, id limit :count
				""").param("event", eventId).param("count", count).query(Long.class).list();
	}

	void setAttended(long id, @Nullable Boolean attended) {
		jdbc.sql("update event_registration set attended = :attended where id = :id")
			.param("attended", attended)
			.param("id", id)
			.update();
	}

	/**
	 * Erases the name and contact details of people who registered themselves to events that ended before the time;
	 * returns how many registrations were anonymised.
	 */
	int anonymiseSelfRegistrationsOfEventsEndedBefore(Instant time) {
		return jdbc.sql("""
				update event_registration r set display_name = '–', email = null, phone = null, cancel_token_hash = null,
				    anonymised = true
				from event e
				where e.id = r.event_id and r.client_id is null and not r.anonymised and e.ends_at < :time
				""").param("time", Timestamp.from(time)).update();
	}

	private static Map<String, Object> params(EventData data) {
		Map<String, Object> params = new HashMap<>();
		params.put("type", data.type().name());
		params.put("organisation", data.organisation().value());
		params.put("titleFi", data.titleFi());
		params.put("titleEn", data.titleEn());
		params.put("titleSv", data.titleSv());
		params.put("descriptionFi", data.descriptionFi());
		params.put("descriptionEn", data.descriptionEn());
		params.put("descriptionSv", data.descriptionSv());
		params.put("level", data.languageLevel() == null ? null : data.languageLevel().name());
		params.put("location", data.location());
		params.put("onlineUrl", data.onlineUrl());
		params.put("startsAt", Timestamp.from(data.startsAt()));
		params.put("endsAt", Timestamp.from(data.endsAt()));
		params.put("capacity", data.capacity());
		params.put("closesAt", data.registrationClosesAt() == null ? null : Timestamp.from(data.registrationClosesAt()));
		params.put("public", data.publicRegistration());
		return params;
	}

	private static EventView event(ResultSet rs, int row) throws SQLException {
		String level = rs.getString("language_level");
		Timestamp closes = rs.getTimestamp("registration_closes_at");
		EventData data = new EventData(EventType.valueOf(rs.getString("event_type")),
				OrganisationId.of(rs.getLong("organisation_id")), rs.getString("title_fi"), rs.getString("title_en"),
				rs.getString("title_sv"), rs.getString("description_fi"), rs.getString("description_en"),
				rs.getString("description_sv"), level == null ? null : LanguageLevel.valueOf(level),
				rs.getString("location"), rs.getString("online_url"), rs.getTimestamp("starts_at").toInstant(),
				rs.getTimestamp("ends_at").toInstant(), rs.getInt("capacity"),
				closes == null ? null : closes.toInstant(), rs.getBoolean("public_registration"));
		return new EventView(rs.getLong("id"), data, EventStatus.valueOf(rs.getString("status")),
				rs.getInt("registered"), rs.getInt("waitlisted"), rs.getString("created_by_username"),
				rs.getInt("version"));
	}

	private static RegistrationView registration(ResultSet rs, int row) throws SQLException {
		long client = rs.getLong("client_id");
		ClientId clientId = rs.wasNull() ? null : ClientId.of(client);
		long organisation = rs.getLong("registering_organisation_id");
		OrganisationId organisationId = rs.wasNull() ? null : OrganisationId.of(organisation);
		boolean attended = rs.getBoolean("attended");
		Boolean attendedValue = rs.wasNull() ? null : attended;
		return new RegistrationView(rs.getLong("id"), rs.getLong("event_id"), clientId, organisationId,
				rs.getString("display_name"), rs.getString("email"), rs.getString("phone"),
				rs.getString("preferred_language"), RegistrationStatus.valueOf(rs.getString("status")), attendedValue,
				rs.getTimestamp("registered_at").toInstant(), rs.getString("registered_by"),
				rs.getBoolean("anonymised"));
	}

}
