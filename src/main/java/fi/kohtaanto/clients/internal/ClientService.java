package fi.kohtaanto.clients.internal;

import fi.kohtaanto.clients.ClientRegistration;
import fi.kohtaanto.clients.Clients;
import fi.kohtaanto.clients.ClientRef;
import fi.kohtaanto.clients.ClientRegistered;
import fi.kohtaanto.clients.ClientUpdated;
import fi.kohtaanto.clients.MatchingProfile;
import fi.kohtaanto.clients.ParticipantFacts;
import fi.kohtaanto.clients.Gender;
import fi.kohtaanto.clients.LabourMarketStatus;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.audit.AuditLog;
import fi.kohtaanto.audit.AuditSubject;
import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.Concept;
import fi.kohtaanto.consent.ConsentPurpose;
import fi.kohtaanto.consent.ConsentView;
import fi.kohtaanto.consent.Consents;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.NotFoundException;
import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client records behind the access policy. Every method takes the user who asks, checks access first, and audits
 * what the user saw or changed in the same transaction. Refusals are audited too, which is why a
 * {@link NotFoundException} does not roll the transaction back.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
class ClientService implements Clients {

	static final int MAX_PROFILE_ENTRIES = 100;

	private final ClientRepository repository;

	private final Consents consents;

	private final AuditLog audit;

