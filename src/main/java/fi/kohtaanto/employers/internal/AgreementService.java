package fi.kohtaanto.employers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.employers.AgreementData;
import fi.kohtaanto.employers.InstructorTraining;
import fi.kohtaanto.organisations.Organisations;
import fi.kohtaanto.shared.ChangedFields;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.NotFoundException;
import fi.kohtaanto.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collaboration agreements with employers: which work trials and placements they offer, with which partner of the
 * network and for which period.
 */
@Service
@Transactional
class AgreementService {

	private static final String COLUMNS = "id, partner_organisation_id, work_trials, wage_subsidy, apprenticeships, "
			+ "places, tasks, instructor_training, period_start, period_end, signed_on, notes, created_by_username, "
			+ "created_at";

	private final JdbcClient jdbc;

	private final EmployerGuard guard;

	private final Organisations organisations;

	AgreementService(JdbcClient jdbc, EmployerGuard guard, Organisations organisations) {
		this.jdbc = jdbc;
		this.guard = guard;
		this.organisations = organisations;
	}

	/** @throws IllegalArgumentException if the partner is no organisation or the period ends before it starts */
	long add(CurrentUser user, EmployerId employer, AgreementData agreement) {
		OrganisationId owner = guard.owner(user, employer);
		Map<String, Object> params = columns(valid(agreement));
		params.put("employer", employer.value());
		params.put("user", user.id().value());
		params.put("username", user.username());
		long id = jdbc.sql("""
				insert into employer_agreement (employer_id, partner_organisation_id, work_trials, wage_subsidy,
				    apprenticeships, places, tasks, instructor_training, period_start, period_end, signed_on, notes,
				    created_by_user_id, created_by_username)
				values (:employer, :partner, :workTrials, :wageSubsidy, :apprenticeships, :places, :tasks,
				    :instructorTraining, :periodStart, :periodEnd, :signedOn, :notes, :user, :username)
				returning id""")
			.params(params)
			.query(Long.class)
			.single();
		guard.audit(user, AuditAction.CREATE, employer, owner, "agreement " + id);
		return id;
	}

	void update(CurrentUser user, EmployerId employer, long agreementId, AgreementData agreement) {
		OrganisationId owner = guard.owner(user, employer);
		AgreementData before = get(user, employer, agreementId).data();
		AgreementData after = valid(agreement);
		List<String> changed = ChangedFields.between(before, after);
		if (changed.isEmpty()) {
			return;
		}
		Map<String, Object> params = columns(after);
		params.put("id", agreementId);
		jdbc.sql("""
				update employer_agreement set partner_organisation_id = :partner, work_trials = :workTrials,
				    wage_subsidy = :wageSubsidy, apprenticeships = :apprenticeships, places = :places, tasks = :tasks,
				    instructor_training = :instructorTraining, period_start = :periodStart, period_end = :periodEnd,
				    signed_on = :signedOn, notes = :notes, updated_at = now()
				where id = :id""").params(params).update();
		guard.audit(user, AuditAction.UPDATE, employer, owner,
				"agreement " + agreementId + " fields: " + String.join(", ", changed));
	}

	@Transactional(readOnly = true)
	List<EmployerRecords.Agreement> list(CurrentUser user, EmployerId employer) {
		EmployerGuard.requireStaff(user);
		return jdbc.sql("select " + COLUMNS
				+ " from employer_agreement where employer_id = :employer order by period_start desc, id desc")
			.param("employer", employer.value())
			.query(AgreementService::agreement)
			.list();
	}

	@Transactional(readOnly = true)
	EmployerRecords.Agreement get(CurrentUser user, EmployerId employer, long agreementId) {
		EmployerGuard.requireStaff(user);
		return jdbc.sql("select " + COLUMNS + " from employer_agreement where id = :id and employer_id = :employer")
			.param("id", agreementId)
			.param("employer", employer.value())
			.query(AgreementService::agreement)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	private AgreementData valid(AgreementData agreement) {
		if (organisations.find(agreement.partner()).isEmpty()) {
			throw new IllegalArgumentException("Unknown partner organisation");
		}
		if (agreement.periodEnd() != null && agreement.periodEnd().isBefore(agreement.periodStart())) {
			throw new IllegalArgumentException("The period ends before it starts");
		}
		return new AgreementData(agreement.partner(), agreement.workTrials(), agreement.wageSubsidy(),
				agreement.apprenticeships(), agreement.places(), EmployerService.blankToNull(agreement.tasks()),
				agreement.instructorTraining(), agreement.periodStart(), agreement.periodEnd(), agreement.signedOn(),
				EmployerService.blankToNull(agreement.notes()));
	}

	private static Map<String, Object> columns(AgreementData data) {
		Map<String, Object> params = new HashMap<>();
		params.put("partner", data.partner().value());
		params.put("workTrials", data.workTrials());
		params.put("wageSubsidy", data.wageSubsidy());
		params.put("apprenticeships", data.apprenticeships());
		params.put("places", data.places());
		params.put("tasks", data.tasks());
		params.put("instructorTraining", data.instructorTraining().name());
		params.put("periodStart", data.periodStart());
		params.put("periodEnd", data.periodEnd());
		params.put("signedOn", data.signedOn());
		params.put("notes", data.notes());
		return params;
	}

	private static EmployerRecords.Agreement agreement(ResultSet rs, int row) throws SQLException {
		AgreementData data = new AgreementData(OrganisationId.of(rs.getLong("partner_organisation_id")),
				rs.getBoolean("work_trials"), rs.getBoolean("wage_subsidy"), rs.getBoolean("apprenticeships"),
				rs.getInt("places"), rs.getString("tasks"), InstructorTraining.valueOf(rs.getString("instructor_training")),
				rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
				rs.getObject("signed_on", LocalDate.class), rs.getString("notes"));
		return new EmployerRecords.Agreement(rs.getLong("id"), data, rs.getString("created_by_username"),
				rs.getTimestamp("created_at").toInstant());
	}

}
