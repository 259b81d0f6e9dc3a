package fi.kohtaanto.vacancies.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.CefrLevel;
import fi.kohtaanto.catalogue.Concept;
import fi.kohtaanto.catalogue.ConceptType;
import fi.kohtaanto.catalogue.Languages;
import fi.kohtaanto.employers.Employers;
import fi.kohtaanto.shared.ChangedFields;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.NotFoundException;
import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.VacancyId;
import fi.kohtaanto.vacancies.AdDraft;
import fi.kohtaanto.vacancies.LanguageRequirement;
import fi.kohtaanto.vacancies.Vacancies;
import fi.kohtaanto.vacancies.VacancyChanged;
import fi.kohtaanto.vacancies.VacancyClosed;
import fi.kohtaanto.vacancies.VacancyData;
import fi.kohtaanto.vacancies.VacancyKind;
import fi.kohtaanto.vacancies.VacancyPublished;
import fi.kohtaanto.vacancies.VacancyStatus;
import fi.kohtaanto.vacancies.VacancyView;
import fi.kohtaanto.vacancies.WorkingTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vacancies: creating and changing them with their skills and languages, finding them for the pages and for other
 * modules. Changes are audited and publish their events in the same transaction.
 */
@Service
@Transactional
class VacancyService implements Vacancies {

	static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	private static final String COLUMNS = "id, employer_id, title, kind, hidden, status, occupation_uri, "
			+ "municipality_code, places, working_time, start_date, apply_by, end_date, application_contact, notes, "
			+ "published_on, created_at, updated_at, created_by_organisation_id, version";

	private final JdbcClient jdbc;

	private final VacancyGuard guard;

	private final Catalogue catalogue;

	private final Employers employers;

	private final JobAdService ads;

	private final ApplicationEventPublisher events;

	VacancyService(JdbcClient jdbc, VacancyGuard guard, Catalogue catalogue, Employers employers,
			@Lazy JobAdService ads, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.guard = guard;
		this.catalogue = catalogue;
		this.employers = employers;
		this.ads = ads;
		this.events = events;
	}

	// For other modules.

