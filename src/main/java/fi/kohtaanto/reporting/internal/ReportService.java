package fi.kohtaanto.reporting.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.audit.AuditLog;
import fi.kohtaanto.audit.AuditSubject;
import fi.kohtaanto.employers.EmployerSupport;
import fi.kohtaanto.employers.EmployerView;
import fi.kohtaanto.employers.Employers;
import fi.kohtaanto.employers.Sector;
import fi.kohtaanto.feedback.Feedback;
import fi.kohtaanto.feedback.SatisfactionFigure;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.organisations.Organisations;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.NotFoundException;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports and who may see and change what. Coordinators and admins read the aggregate figures of every
 * organisation (they hold no personal data). The anonymised participant rows and the targets are an organisation's
 * own: a coordinator exports and sets those of their organisation; the coordinators of the lead organisation, who
 * report for the whole project, and admins, all of them. Exports of participant rows are audited as disclosures.
 */
@Service
@Transactional
class ReportService {

	static final String SUBJECT_REPORT = "report";

	private final IndicatorQuery query;

	private final ParticipantRows rows;

	private final Targets targets;

	private final Organisations organisations;

	private final AuditLog audit;

	private final ReportingProperties properties;

	private final Employers employers;

	private final Feedback feedback;

	ReportService(JdbcClient jdbc, ParticipantRows rows, Targets targets, Organisations organisations, AuditLog audit,
			ReportingProperties properties, Employers employers, Feedback feedback) {
		this.query = new IndicatorQuery(jdbc);
		this.rows = rows;
		this.targets = targets;
		this.organisations = organisations;
		this.audit = audit;
		this.properties = properties;
		this.employers = employers;
		this.feedback = feedback;
	}

	/** Which supported employers each entity indicator counts. */
	private static final Map<Indicator, Predicate<EmployerView>> ENTITIES = Map.of(Indicator.SUPPORTED_COMPANIES,
			employer -> employer.sector() == Sector.PRIVATE_COMPANY, Indicator.SUPPORTED_SMES, EmployerView::sme,
			Indicator.SUPPORTED_PUBLIC_ADMINISTRATIONS, EmployerView::publicAdministration);

	/** The participant report with the employers supported between the dates, counted once each. */
	private IndicatorReport run(LocalDate from, LocalDate to, @Nullable OrganisationId organisation) {
		IndicatorReport report = query.run(from, to, organisation);
		List<EmployerSupport> support = employers.supportBetween(from, to)
			.stream()
			.filter(entry -> organisation == null || entry.organisation().equals(organisation))
			.toList();
		Map<EmployerId, EmployerView> views = employers
			.findAll(support.stream().map(EmployerSupport::employer).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(EmployerView::id, Function.identity()));
		for (Map.Entry<Indicator, Predicate<EmployerView>> entity : ENTITIES.entrySet()) {
			List<EmployerSupport> counted = support.stream()
				.filter(entry -> views.containsKey(entry.employer())
						&& entity.getValue().test(views.get(entry.employer())))
				.toList();
			Map<OrganisationId, Long> perOrganisation = counted.stream()
				.collect(Collectors.groupingBy(EmployerSupport::organisation,
						Collectors.collectingAndThen(Collectors.mapping(EmployerSupport::employer, Collectors.toSet()),
								set -> (long) set.size())));
			long total = counted.stream().map(EmployerSupport::employer).distinct().count();
			report = report.with(entity.getKey(), perOrganisation, total);
		}
		return report;
	}

	/**
	 * Overall satisfaction of clients and employers with the organisation's services (or the network's), as far as
	 * the feedback module shows it without giving away small groups.
	 */
	@Transactional(readOnly = true)
	List<SatisfactionFigure> satisfaction(CurrentUser user, LocalDate from, LocalDate to,
			@Nullable OrganisationId organisation) {
		requireReader(user);
		return feedback.satisfaction(user, from, to)
			.stream()
			.filter(figure -> figure.kind() == null && java.util.Objects.equals(figure.organisation(), organisation))
			.toList();
	}

	/** Puts the configured project targets into an empty target table, so that they can be edited from then on. */
	@EventListener(ApplicationReadyEvent.class)
	public void seedProjectTargets() {
		if (!targets.projectHasTargets()) {
			properties.targets().forEach((key, target) -> indicator(key)
				.ifPresent(indicator -> targets.set(null, indicator, target, "configuration")));
		}
	}

	ReportingProperties properties() {
		return properties;
	}

	@Transactional(readOnly = true)
	Dashboard dashboard(CurrentUser user, LocalDate from, LocalDate to, @Nullable OrganisationId organisation,
			LocalDate today) {
		requireReader(user);
		IndicatorReport report = run(from, to, organisation);
		IndicatorReport project = run(properties.projectStart(), properties.projectEnd(), organisation);
		return new Dashboard(from, to, organisation, report, progress(project, targets.of(organisation), today),
				flows(query.flows(from, to, organisation)));
	}

	@Transactional(readOnly = true)
	IndicatorReport report(CurrentUser user, LocalDate from, LocalDate to, @Nullable OrganisationId organisation) {
		requireReader(user);
		return run(from, to, organisation);
	}

	/** The anonymised participant rows; the export is audited as a disclosure. */
	List<ExportRow> participantRows(CurrentUser user, LocalDate from, LocalDate to,
			@Nullable OrganisationId organisation) {
		if (!mayActFor(user, organisation)) {
			throw new NotFoundException();
		}
		Map<OrganisationId, String> names = new LinkedHashMap<>();
		organisations.all().forEach(view -> names.put(view.id(), view.shortName()));
		List<ExportRow> export = rows.export(from, to, organisation, id -> names.getOrDefault(id, id.toString()));
		audit.record(user, AuditAction.DISCLOSE,
				new AuditSubject(SUBJECT_REPORT, organisation == null ? 0 : organisation.value(), organisation),
				"anonymised participant rows " + from + ".." + to + ", " + export.size() + " rows");
		return export;
	}

