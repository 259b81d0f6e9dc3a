package fi.kohtaanto.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fi.kohtaanto.feedback.FeedbackRequest;
import fi.kohtaanto.feedback.RespondentType;
import fi.kohtaanto.feedback.ServiceKind;
import fi.kohtaanto.feedback.SurveyLanguage;
import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The feedback_link_batch and feedback_link tables.
 */
@Repository
class FeedbackLinks {

	private final JdbcClient jdbc;

	FeedbackLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertBatch(OrganisationId organisation, FeedbackRequest request, LocalDate expiresOn, int count,
			UserId createdBy) {
		return jdbc.sql("""
				insert into feedback_link_batch (organisation_id, respondent_type, service_kind, label, language,
				    expires_on, link_count, created_by_user_id)
				values (:organisation, :respondent, :kind, :label, :language, :expiresOn, :count, :user)
				returning id
				""")
			.param("organisation", organisation.value())
			.param("respondent", request.respondent().name())
			.param("kind", request.kind().name())
			.param("label", request.label())
			.param("language", request.language().tag())
			.param("expiresOn", expiresOn)
			.param("count", count)
			.param("user", createdBy.value())
			.query(Long.class)
			.single();
	}

	void insertLink(byte[] tokenHash, long batchId) {
		jdbc.sql("insert into feedback_link (token_hash, batch_id) values (:hash, :batch)")
			.param("hash", tokenHash)
			.param("batch", batchId)
			.update();
	}

	Optional<OpenLink> find(byte[] tokenHash) {
		return jdbc.sql("""
				select b.organisation_id, b.respondent_type, b.service_kind, b.language, b.expires_on
				from feedback_link l join feedback_link_batch b on b.id = l.batch_id
				where l.token_hash = :hash
				""").param("hash", tokenHash).query(FeedbackLinks::openLink).optional();
	}

	/**
	 * Uses the link up if it is still open on the day: deletes its row, so that nothing is left to tie the answer
	 * stored in the same transaction to the link. The row lock makes a second, concurrent answer find nothing.
	 */
	boolean use(byte[] tokenHash, LocalDate today) {
		return jdbc.sql("""
				delete from feedback_link l using feedback_link_batch b
				where l.token_hash = :hash and b.id = l.batch_id and b.expires_on >= :today
				""").param("hash", tokenHash).param("today", today).update() == 1;
	}

	List<LinkBatch> batchesOf(OrganisationId organisation, int limit) {
		return jdbc.sql("""
				select b.*, (select count(*) from feedback_link l where l.batch_id = b.id) as unused
				from feedback_link_batch b
				where b.organisation_id = :organisation
				order by b.created_at desc, b.id desc
				limit :limit
				""")
			.param("organisation", organisation.value())
			.param("limit", limit)
			.query(FeedbackLinks::batch)
			.list();
	}

	private static OpenLink openLink(ResultSet rs, int row) throws SQLException {
		return new OpenLink(OrganisationId.of(rs.getLong("organisation_id")),
				RespondentType.valueOf(rs.getString("respondent_type")),
				ServiceKind.valueOf(rs.getString("service_kind")), language(rs),
				rs.getObject("expires_on", LocalDate.class));
	}

	private static LinkBatch batch(ResultSet rs, int row) throws SQLException {
		return new LinkBatch(rs.getLong("id"), RespondentType.valueOf(rs.getString("respondent_type")),
				ServiceKind.valueOf(rs.getString("service_kind")), rs.getString("label"), language(rs),
				rs.getObject("expires_on", LocalDate.class), rs.getInt("link_count"), rs.getInt("unused"),
				UserId.of(rs.getLong("created_by_user_id")), rs.getTimestamp("created_at").toInstant());
	}

	private static SurveyLanguage language(ResultSet rs) throws SQLException {
		return SurveyLanguage.ofTag(rs.getString("language")).orElseThrow();
	}

}
