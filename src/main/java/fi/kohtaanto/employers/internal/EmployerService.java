package fi.kohtaanto.employers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.audit.AuditLog;
import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.employers.AgreementData;
import fi.kohtaanto.employers.BusinessId;
import fi.kohtaanto.employers.ContactData;
import fi.kohtaanto.employers.ContactKind;
import fi.kohtaanto.employers.ContactPersonData;
import fi.kohtaanto.employers.DuplicateEmployerException;
import fi.kohtaanto.employers.EmployerContact;
import fi.kohtaanto.employers.EmployerData;
import fi.kohtaanto.employers.EmployerRegistered;
import fi.kohtaanto.employers.EmployerSupport;
import fi.kohtaanto.employers.EmployerView;
import fi.kohtaanto.employers.Employers;
import fi.kohtaanto.employers.Industry;
import fi.kohtaanto.employers.NeedsSurveyData;
import fi.kohtaanto.employers.Sector;
import fi.kohtaanto.employers.SizeClass;
import fi.kohtaanto.employers.SupportKind;
import fi.kohtaanto.shared.ChangedFields;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.NotFoundException;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employer registry, contact persons and the contact history. Needs surveys and agreements have their own
 * services; this class exposes them to other modules through {@link Employers}. Every change is audited in the same
 * transaction; so is every display of contact persons, who are personal data.
 */
@Service
@Transactional
class EmployerService implements Employers {

	static final String PERSON_SUBJECT = "employer_contact_person";

	private static final String COLUMNS = "id, name, business_id, industry, size_class, sector, municipality_code, "
			+ "created_at, created_by_organisation_id, version, updated_at";

	private final JdbcClient jdbc;

	private final EmployerGuard guard;

	private final AuditLog audit;

	private final Catalogue catalogue;

	private final NeedsSurveyService surveys;

	private final AgreementService agreements;

	private final ApplicationEventPublisher events;

	EmployerService(JdbcClient jdbc, EmployerGuard guard, AuditLog audit, Catalogue catalogue,
			NeedsSurveyService surveys, AgreementService agreements, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.guard = guard;
		this.audit = audit;
		this.catalogue = catalogue;
		this.surveys = surveys;
		this.agreements = agreements;
		this.events = events;
	}

	// Reading, for other modules: no personal data, no user needed.