	@Override
	@Transactional(readOnly = true)
	public Optional<VacancyView> find(VacancyId id) {
		return load(id).map(VacancyRecord::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<VacancyView> open() {
		return loadAll("status = 'OPEN' order by id", Map.of()).stream().map(VacancyRecord::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<VacancyView> ofEmployer(EmployerId employer) {
		return loadAll("employer_id = :employer order by created_at desc, id desc",
				Map.of("employer", employer.value()))
			.stream()
			.map(VacancyRecord::view)
			.toList();
	}

	@Override
	public VacancyId create(CurrentUser user, VacancyData data) {
		VacancyGuard.requireStaff(user);
		VacancyData valid = valid(data);
		LocalDate today = LocalDate.now(HELSINKI);
		Map<String, Object> params = columns(valid);
		params.put("publishedOn", valid.status() == VacancyStatus.OPEN ? today : null);
		params.put("organisation", user.organisation().value());
		params.put("user", user.id().value());
		long id = jdbc.sql("""
				insert into vacancy (employer_id, title, kind, hidden, status, occupation_uri, municipality_code,
				    places, working_time, start_date, apply_by, end_date, application_contact, notes, published_on,
				    created_by_organisation_id, created_by_user_id)
				values (:employer, :title, :kind, :hidden, :status, :occupation, :municipality, :places,
				    :workingTime, :startDate, :applyBy, :endDate, :contact, :notes, :publishedOn, :organisation, :user)
				returning id""").params(params).query(Long.class).single();
		VacancyId vacancy = VacancyId.of(id);
		writeChildren(vacancy, valid);
		guard.audit(user, AuditAction.CREATE, vacancy, user.organisation(), "vacancy");
		if (valid.status() == VacancyStatus.OPEN) {
			events.publishEvent(new VacancyPublished(vacancy));
		}
		return vacancy;
	}

	@Override
	public void composeAd(CurrentUser user, VacancyId vacancy, AdDraft draft) {
		ads.compose(user, vacancy, draft);
	}

	// For the pages.

	/**
	 * The vacancy for a staff member.
	 * @throws NotFoundException if there is no such vacancy or the user does not work with vacancies
	 */
	@Transactional(readOnly = true)
	VacancyRecord get(CurrentUser user, VacancyId id) {
		VacancyGuard.requireStaff(user);
		return load(id).orElseThrow(NotFoundException::new);
	}

	/**
	 * Changes the vacancy if nobody else has saved it since the form was opened. Publishes
	 * {@link VacancyPublished} when it opens, {@link VacancyClosed} when it ends and {@link VacancyChanged} when
	 * anything else changes; audits the names of the fields that changed.
	 * @throws StaleVacancyException if the version does not match
	 */
	void update(CurrentUser user, VacancyId id, VacancyData data, int expectedVersion) {
		VacancyRecord current = get(user, id);
		if (current.version() != expectedVersion) {
			throw new StaleVacancyException();
		}
		VacancyData valid = valid(data);
		List<String> changed = ChangedFields.between(current.data(), valid);
		if (changed.isEmpty()) {
			return;
		}
		VacancyStatus before = current.data().status();
		VacancyStatus after = valid.status();
		Map<String, Object> params = columns(valid);
		params.put("id", id.value());
		params.put("version", expectedVersion);
		params.put("publishedOn", current.publishedOn() == null && after == VacancyStatus.OPEN
				? LocalDate.now(HELSINKI) : current.publishedOn());
		int updated = jdbc.sql("""
				update vacancy set employer_id = :employer, title = :title, kind = :kind, hidden = :hidden,
				    status = :status, occupation_uri = :occupation, municipality_code = :municipality,
				    places = :places, working_time = :workingTime, start_date = :startDate, apply_by = :applyBy,
				    end_date = :endDate, application_contact = :contact, notes = :notes,
				    published_on = :publishedOn, version = version + 1, updated_at = now()
				where id = :id and version = :version""").params(params).update();
		if (updated == 0) {
			throw new StaleVacancyException();
		}
		if (changed.contains("requiredSkillUris") || changed.contains("niceToHaveSkillUris")
				|| changed.contains("languages")) {
			jdbc.sql("delete from vacancy_skill where vacancy_id = :id").param("id", id.value()).update();
			jdbc.sql("delete from vacancy_language where vacancy_id = :id").param("id", id.value()).update();
			writeChildren(id, valid);
		}
		guard.audit(user, AuditAction.UPDATE, id, current.createdBy(), "fields: " + String.join(", ", changed));
		if (before != after && after == VacancyStatus.OPEN) {
			events.publishEvent(new VacancyPublished(id));
		}
		if (!before.ended() && after.ended()) {
			events.publishEvent(new VacancyClosed(id));
		}
		if (changed.stream().anyMatch(field -> !field.equals("status"))) {
			events.publishEvent(new VacancyChanged(id));
		}
	}

	@Transactional(readOnly = true)
	Page<VacancyRecord> search(CurrentUser user, VacancySearch search, Pageable pageable) {
		VacancyGuard.requireStaff(user);
		Map<String, Object> params = new HashMap<>();
		String where = search.where(params);
		long total = jdbc.sql("select count(*) from vacancy where " + where).params(params).query(Long.class).single();
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		List<VacancyRecord> rows = loadAll(where + " order by created_at desc, id desc limit :limit offset :offset",
				params);
		return new PageImpl<>(rows, pageable, total);
	}

	/** Open, openly advertised vacancies whose application time has not ended: the public job list. */
	@Transactional(readOnly = true)
	List<VacancyRecord> publicList() {
		return loadAll("status = 'OPEN' and not hidden and (apply_by is null or apply_by >= :today) "
				+ "order by apply_by nulls last, id desc", Map.of("today", LocalDate.now(HELSINKI)));
	}

	/** A vacancy that public pages may show; hidden, unpublished and ended ones do not exist there. */
	@Transactional(readOnly = true)
	Optional<VacancyRecord> publicVacancy(VacancyId id) {
		return load(id).filter(VacancyRecord::publiclyVisible);
	}

	@Transactional(readOnly = true)
	Optional<VacancyRecord> load(VacancyId id) {
		return loadAll("id = :id", Map.of("id", id.value())).stream().findFirst();
	}

	private List<VacancyRecord> loadAll(String condition, Map<String, Object> params) {
		List<VacancyRecord> heads = new ArrayList<>();
		Map<Long, ResultRow> rows = new LinkedHashMap<>();
		jdbc.sql("select " + COLUMNS + " from vacancy where " + condition)
			.params(params)
			.query((rs, rowNum) -> rows.put(rs.getLong("id"), ResultRow.of(rs)))
			.list();
		if (rows.isEmpty()) {
			return heads;
		}
		Long[] ids = rows.keySet().toArray(Long[]::new);
		Map<Long, List<String>> required = new HashMap<>();
		Map<Long, List<String>> niceToHave = new HashMap<>();
		jdbc.sql("select vacancy_id, concept_uri, required from vacancy_skill where vacancy_id = any(:ids) "
				+ "order by vacancy_id, position")
			.param("ids", ids)
			.query((rs, rowNum) -> (rs.getBoolean("required") ? required : niceToHave)
				.computeIfAbsent(rs.getLong("vacancy_id"), key -> new ArrayList<>())
				.add(rs.getString("concept_uri")))
			.list();
		Map<Long, List<LanguageRequirement>> languages = new HashMap<>();
		jdbc.sql("select vacancy_id, language_code, minimum from vacancy_language where vacancy_id = any(:ids) "
				+ "order by vacancy_id, position")
			.param("ids", ids)
			.query((rs, rowNum) -> languages.computeIfAbsent(rs.getLong("vacancy_id"), key -> new ArrayList<>())
				.add(new LanguageRequirement(rs.getString("language_code"), CefrLevel.valueOf(rs.getString("minimum")))))
			.list();
		for (ResultRow row : rows.values()) {
			heads.add(row.record(required.getOrDefault(row.id(), List.of()),
					niceToHave.getOrDefault(row.id(), List.of()), languages.getOrDefault(row.id(), List.of())));
		}
		return heads;
	}

	/** The columns of one vacancy row, read before its skills and languages. */
	private record ResultRow(long id, long employer, String title, VacancyKind kind, boolean hidden,
			VacancyStatus status, String occupation, String municipality, int places, WorkingTime workingTime,
			@Nullable LocalDate startDate, @Nullable LocalDate applyBy, @Nullable LocalDate endDate,
			@Nullable String contact, @Nullable String notes, @Nullable LocalDate publishedOn, java.time.Instant createdAt,
			java.time.Instant updatedAt, long organisation, int version) {

		static ResultRow of(ResultSet rs) throws SQLException {
			return new ResultRow(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("title"),
					VacancyKind.valueOf(rs.getString("kind")), rs.getBoolean("hidden"),
					VacancyStatus.valueOf(rs.getString("status")), rs.getString("occupation_uri"),
					rs.getString("municipality_code"), rs.getInt("places"),
					WorkingTime.valueOf(rs.getString("working_time")), rs.getObject("start_date", LocalDate.class),
					rs.getObject("apply_by", LocalDate.class), rs.getObject("end_date", LocalDate.class),
					rs.getString("application_contact"), rs.getString("notes"),
					rs.getObject("published_on", LocalDate.class), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("updated_at").toInstant(), rs.getLong("created_by_organisation_id"),
					rs.getInt("version"));
		}

		VacancyRecord record(List<String> required, List<String> niceToHave, List<LanguageRequirement> languages) {
			VacancyData data = new VacancyData(EmployerId.of(employer), title, kind, hidden, status, occupation,
					List.copyOf(required), List.copyOf(niceToHave), List.copyOf(languages), municipality, places,
					workingTime, startDate, applyBy, endDate, contact, notes);
			return new VacancyRecord(VacancyId.of(id), data, version, publishedOn, createdAt, updatedAt,
					OrganisationId.of(organisation));
		}

	}

	private void writeChildren(VacancyId vacancy, VacancyData data) {
		int position = 0;
		for (String uri : data.requiredSkillUris()) {
			insertSkill(vacancy, position++, uri, true);
		}
		for (String uri : data.niceToHaveSkillUris()) {
			insertSkill(vacancy, position++, uri, false);
		}
		position = 0;
		for (LanguageRequirement language : data.languages()) {
			jdbc.sql("""
					insert into vacancy_language (vacancy_id, position, language_code, minimum)
					values (:vacancy, :position, :code, :minimum)""")
				.param("vacancy", vacancy.value())
				.param("position", position++)
				.param("code", language.languageCode())
				.param("minimum", language.minimum().name())
				.update();
		}
	}

	private void insertSkill(VacancyId vacancy, int position, String uri, boolean required) {
		jdbc.sql("""
				insert into vacancy_skill (vacancy_id, position, concept_uri, required)
				values (:vacancy, :position, :uri, :required)""")
			.param("vacancy", vacancy.value())
			.param("position", position)
			.param("uri", uri)
			.param("required", required)
			.update();
	}

	/**
	 * The data with text trimmed, after the checks the forms make too: they are repeated here because other modules
	 * call {@link #create} directly.
	 */
	private VacancyData valid(VacancyData data) {
		if (employers.find(data.employer()).isEmpty()) {
			throw new IllegalArgumentException("Unknown employer");
		}
		if (data.title().isBlank() || data.places() < 1 || data.places() > 999) {
			throw new IllegalArgumentException("Title or places missing");
		}
		if (catalogue.municipality(data.municipalityCode()).isEmpty()) {
			throw new IllegalArgumentException("Unknown municipality");
		}
		List<String> uris = new ArrayList<>(data.requiredSkillUris());
		uris.addAll(data.niceToHaveSkillUris());
		uris.add(data.occupationUri());
		Map<String, Concept> concepts = catalogue.concepts(uris);
		requireType(concepts, List.of(data.occupationUri()), ConceptType.OCCUPATION);
		requireType(concepts, data.requiredSkillUris(), ConceptType.SKILL);
		requireType(concepts, data.niceToHaveSkillUris(), ConceptType.SKILL);
		Set<String> languages = new HashSet<>();
		for (LanguageRequirement language : data.languages()) {
			if (!Languages.isKnown(language.languageCode()) || !languages.add(language.languageCode())) {
				throw new IllegalArgumentException("Unknown or repeated language");
			}
		}
		if (!DateOrder.problems(data.startDate(), data.applyBy(), data.endDate()).isEmpty()) {
			throw new IllegalArgumentException("Dates in the wrong order");
		}
		return new VacancyData(data.employer(), data.title().strip(), data.kind(), data.hidden(), data.status(),
				data.occupationUri(), distinct(data.requiredSkillUris()), distinct(data.niceToHaveSkillUris()),
				List.copyOf(data.languages()), data.municipalityCode(), data.places(), data.workingTime(),
				data.startDate(), data.applyBy(), data.endDate(), blankToNull(data.applicationContact()),
				blankToNull(data.notes()));
	}

	private static void requireType(Map<String, Concept> concepts, Collection<String> uris, ConceptType type) {
		for (String uri : uris) {
			Concept concept = concepts.get(uri);
			if (concept == null || concept.type() != type) {
				throw new IllegalArgumentException("Unknown " + type.name().toLowerCase(Locale.ROOT) + " " + uri);
			}
		}
	}

	private static List<String> distinct(List<String> uris) {
		return uris.stream().distinct().toList();
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static Map<String, Object> columns(VacancyData data) {
		Map<String, Object> params = new HashMap<>();
		params.put("employer", data.employer().value());
		params.put("title", data.title());
		params.put("kind", data.kind().name());
		params.put("hidden", data.hidden());
		params.put("status", data.status().name());
		params.put("occupation", data.occupationUri());
		params.put("municipality", data.municipalityCode());
		params.put("places", data.places());
		params.put("workingTime", data.workingTime().name());
		params.put("startDate", data.startDate());
		params.put("applyBy", data.applyBy());
		params.put("endDate", data.endDate());
		params.put("contact", data.applicationContact());
		params.put("notes", data.notes());
		return params;
	}

}