	private final Catalogue catalogue;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ClientService(ClientRepository repository, Consents consents, AuditLog audit, Catalogue catalogue,
			JdbcClient jdbc, ApplicationEventPublisher events) {
		this.repository = repository;
		this.consents = consents;
		this.audit = audit;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public ClientRef requireFullAccess(CurrentUser user, ClientId id) {
		return load(user, id, true).ref();
	}

	@Override
	public ClientRef requireRecordAccess(CurrentUser user, ClientId id) {
		return load(user, id, false).ref();
	}

	@Override
	public List<ClientRef> accessible(CurrentUser user, Collection<ClientId> ids) {
		if (ids.isEmpty() || !user.worksWithClients()) {
			return List.of();
		}
		Map<Long, Client> found = new java.util.HashMap<>();
		repository.findAllById(ids.stream().map(ClientId::value).toList())
			.forEach(client -> found.put(client.id().value(), client));
		List<ClientRef> refs = ids.stream()
			.distinct()
			.map(id -> found.get(id.value()))
			.filter(java.util.Objects::nonNull)
			.filter(client -> decide(user, client.id(), client).any())
			.map(Client::ref)
			.toList();
		if (!refs.isEmpty()) {
			audit.recordList(user, AuditSubject.CLIENT, refs.stream().map(ref -> ref.id().value()).toList(),
					"client list");
		}
		return refs;
	}

	@Override
	public List<ClientRef> find(CurrentUser user, String text, int limit) {
		if (text.strip().length() < 2) {
			return List.of();
		}
		List<ClientId> candidates = search(user, new ClientSearch(text, null, null), Pageable.ofSize(limit)).stream()
			.filter(ClientRow::serviceConsent)
			.map(ClientRow::id)
			.toList();
		Map<Long, Client> found = new java.util.HashMap<>();
		repository.findAllById(candidates.stream().map(ClientId::value).toList())
			.forEach(client -> found.put(client.id().value(), client));
		return candidates.stream().map(id -> found.get(id.value()).ref()).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<ParticipantFacts> participantFacts(ClientId id) {
		return jdbc.sql(PARTICIPANT_FACTS + " where id = :id")
			.param("id", id.value())
			.query(ClientService::facts)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachParticipant(java.util.function.Consumer<ParticipantFacts> consumer) {
		try (java.util.stream.Stream<ParticipantFacts> all = jdbc.sql(PARTICIPANT_FACTS + " order by id")
			.query(ClientService::facts)
			.stream()) {
			all.forEach(consumer);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public long count() {
		return repository.count();
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<MatchingProfile> matchingProfile(ClientId id) {
		return matchingProfiles(java.util.List.of(id.value())).stream().findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public List<MatchingProfile> matchingProfiles() {
		return matchingProfiles(null);
	}

	/** The profiles of the given clients, or of all with {@literal null}: four queries, whatever the number. */
	private List<MatchingProfile> matchingProfiles(@Nullable List<Long> ids) {
		String where = ids == null ? "" : " where client_id = any(:ids)";
		Long[] idArray = ids == null ? new Long[0] : ids.toArray(Long[]::new);
		Map<Long, List<String>> occupations = new java.util.HashMap<>();
		Map<Long, List<String>> skills = new java.util.HashMap<>();
		Map<Long, List<MatchingProfile.Language>> languages = new java.util.HashMap<>();
		jdbc.sql("select client_id, concept_uri from client_occupation" + where + " order by client_id, position")
			.param("ids", idArray)
			.query(rs -> {
				occupations.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>()).add(rs.getString(2));
			});
		jdbc.sql("select client_id, concept_uri from client_skill" + where + " order by client_id, position")
			.param("ids", idArray)
			.query(rs -> {
				skills.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>()).add(rs.getString(2));
			});
		jdbc.sql("select client_id, language_code, level from client_language" + where + " order by client_id, position")
			.param("ids", idArray)
			.query(rs -> {
				languages.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>())
					.add(new MatchingProfile.Language(rs.getString(2),
							fi.kohtaanto.catalogue.CefrLevel.valueOf(rs.getString(3))));
			});
		return jdbc.sql("""
				select id, owner_organisation_id, municipality_code, available_from, willing_to_relocate from client
				""" + (ids == null ? "" : " where id = any(:ids)") + " order by id")
			.param("ids", idArray)
			.query((rs, row) -> {
				long id = rs.getLong("id");
				return new MatchingProfile(ClientId.of(id), OrganisationId.of(rs.getLong("owner_organisation_id")),
						occupations.getOrDefault(id, List.of()), skills.getOrDefault(id, List.of()),
						languages.getOrDefault(id, List.of()), rs.getString("municipality_code"),
						rs.getObject("available_from", java.time.LocalDate.class),
						rs.getBoolean("willing_to_relocate"));
			})
			.list();
	}

	private static final String PARTICIPANT_FACTS = """
			select id, owner_organisation_id, entry_date, birth_year, gender, labour_market_status, isced_level,
			    citizenship, foreign_background, municipality_code
			from client""";

	private static ParticipantFacts facts(ResultSet rs, int row) throws SQLException {
		return new ParticipantFacts(ClientId.of(rs.getLong("id")), OrganisationId.of(rs.getLong("owner_organisation_id")),
				rs.getObject("entry_date", java.time.LocalDate.class), rs.getInt("birth_year"),
				Gender.valueOf(rs.getString("gender")), LabourMarketStatus.valueOf(rs.getString("labour_market_status")),
				fi.kohtaanto.catalogue.IscedLevel.valueOf(rs.getString("isced_level")), rs.getString("citizenship"),
				rs.getBoolean("foreign_background"), rs.getString("municipality_code"));
	}

	@Override
	public ClientId register(CurrentUser user, ClientRegistration registration) {
		ClientData data = new ClientData(registration.firstName(), registration.lastName(), registration.email(),
				registration.phone(), registration.birthYear(), registration.gender(),
				registration.labourMarketStatus(), registration.iscedLevel(), registration.citizenship(),
				registration.foreignBackground(), registration.municipalityCode(), registration.entryDate(),
				registration.serviceNeeds(), registration.languages()
					.stream()
					.map(language -> new LanguageSkill(language.code(), language.level()))
					.toList(),
				null, false);
		ClientId id = register(user, data, new IntakeConsents(registration.consentDate(), registration.shareWith(),
				registration.employerVisible(), registration.researchStatistics()));
		Client client = repository.findById(id.value()).orElseThrow();
		Map<String, Concept> concepts = catalogue
			.concepts(java.util.stream.Stream.concat(registration.occupationUris().stream(),
					registration.skillUris().stream()).toList());
		for (String uri : registration.occupationUris()) {
			addEntry(client.occupations(), known(concepts, uri), null);
		}
		for (String uri : registration.skillUris()) {
			addEntry(client.skills(), known(concepts, uri), null);
		}
		if (!registration.occupationUris().isEmpty() || !registration.skillUris().isEmpty()) {
			repository.flush();
			events.publishEvent(new ClientUpdated(id));
		}
		return id;
	}

	private static Concept known(Map<String, Concept> concepts, String uri) {
		Concept concept = concepts.get(uri);
		if (concept == null) {
			throw new IllegalArgumentException("Unknown concept " + uri);
		}
		return concept;
	}

	ClientId register(CurrentUser user, ClientData data, IntakeConsents intake) {
		if (!user.worksWithClients()) {
			throw new NotFoundException();
		}
		Client client = new Client(user.organisation(), user.id());
		client.update(data);
		client = repository.saveAndFlush(client);
		ClientId id = client.id();
		audit.record(user, AuditAction.CREATE, subject(client), "intake");
		consents.give(user, id, client.owner(), ConsentPurpose.SERVICE, null, intake.givenOn());
		for (OrganisationId organisation : new HashSet<>(intake.shareWith())) {
			if (!organisation.equals(user.organisation())) {
				consents.give(user, id, client.owner(), ConsentPurpose.SHARE_WITH_ORGANISATION, organisation,
						intake.givenOn());
			}
		}
		if (intake.employerVisible()) {
			consents.give(user, id, client.owner(), ConsentPurpose.EMPLOYER_VISIBLE, null, intake.givenOn());
		}
		if (intake.researchStatistics()) {
			consents.give(user, id, client.owner(), ConsentPurpose.RESEARCH_STATISTICS, null, intake.givenOn());
		}
		events.publishEvent(new ClientRegistered(id, client.owner()));
		return id;
	}

	ClientDetails view(CurrentUser user, ClientId id) {
		Client client = repository.findById(id.value()).orElse(null);
		ClientAccessPolicy.Decision decision = decide(user, id, client);
		if (client == null || !decision.any()) {
			throw denied(user, id, client);
		}
		audit.record(user, AuditAction.VIEW, subject(client), decision.full() ? "record" : "restricted record");
		List<ConsentView> consentHistory = consents.history(id);
		if (!decision.full()) {
			ClientData data = client.data();
			ClientData minimal = new ClientData(data.firstName(), data.lastName(), null, null, 0, Gender.NOT_TOLD,
					LabourMarketStatus.UNEMPLOYED, fi.kohtaanto.catalogue.IscedLevel.ISCED_0, "", false, "",
					data.entryDate(), null, List.of(), null, false);
			return new ClientDetails(id, client.owner(), null, minimal, client.version(), List.of(), List.of(),
					List.of(), consentHistory, decision.level(), client.createdAt(), client.updatedAt());
		}
		Map<String, Concept> concepts = catalogue.concepts(uris(client));
		return new ClientDetails(id, client.owner(), client.responsible(), client.data(), client.version(),
				items(client.occupations(), concepts), items(client.skills(), concepts),
				List.copyOf(client.education()), consentHistory, decision.level(), client.createdAt(),
				client.updatedAt());
	}

	/** The data for the edit form; opening the form counts as a view. */
	ClientDetails edit(CurrentUser user, ClientId id) {
		ClientDetails details = view(user, id);
		if (!details.full()) {
			throw new NotFoundException();
		}
		return details;
	}

	void update(CurrentUser user, ClientId id, ClientData data, int expectedVersion, @Nullable UserId responsible) {
		Client client = load(user, id, true);
		if (client.version() != expectedVersion) {
			throw new StaleClientException();
		}
		List<String> changed = new ArrayList<>(client.update(data));
		if (!java.util.Objects.equals(client.responsible(), responsible)) {
			client.setResponsible(responsible);
			changed.add("responsible");
			client.touch();
		}
		if (!changed.isEmpty()) {
			repository.flush();
			audit.record(user, AuditAction.UPDATE, subject(client), "fields: " + String.join(", ", changed));
			events.publishEvent(new ClientUpdated(id));
		}
	}

	Page<ClientRow> search(CurrentUser user, ClientSearch search, Pageable pageable) {
		if (!user.worksWithClients()) {
			return Page.empty(pageable);
		}
		Long[] shared = consents.clientsSharedWith(user.organisation())
			.stream()
			.map(ClientId::value)
			.toArray(Long[]::new);
		StringBuilder where = new StringBuilder(" where (owner_organisation_id = :organisation or id = any(:shared))");
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("organisation", user.organisation().value());
		params.put("shared", shared);
		String pattern = search.namePattern();
		if (pattern != null) {
			where.append(" and lower(first_name || ' ' || last_name) like :pattern");
			params.put("pattern", pattern);
		}
		if (search.status() != null) {
			where.append(" and labour_market_status = :status");
			params.put("status", search.status().name());
		}
		if (search.municipalityCode() != null && !search.municipalityCode().isBlank()) {
			where.append(" and municipality_code = :municipality");
			params.put("municipality", search.municipalityCode());
		}
		long total = jdbc.sql("select count(*) from client" + where).params(params).query(Long.class).single();
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		List<ClientRow> rows = jdbc.sql("select id, first_name, last_name, birth_year, municipality_code, "
				+ "labour_market_status, owner_organisation_id, updated_at from client" + where
				+ " order by last_name, first_name, id limit :limit offset :offset")
			.params(params)
			.query((rs, rowNum) -> row(rs, user.organisation()))
			.list();
		Set<ClientId> withService = consents.withConsent(
				rows.stream().map(ClientRow::id).collect(java.util.stream.Collectors.toSet()), ConsentPurpose.SERVICE);
		rows = rows.stream()
			.map(row -> new ClientRow(row.id(), row.firstName(), row.lastName(), row.birthYear(),
					row.municipalityCode(), row.status(), row.owner(), row.shared(), withService.contains(row.id()),
					row.updatedAt()))
			.toList();
		if (!rows.isEmpty()) {
			audit.recordList(user, AuditSubject.CLIENT, rows.stream().map(row -> row.id().value()).toList(),
					"client list");
		}
		return new PageImpl<>(rows, pageable, total);
	}

	void addOccupation(CurrentUser user, ClientId id, Concept concept, @Nullable BigDecimal years) {
		Client client = load(user, id, true);
		addEntry(client.occupations(), concept, years);
		changed(user, client, "occupations");
	}

	void addSkill(CurrentUser user, ClientId id, Concept concept, @Nullable BigDecimal years) {
		Client client = load(user, id, true);
		addEntry(client.skills(), concept, years);
		changed(user, client, "skills");
	}

	void removeOccupation(CurrentUser user, ClientId id, String conceptUri) {
		Client client = load(user, id, true);
		if (client.occupations().removeIf(entry -> entry.conceptUri().equals(conceptUri))) {
			changed(user, client, "occupations");
		}
	}

	void removeSkill(CurrentUser user, ClientId id, String conceptUri) {
		Client client = load(user, id, true);
		if (client.skills().removeIf(entry -> entry.conceptUri().equals(conceptUri))) {
			changed(user, client, "skills");
		}
	}

	void addEducation(CurrentUser user, ClientId id, Education education) {
		Client client = load(user, id, true);
		if (client.education().size() >= MAX_PROFILE_ENTRIES) {
			throw new IllegalStateException("Too many education entries");
		}
		client.education().add(education);
		changed(user, client, "education");
	}

	void removeEducation(CurrentUser user, ClientId id, int index) {
		Client client = load(user, id, true);
		if (index >= 0 && index < client.education().size()) {
			client.education().remove(index);
			changed(user, client, "education");
		}
	}

	/** Records a consent; only the organisation that registered the client records new consents. */
	void giveConsent(CurrentUser user, ClientId id, ConsentPurpose purpose, @Nullable OrganisationId organisation,
			java.time.LocalDate givenOn) {
		Client client = load(user, id, false);
		if (!client.owner().equals(user.organisation())) {
			throw denied(user, id, client);
		}
		if (organisation != null && organisation.equals(client.owner())) {
			throw new IllegalArgumentException("A record is not shared with its own organisation");
		}
		consents.give(user, id, client.owner(), purpose, organisation, givenOn);
	}

	/** Withdraws a consent; anyone who may see the client records a withdrawal the client tells them. */
	void withdrawConsent(CurrentUser user, ClientId id, long consentId) {
		Client client = load(user, id, false);
		consents.withdraw(user, id, client.owner(), consentId).orElseThrow(NotFoundException::new);
	}

	private Client load(CurrentUser user, ClientId id, boolean fullAccessRequired) {
		Client client = repository.findById(id.value()).orElse(null);
		ClientAccessPolicy.Decision decision = decide(user, id, client);
		if (client == null || (fullAccessRequired ? !decision.full() : !decision.any())) {
			throw denied(user, id, client);
		}
		return client;
	}

	private ClientAccessPolicy.Decision decide(CurrentUser user, ClientId id, @Nullable Client client) {
		if (client == null) {
			return new ClientAccessPolicy.Decision(ClientAccessPolicy.Level.NONE, "no such client");
		}
		boolean own = client.owner().equals(user.organisation());
		return ClientAccessPolicy.decide(user, client.owner(), consents.has(id, ConsentPurpose.SERVICE),
				!own && consents.sharedWith(id, user.organisation()));
	}

	private NotFoundException denied(CurrentUser user, ClientId id, @Nullable Client client) {
		audit.record(user, AuditAction.ACCESS_DENIED,
				AuditSubject.client(id, client == null ? null : client.owner()),
				client == null ? "no such client" : "no access");
		return new NotFoundException();
	}

	private void changed(CurrentUser user, Client client, String field) {
		client.touch();
		repository.flush();
		audit.record(user, AuditAction.UPDATE, subject(client), "fields: " + field);
		events.publishEvent(new ClientUpdated(client.id()));
	}

	private static void addEntry(List<ProfileEntry> entries, Concept concept, @Nullable BigDecimal years) {
		entries.removeIf(entry -> entry.conceptUri().equals(concept.uri()));
		if (entries.size() >= MAX_PROFILE_ENTRIES) {
			throw new IllegalStateException("Too many profile entries");
		}
		entries.add(new ProfileEntry(concept.uri(), years));
	}

	private static AuditSubject subject(Client client) {
		return AuditSubject.client(client.id(), client.owner());
	}

	private static Collection<String> uris(Client client) {
		List<String> uris = new ArrayList<>();
		client.occupations().forEach(entry -> uris.add(entry.conceptUri()));
		client.skills().forEach(entry -> uris.add(entry.conceptUri()));
		return uris;
	}

	private static List<ClientDetails.ProfileItem> items(List<ProfileEntry> entries, Map<String, Concept> concepts) {
		return IntStream.range(0, entries.size())
			.mapToObj(i -> new ClientDetails.ProfileItem(i, entries.get(i), concepts.get(entries.get(i).conceptUri())))
			.toList();
	}

	private static ClientRow row(ResultSet rs, OrganisationId organisation) throws SQLException {
		OrganisationId owner = OrganisationId.of(rs.getLong("owner_organisation_id"));
		return new ClientRow(ClientId.of(rs.getLong("id")), rs.getString("first_name"), rs.getString("last_name"),
				rs.getInt("birth_year"), rs.getString("municipality_code"),
				LabourMarketStatus.valueOf(rs.getString("labour_market_status")), owner, !owner.equals(organisation),
				false, rs.getTimestamp("updated_at").toInstant());
	}

}