	@Override
	@Transactional(readOnly = true)
	public Optional<EmployerView> find(EmployerId id) {
		return jdbc.sql("select " + COLUMNS + " from employer where id = :id")
			.param("id", id.value())
			.query(EmployerService::view)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public List<EmployerView> findAll(Collection<EmployerId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from employer where id = any(:ids) order by name, id")
			.param("ids", ids.stream().map(EmployerId::value).distinct().toArray(Long[]::new))
			.query(EmployerService::view)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<EmployerView> all() {
		return jdbc.sql("select " + COLUMNS + " from employer order by name, id").query(EmployerService::view).list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<EmployerView> search(String text) {
		EmployerSearch search = new EmployerSearch(text, null, null, null);
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql("select " + COLUMNS + " from employer" + search.where(params) + " order by name, id")
			.params(params)
			.query(EmployerService::view)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<EmployerView> findByBusinessId(BusinessId businessId) {
		return jdbc.sql("select " + COLUMNS + " from employer where business_id = :businessId")
			.param("businessId", businessId.value())
			.query(EmployerService::view)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public List<EmployerContact> contactsBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select employer_id, organisation_id, contact_date, kind from employer_contact
				where contact_date between :from and :to order by contact_date, id""")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new EmployerContact(EmployerId.of(rs.getLong("employer_id")),
					OrganisationId.of(rs.getLong("organisation_id")), rs.getObject("contact_date", LocalDate.class),
					ContactKind.valueOf(rs.getString("kind"))))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<EmployerSupport> supportBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select employer_id, organisation_id, day, kind from (
				    select employer_id, organisation_id, contact_date as day, 'CONTACT' as kind, id
				    from employer_contact where contact_date between :from and :to
				    union all
				    select employer_id, organisation_id, survey_date, 'NEEDS_SURVEY', id
				    from needs_survey where survey_date between :from and :to
				    union all
				    select employer_id, partner_organisation_id, signed_on, 'AGREEMENT', id
				    from employer_agreement where signed_on between :from and :to
				) support order by day, kind, id""")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new EmployerSupport(EmployerId.of(rs.getLong("employer_id")),
					OrganisationId.of(rs.getLong("organisation_id")), rs.getObject("day", LocalDate.class),
					SupportKind.valueOf(rs.getString("kind"))))
			.list();
	}

	// The registry.

	@Override
	public EmployerId register(CurrentUser user, EmployerData data) {
		EmployerGuard.requireStaff(user);
		BusinessId businessId = valid(data);
		findByBusinessId(businessId).ifPresent(existing -> {
			throw new DuplicateEmployerException(existing.id());
		});
		long id = jdbc.sql("""
				insert into employer (name, business_id, industry, size_class, sector, municipality_code,
				    created_by_organisation_id, created_by_user_id)
				values (:name, :businessId, :industry, :sizeClass, :sector, :municipality, :organisation, :user)
				returning id""")
			.params(columns(data, businessId))
			.param("organisation", user.organisation().value())
			.param("user", user.id().value())
			.query(Long.class)
			.single();
		EmployerId employer = EmployerId.of(id);
		guard.audit(user, AuditAction.CREATE, employer, user.organisation(), "registry");
		events.publishEvent(new EmployerRegistered(employer, user.organisation()));
		return employer;
	}

	@Transactional(readOnly = true)
	EmployerRecords.Details details(CurrentUser user, EmployerId id) {
		EmployerGuard.requireStaff(user);
		return jdbc.sql("select " + COLUMNS + " from employer where id = :id")
			.param("id", id.value())
			.query((rs, row) -> new EmployerRecords.Details(view(rs, row), rs.getInt("version"),
					rs.getTimestamp("updated_at").toInstant()))
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	Page<EmployerView> search(CurrentUser user, EmployerSearch search, Pageable pageable) {
		EmployerGuard.requireStaff(user);
		Map<String, Object> params = new HashMap<>();
		String where = search.where(params);
		long total = jdbc.sql("select count(*) from employer" + where).params(params).query(Long.class).single();
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		List<EmployerView> rows = jdbc
			.sql("select " + COLUMNS + " from employer" + where + " order by name, id limit :limit offset :offset")
			.params(params)
			.query(EmployerService::view)
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/**
	 * Changes the registry data if nobody else has saved it since the form was opened; audits the names of the
	 * fields that changed.
	 * @throws StaleEmployerException if the version does not match
	 */
	void update(CurrentUser user, EmployerId id, EmployerData data, int expectedVersion) {
		EmployerRecords.Details current = details(user, id);
		BusinessId businessId = valid(data);
		findByBusinessId(businessId).filter(other -> !other.id().equals(id)).ifPresent(other -> {
			throw new DuplicateEmployerException(other.id());
		});
		EmployerView before = current.view();
		List<String> changed = ChangedFields.between(
				new EmployerData(before.name(), before.businessId(), before.industry(), before.sizeClass(), before.sector(),
						before.municipalityCode()),
				new EmployerData(data.name().strip(), businessId.value(), data.industry(), data.sizeClass(), data.sector(),
						data.municipalityCode()));
		if (current.version() != expectedVersion) {
			throw new StaleEmployerException();
		}
		if (changed.isEmpty()) {
			return;
		}
		int updated = jdbc.sql("""
				update employer set name = :name, business_id = :businessId, industry = :industry,
				    size_class = :sizeClass, sector = :sector, municipality_code = :municipality,
				    version = version + 1, updated_at = now()
				where id = :id and version = :version""")
			.params(columns(data, businessId))
			.param("id", id.value())
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new StaleEmployerException();
		}
		guard.audit(user, AuditAction.UPDATE, id, before.createdBy(), "fields: " + String.join(", ", changed));
	}

	private BusinessId valid(EmployerData data) {
		if (catalogue.municipality(data.municipalityCode()).isEmpty()) {
			throw new IllegalArgumentException("Unknown municipality");
		}
		return BusinessId.parse(data.businessId())
			.orElseThrow(() -> new IllegalArgumentException("Not a valid business ID"));
	}

	private static Map<String, Object> columns(EmployerData data, BusinessId businessId) {
		Map<String, Object> params = new HashMap<>();
		params.put("name", data.name().strip());
		params.put("businessId", businessId.value());
		params.put("industry", data.industry().name());
		params.put("sizeClass", data.sizeClass().name());
		params.put("sector", data.sector().name());
		params.put("municipality", data.municipalityCode());
		return params;
	}

	// Contact persons: personal data, so listing them is audited too.

	List<EmployerRecords.ContactPerson> contactPersons(CurrentUser user, EmployerId id) {
		guard.owner(user, id);
		List<EmployerRecords.ContactPerson> people = jdbc.sql("""
				select id, name, title, email, phone, preferred_language from employer_contact_person
				where employer_id = :id order by name, id""")
			.param("id", id.value())
			.query((rs, row) -> new EmployerRecords.ContactPerson(rs.getLong("id"), person(rs)))
			.list();
		if (!people.isEmpty()) {
			audit.recordList(user, PERSON_SUBJECT, people.stream().map(EmployerRecords.ContactPerson::id).toList(),
					"contact persons of employer " + id.value());
		}
		return people;
	}

	@Override
	public long addContactPerson(CurrentUser user, EmployerId employer, ContactPersonData person) {
		OrganisationId owner = guard.owner(user, employer);
		long id = jdbc.sql("""
				insert into employer_contact_person (employer_id, name, title, email, phone, preferred_language)
				values (:employer, :name, :title, :email, :phone, :language) returning id""")
			.params(personColumns(stripped(person)))
			.param("employer", employer.value())
			.query(Long.class)
			.single();
		audit.record(user, AuditAction.CREATE,
				new fi.kohtaanto.audit.AuditSubject(PERSON_SUBJECT, id, owner), "employer " + employer.value());
		return id;
	}

	/** One contact person, for editing; the view is audited. */
	ContactPersonData contactPerson(CurrentUser user, EmployerId employer, long personId) {
		OrganisationId owner = guard.owner(user, employer);
		ContactPersonData person = loadContactPerson(employer, personId);
		audit.record(user, AuditAction.VIEW, new fi.kohtaanto.audit.AuditSubject(PERSON_SUBJECT, personId, owner),
				"employer " + employer.value());
		return person;
	}

	/** Changes a contact person's details; the audit entry names the changed fields, never their values. */
	void updateContactPerson(CurrentUser user, EmployerId employer, long personId, ContactPersonData person) {
		OrganisationId owner = guard.owner(user, employer);
		ContactPersonData before = loadContactPerson(employer, personId);
		ContactPersonData after = stripped(person);
		List<String> changed = ChangedFields.between(before, after);
		if (changed.isEmpty()) {
			return;
		}
		jdbc.sql("""
				update employer_contact_person set name = :name, title = :title, email = :email, phone = :phone,
				    preferred_language = :language
				where id = :id and employer_id = :employer""")
			.params(personColumns(after))
			.param("id", personId)
			.param("employer", employer.value())
			.update();
		audit.record(user, AuditAction.UPDATE, new fi.kohtaanto.audit.AuditSubject(PERSON_SUBJECT, personId, owner),
				"employer " + employer.value() + ", fields: " + String.join(", ", changed));
	}

	private ContactPersonData loadContactPerson(EmployerId employer, long personId) {
		return jdbc.sql("""
				select name, title, email, phone, preferred_language from employer_contact_person
				where id = :id and employer_id = :employer""")
			.param("id", personId)
			.param("employer", employer.value())
			.query((rs, row) -> person(rs))
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	private static ContactPersonData person(ResultSet rs) throws SQLException {
		return new ContactPersonData(rs.getString("name"), rs.getString("title"), rs.getString("email"),
				rs.getString("phone"), rs.getString("preferred_language"));
	}

	/** The person as stored: the name without surrounding white space. */
	private static ContactPersonData stripped(ContactPersonData person) {
		return new ContactPersonData(person.name().strip(), person.title(), person.email(), person.phone(),
				person.preferredLanguage());
	}

	private static Map<String, Object> personColumns(ContactPersonData person) {
		Map<String, Object> params = new HashMap<>();
		params.put("name", person.name());
		params.put("title", person.title());
		params.put("email", person.email());
		params.put("phone", person.phone());
		params.put("language", person.preferredLanguage());
		return params;
	}

	/** Deletes a contact person: nothing of the person's data is kept, only the audit entry of the removal. */
	void removeContactPerson(CurrentUser user, EmployerId employer, long personId) {
		OrganisationId owner = guard.owner(user, employer);
		int deleted = jdbc.sql("delete from employer_contact_person where id = :id and employer_id = :employer")
			.param("id", personId)
			.param("employer", employer.value())
			.update();
		if (deleted == 0) {
			throw new NotFoundException();
		}
		audit.record(user, AuditAction.DELETE, new fi.kohtaanto.audit.AuditSubject(PERSON_SUBJECT, personId, owner),
				"employer " + employer.value());
	}

	// The contact history.

	@Transactional(readOnly = true)
	List<EmployerRecords.ContactEntry> contacts(CurrentUser user, EmployerId employer) {
		EmployerGuard.requireStaff(user);
		return jdbc.sql("""
				select id, contact_date, kind, organisation_id, username, topic, notes from employer_contact
				where employer_id = :employer order by contact_date desc, id desc""")
			.param("employer", employer.value())
			.query((rs, row) -> new EmployerRecords.ContactEntry(rs.getLong("id"),
					rs.getObject("contact_date", LocalDate.class), ContactKind.valueOf(rs.getString("kind")),
					OrganisationId.of(rs.getLong("organisation_id")), rs.getString("username"), rs.getString("topic"),
					rs.getString("notes")))
			.list();
	}

	@Override
	public long recordContact(CurrentUser user, EmployerId employer, ContactData contact) {
		OrganisationId owner = guard.owner(user, employer);
		long id = jdbc.sql("""
				insert into employer_contact (employer_id, contact_date, kind, organisation_id, user_id, username,
				    topic, notes)
				values (:employer, :date, :kind, :organisation, :user, :username, :topic, :notes) returning id""")
			.param("employer", employer.value())
			.param("date", contact.date())
			.param("kind", contact.kind().name())
			.param("organisation", user.organisation().value())
			.param("user", user.id().value())
			.param("username", user.username())
			.param("topic", contact.topic().strip())
			.param("notes", blankToNull(contact.notes()))
			.query(Long.class)
			.single();
		guard.audit(user, AuditAction.CREATE, employer, owner, "contact " + id);
		return id;
	}

	// Needs surveys and agreements, for other modules.

	@Override
	public long recordNeedsSurvey(CurrentUser user, EmployerId employer, NeedsSurveyData survey) {
		return surveys.record(user, employer, survey);
	}

	@Override
	public long addAgreement(CurrentUser user, EmployerId employer, AgreementData agreement) {
		return agreements.add(user, employer, agreement);
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static EmployerView view(ResultSet rs, int row) throws SQLException {
		return new EmployerView(EmployerId.of(rs.getLong("id")), rs.getString("name"), rs.getString("business_id"),
				Industry.valueOf(rs.getString("industry")), SizeClass.valueOf(rs.getString("size_class")),
				Sector.valueOf(rs.getString("sector")), rs.getString("municipality_code"),
				rs.getTimestamp("created_at").toInstant(), OrganisationId.of(rs.getLong("created_by_organisation_id")));
	}

}
