package fi.kohtaanto.vacancies.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.accounts.Role;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.shared.SecretTokens;
import fi.kohtaanto.shared.NotFoundException;
import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.UserId;
import fi.kohtaanto.shared.VacancyId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-service links: an advisor gives an employer a link under {@code /public/ads/} through which the employer
 * composes one vacancy's job ad without an account. The token is 256 random bits; only its SHA-256 hash is stored,
 * so the link is shown once, when it is made. A link works until it expires or is revoked, and only while the
 * vacancy is advertised and not ended: a hidden vacancy never appears on a public page.
 */
@Service
@Transactional
class AdLinkService {

	static final int MAX_DAYS = 90;

	/** Links carry 256 random bits (43 URL-safe characters). */
	static final int TOKEN_BYTES = 32;


	private final JdbcClient jdbc;

	private final VacancyService vacancies;

	private final VacancyGuard guard;

	AdLinkService(JdbcClient jdbc, VacancyService vacancies, VacancyGuard guard) {
		this.jdbc = jdbc;
		this.vacancies = vacancies;
		this.guard = guard;
	}

	record AdLink(long id, VacancyId vacancy, OrganisationId organisation, UserId createdBy, String createdByUsername,
			Instant createdAt, Instant expiresAt, @Nullable Instant revokedAt, @Nullable String revokedBy) {

		public boolean active(Instant now) {
			return revokedAt == null && now.isBefore(expiresAt);
		}

		/**
		 * The actor the audit log records for changes made through the link: the link itself (its username names
		 * it), answerable to the organisation and the user who made it.
		 */
		CurrentUser actor() {
			return new CurrentUser(createdBy, "self-service-link-" + id, "Self-service link " + id, organisation,
					Role.ADVISOR);
		}

	}

	/** A link that works, with its vacancy. */
	record Resolved(AdLink link, VacancyRecord vacancy) {

		JobAdService.Editor editor() {
			return new JobAdService.Editor(link.actor(), link.id());
		}

	}

	/** Thrown when a link is asked for a vacancy that is hidden or ended. */
	static class NotLinkableException extends RuntimeException {

		NotLinkableException() {
			super("Hidden or ended vacancies get no self-service link");
		}

	}

	/**
	 * Makes a link valid for the given number of days and returns its token; the caller shows it once.
	 * @throws NotLinkableException if the vacancy is hidden or has ended
	 */
	String create(CurrentUser user, VacancyId id, int days) {
		VacancyRecord vacancy = vacancies.get(user, id);
		if (!linkable(vacancy)) {
			throw new NotLinkableException();
		}
		String token = SecretTokens.next(TOKEN_BYTES);
		long linkId = jdbc.sql("""
				insert into job_ad_link (vacancy_id, token_hash, organisation_id, created_by_user_id,
				    created_by_username, expires_at)
				values (:vacancy, :hash, :organisation, :user, :username, :expires) returning id""")
			.param("vacancy", id.value())
			.param("hash", hash(token))
			.param("organisation", user.organisation().value())
			.param("user", user.id().value())
			.param("username", user.username())
			.param("expires", Timestamp.from(Instant.now().plus(Duration.ofDays(Math.max(1, Math.min(days, MAX_DAYS))))))
			.query(Long.class)
			.single();
		guard.audit(user, AuditAction.CREATE, id, vacancy.createdBy(), "self-service link " + linkId);
		return token;
	}

	@Transactional(readOnly = true)
	List<AdLink> list(CurrentUser user, VacancyId id) {
		vacancies.get(user, id);
		return jdbc.sql("select * from job_ad_link where vacancy_id = :id order by created_at desc, id desc")
			.param("id", id.value())
			.query(AdLinkService::link)
			.list();
	}

	void revoke(CurrentUser user, VacancyId id, long linkId) {
		VacancyRecord vacancy = vacancies.get(user, id);
		int revoked = jdbc.sql("""
				update job_ad_link set revoked_at = now(), revoked_by_username = :username
				where id = :link and vacancy_id = :vacancy and revoked_at is null""")
			.param("username", user.username())
			.param("link", linkId)
			.param("vacancy", id.value())
			.update();
		if (revoked == 0) {
			throw new NotFoundException();
		}
		guard.audit(user, AuditAction.UPDATE, id, vacancy.createdBy(), "self-service link " + linkId + " revoked");
	}

	/** The link the token opens, if it works now. Anything else (malformed, unknown, expired, revoked) is empty. */
	@Transactional(readOnly = true)
	Optional<Resolved> resolve(String token) {
		if (!SecretTokens.wellFormed(token, TOKEN_BYTES)) {
			return Optional.empty();
		}
		Instant now = Instant.now();
		return jdbc.sql("select * from job_ad_link where token_hash = :hash")
			.param("hash", hash(token))
			.query(AdLinkService::link)
			.optional()
			.filter(link -> link.active(now))
			.flatMap(link -> vacancies.load(link.vacancy()).filter(AdLinkService::linkable)
				.map(vacancy -> new Resolved(link, vacancy)));
	}

	static boolean linkable(VacancyRecord vacancy) {
		return !vacancy.data().hidden() && !vacancy.data().status().ended();
	}

	static String hash(String token) {
		return SecretTokens.hashHex(token);
	}

	private static AdLink link(ResultSet rs, int row) throws SQLException {
		Timestamp revokedAt = rs.getTimestamp("revoked_at");
		return new AdLink(rs.getLong("id"), VacancyId.of(rs.getLong("vacancy_id")),
				OrganisationId.of(rs.getLong("organisation_id")), UserId.of(rs.getLong("created_by_user_id")),
				rs.getString("created_by_username"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), revokedAt == null ? null : revokedAt.toInstant(),
				rs.getString("revoked_by_username"));
	}

}