	@Transactional(readOnly = true)
	Map<Indicator, Integer> targets(CurrentUser user, @Nullable OrganisationId organisation) {
		requireReader(user);
		return targets.of(organisation);
	}

	/** Replaces the targets of the project or an organisation; indicators missing from the map lose their target. */
	void saveTargets(CurrentUser user, @Nullable OrganisationId organisation, Map<Indicator, Integer> values) {
		if (!mayActFor(user, organisation)) {
			throw new NotFoundException();
		}
		for (Indicator indicator : TARGETABLE) {
			targets.set(organisation, indicator, values.get(indicator), user.username());
		}
		audit.record(user, AuditAction.UPDATE,
				new AuditSubject("report_target", organisation == null ? 0 : organisation.value(), organisation),
				"targets " + values.keySet());
	}

	/** The indicators that can have a target. */
	static final List<Indicator> TARGETABLE = List.of(Indicator.PARTICIPANTS, Indicator.UNEMPLOYED,
			Indicator.LONG_TERM_UNEMPLOYED, Indicator.INACTIVE, Indicator.INACTIVE_NOT_IN_EDUCATION,
			Indicator.INACTIVE_IN_EDUCATION, Indicator.EMPLOYED, Indicator.BELOW_18, Indicator.AGED_18_TO_29,
			Indicator.AGED_55_AND_OVER, Indicator.THIRD_COUNTRY_NATIONALS, Indicator.SUPPORTED_COMPANIES,
			Indicator.SUPPORTED_SMES, Indicator.SUPPORTED_PUBLIC_ADMINISTRATIONS, Indicator.JOB_SEARCHING_ON_EXIT,
			Indicator.EDUCATION_ON_EXIT, Indicator.QUALIFICATION_ON_EXIT, Indicator.EMPLOYED_ON_EXIT,
			Indicator.EMPLOYED_SIX_MONTHS, Indicator.IMPROVED_SIX_MONTHS);

	/** Whether the user may export rows and set targets for the organisation, or with {@literal null} for all. */
	boolean mayActFor(CurrentUser user, @Nullable OrganisationId organisation) {
		if (user.isAdmin()) {
			return true;
		}
		if (!user.isCoordinator()) {
			return false;
		}
		return user.organisation().equals(organisation) || isLeadOrganisation(user.organisation());
	}

	boolean mayRead(CurrentUser user) {
		return user.isAdmin() || user.isCoordinator();
	}

	private boolean isLeadOrganisation(OrganisationId organisation) {
		return organisations.findByShortName(properties.leadOrganisation())
			.map(OrganisationView::id)
			.filter(organisation::equals)
			.isPresent();
	}

	private void requireReader(CurrentUser user) {
		if (!mayRead(user)) {
			throw new NotFoundException();
		}
	}

	private List<Dashboard.TargetProgress> progress(IndicatorReport project, Map<Indicator, Integer> targetValues,
			LocalDate today) {
		long days = ChronoUnit.DAYS.between(properties.projectStart(), properties.projectEnd()) + 1;
		long elapsed = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(properties.projectStart(), today) + 1));
		int expectedPercent = (int) Math.round(100.0 * elapsed / days);
		List<Dashboard.TargetProgress> progress = new ArrayList<>();
		for (Indicator indicator : TARGETABLE) {
			Integer target = targetValues.get(indicator);
			if (target != null) {
				long actual = project.total(indicator);
				int percent = target == 0 ? 100 : (int) Math.round(100.0 * actual / target);
				progress.add(new Dashboard.TargetProgress(indicator, actual, target, percent, expectedPercent));
			}
		}
		return progress;
	}

	/** Flow rows in the order of the step kinds, outcomes in a fixed order so that colours stay the same. */
	static List<Dashboard.FlowRow> flows(List<IndicatorQuery.Flow> flows) {
		Map<String, Map<String, Long>> byStep = new LinkedHashMap<>();
		for (IndicatorQuery.Flow flow : flows) {
			byStep.computeIfAbsent(flow.step(), step -> new LinkedHashMap<>()).merge(flow.outcome(), flow.count(),
					Long::sum);
		}
		List<String> steps = new ArrayList<>();
		for (fi.kohtaanto.paths.PathStepType type : fi.kohtaanto.paths.PathStepType.values()) {
			if (byStep.containsKey(type.name())) {
				steps.add(type.name());
			}
		}
		if (byStep.containsKey("NONE")) {
			steps.add("NONE");
		}
		List<Dashboard.FlowRow> rows = new ArrayList<>();
		for (String step : steps) {
			Map<String, Long> outcomes = byStep.get(step);
			long total = outcomes.values().stream().mapToLong(Long::longValue).sum();
			List<Dashboard.FlowPart> parts = new ArrayList<>();
			double offset = 0;
			for (String outcome : OUTCOMES) {
				long count = outcomes.getOrDefault(outcome, 0L);
				if (count > 0) {
					double share = (double) count / total;
					parts.add(new Dashboard.FlowPart(outcome, count, share, offset));
					offset += share;
				}
			}
			rows.add(new Dashboard.FlowRow(step, total, parts));
		}
		return rows;
	}

	static final List<String> OUTCOMES = List.of("EMPLOYED", "EDUCATION", "JOB_SEARCHING", "OTHER");

	private static Optional<Indicator> indicator(String key) {
		try {
			return Optional.of(Indicator.valueOf(key));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
