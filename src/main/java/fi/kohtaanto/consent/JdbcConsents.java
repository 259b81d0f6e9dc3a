package fi.kohtaanto.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.audit.AuditLog;
import fi.kohtaanto.audit.AuditSubject;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcConsents implements Consents {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	JdbcConsents(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	@Override
	@Transactional
	public ConsentView give(CurrentUser actor, ClientId client, OrganisationId owner, ConsentPurpose purpose,
			@Nullable OrganisationId organisation, LocalDate givenOn) {
		if (purpose.needsOrganisation() != (organisation != null)) {
			throw new IllegalArgumentException("Organisation must be given exactly for sharing consents");
		}
		long id;
		try {
			id = jdbc.sql("""
					insert into consent (client_id, purpose, organisation_id, given_on, recorded_by_user_id,
					    recorded_by_username)
					values (:client, :purpose, :organisation, :givenOn, :user, :username)
					returning id
					""")
				.param("client", client.value())
				.param("purpose", purpose.name())
				.param("organisation", organisation == null ? null : organisation.value())
				.param("givenOn", givenOn)
				.param("user", actor.id().value())
				.param("username", actor.username())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateConsentException();
		}
		audit.record(actor, AuditAction.CONSENT_GIVEN, AuditSubject.client(client, owner), describe(purpose,
				organisation));
		events.publishEvent(new ConsentGiven(client, purpose, organisation));
		return find(id).orElseThrow();
	}

	@Override
	@Transactional
	public Optional<ConsentView> withdraw(CurrentUser actor, ClientId client, OrganisationId owner, long consentId) {
		Optional<ConsentView> consent = find(consentId).filter(found -> found.client().equals(client));
		if (consent.isEmpty() || !consent.get().active()) {
			return consent;
		}
		jdbc.sql("""
				update consent set withdrawn_at = clock_timestamp(), withdrawn_by_user_id = :user,
				    withdrawn_by_username = :username
				where id = :id and withdrawn_at is null
				""")
			.param("user", actor.id().value())
			.param("username", actor.username())
			.param("id", consentId)
			.update();
		ConsentView withdrawn = consent.get();
		audit.record(actor, AuditAction.CONSENT_WITHDRAWN, AuditSubject.client(client, owner),
				describe(withdrawn.purpose(), withdrawn.organisation()));
		events.publishEvent(new ConsentWithdrawn(client, withdrawn.purpose(), withdrawn.organisation()));
		return find(consentId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConsentView> history(ClientId client) {
		return jdbc.sql("select * from consent where client_id = :client order by recorded_at desc, id desc")
			.param("client", client.value())
			.query(this::view)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean has(ClientId client, ConsentPurpose purpose) {
		return jdbc.sql("""
				select exists (select 1 from consent
				    where client_id = :client and purpose = :purpose and withdrawn_at is null)
				""")
			.param("client", client.value())
			.param("purpose", purpose.name())
			.query(Boolean.class)
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean sharedWith(ClientId client, OrganisationId organisation) {
		return jdbc.sql("""
				select exists (select 1 from consent
				    where client_id = :client and purpose = 'SHARE_WITH_ORGANISATION'
				      and organisation_id = :organisation and withdrawn_at is null)
				""")
			.param("client", client.value())
			.param("organisation", organisation.value())
			.query(Boolean.class)
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public Set<ClientId> clientsSharedWith(OrganisationId organisation) {
		return new HashSet<>(jdbc.sql("""
				select share.client_id from consent share
				where share.purpose = 'SHARE_WITH_ORGANISATION' and share.organisation_id = :organisation
				  and share.withdrawn_at is null
				  and exists (select 1 from consent service where service.client_id = share.client_id
				      and service.purpose = 'SERVICE' and service.withdrawn_at is null)
				""").param("organisation", organisation.value()).query((rs, row) -> ClientId.of(rs.getLong(1))).list());
	}

	@Override
	@Transactional(readOnly = true)
	public Set<ClientId> withConsent(Set<ClientId> clients, ConsentPurpose purpose) {
		if (clients.isEmpty()) {
			return Set.of();
		}
		Long[] ids = clients.stream().map(ClientId::value).toArray(Long[]::new);
		return new HashSet<>(jdbc.sql("""
				select distinct client_id from consent
				where client_id = any(:ids) and purpose = :purpose and withdrawn_at is null
				""")
			.param("ids", ids)
			.param("purpose", purpose.name())
			.query((rs, row) -> ClientId.of(rs.getLong(1)))
			.list());
	}

	private Optional<ConsentView> find(long id) {
		return jdbc.sql("select * from consent where id = :id").param("id", id).query(this::view).optional();
	}

	private ConsentView view(ResultSet rs, int row) throws SQLException {
		long organisation = rs.getLong("organisation_id");
		OrganisationId organisationId = rs.wasNull() ? null : OrganisationId.of(organisation);
		Timestamp withdrawnAt = rs.getTimestamp("withdrawn_at");
		return new ConsentView(rs.getLong("id"), ClientId.of(rs.getLong("client_id")),
				ConsentPurpose.valueOf(rs.getString("purpose")), organisationId,
				rs.getObject("given_on", LocalDate.class), rs.getString("recorded_by_username"),
				rs.getTimestamp("recorded_at").toInstant(), withdrawnAt == null ? null : withdrawnAt.toInstant(),
				rs.getString("withdrawn_by_username"));
	}

	private static String describe(ConsentPurpose purpose, @Nullable OrganisationId organisation) {
		return organisation == null ? purpose.name() : purpose.name() + " organisation=" + organisation;
	}

}
