package fi.kohtaanto.matching.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.VacancyId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The candidate_card table.
 */
@Repository
class CandidateCards {

	/** A shared card; the token is not stored, only its hash. */
	record Card(long id, ClientId client, EmployerId employer, @Nullable VacancyId vacancy, String createdBy,
			OrganisationId createdByOrganisation, Instant createdAt, Instant expiresAt, @Nullable Instant revokedAt,
			int viewCount, @Nullable Instant lastViewedAt) {

		boolean validAt(Instant now) {
			return revokedAt == null && now.isBefore(expiresAt);
		}

	}

	private final JdbcClient jdbc;

	CandidateCards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(ClientId client, EmployerId employer, @Nullable VacancyId vacancy, String tokenHash, String username,
			OrganisationId organisation, Instant expiresAt) {
		return jdbc.sql("""
				insert into candidate_card (client_id, employer_id, vacancy_id, token_hash, created_by_username,
				    created_by_organisation_id, expires_at)
				values (:client, :employer, :vacancy, :hash, :username, :organisation, :expires)
				returning id
				""")
			.param("client", client.value())
			.param("employer", employer.value())
			.param("vacancy", vacancy == null ? null : vacancy.value())
			.param("hash", tokenHash)
			.param("username", username)
			.param("organisation", organisation.value())
			.param("expires", Timestamp.from(expiresAt))
			.query(Long.class)
			.single();
	}

	List<Card> ofClient(ClientId client) {
		return jdbc.sql("select * from candidate_card where client_id = :client order by created_at desc, id desc")
			.param("client", client.value())
			.query(CandidateCards::card)
			.list();
	}

	Optional<Card> byTokenHash(String hash) {
		return jdbc.sql("select * from candidate_card where token_hash = :hash")
			.param("hash", hash)
			.query(CandidateCards::card)
			.optional();
	}

	boolean revoke(ClientId client, long id) {
		return jdbc.sql("""
				update candidate_card set revoked_at = clock_timestamp()
				where id = :id and client_id = :client and revoked_at is null
				""").param("id", id).param("client", client.value()).update() == 1;
	}

	void viewed(long id) {
		jdbc.sql("update candidate_card set view_count = view_count + 1, last_viewed_at = clock_timestamp() where id = :id")
			.param("id", id)
			.update();
	}

	private static Card card(ResultSet rs, int row) throws SQLException {
		long vacancy = rs.getLong("vacancy_id");
		VacancyId vacancyId = rs.wasNull() ? null : VacancyId.of(vacancy);
		Timestamp revoked = rs.getTimestamp("revoked_at");
		Timestamp viewed = rs.getTimestamp("last_viewed_at");
		return new Card(rs.getLong("id"), ClientId.of(rs.getLong("client_id")), EmployerId.of(rs.getLong("employer_id")),
				vacancyId, rs.getString("created_by_username"),
				OrganisationId.of(rs.getLong("created_by_organisation_id")), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), revoked == null ? null : revoked.toInstant(),
				rs.getInt("view_count"), viewed == null ? null : viewed.toInstant());
	}

}
