package fi.kohtaanto.employers.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.CefrLevel;
import fi.kohtaanto.catalogue.Concept;
import fi.kohtaanto.catalogue.ConceptType;
import fi.kohtaanto.employers.HiringReadiness;
import fi.kohtaanto.employers.HiringTiming;
import fi.kohtaanto.employers.Industry;
import fi.kohtaanto.employers.NeedsSurveyData;
import fi.kohtaanto.employers.WorkTrialWillingness;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.NotFoundException;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Needs surveys of employers, and the coordinators' summary across employers.
 */
@Service
@Transactional
class NeedsSurveyService {

	/** How many occupations and skills the summary lists. */
	static final int TOP = 15;

	private final JdbcClient jdbc;

	private final EmployerGuard guard;

	private final Catalogue catalogue;

	NeedsSurveyService(JdbcClient jdbc, EmployerGuard guard, Catalogue catalogue) {
		this.jdbc = jdbc;
		this.guard = guard;
		this.catalogue = catalogue;
	}

	/**
	 * Stores a survey in the name of the user and the user's organisation.
	 * @throws IllegalArgumentException if a concept URI is not in the catalogue
	 */
	long record(CurrentUser user, EmployerId employer, NeedsSurveyData survey) {
		OrganisationId owner = guard.owner(user, employer);
		Map<String, Concept> concepts = catalogue
			.concepts(survey.needs().stream().map(NeedsSurveyData.Need::conceptUri).toList());
		long id = jdbc.sql("""
				insert into needs_survey (employer_id, survey_date, organisation_id, user_id, username, readiness,
				    work_trials, notes)
				values (:employer, :date, :organisation, :user, :username, :readiness, :workTrials, :notes)
				returning id""")
			.param("employer", employer.value())
			.param("date", survey.date())
			.param("organisation", user.organisation().value())
			.param("user", user.id().value())
			.param("username", user.username())
			.param("readiness", survey.readiness().name())
			.param("workTrials", survey.workTrials().name())
			.param("notes", EmployerService.blankToNull(survey.notes()))
			.query(Long.class)
			.single();
		int position = 0;
		for (NeedsSurveyData.Need need : survey.needs()) {
			Concept concept = concepts.get(need.conceptUri());
			if (concept == null) {
				throw new IllegalArgumentException("Unknown concept " + need.conceptUri());
			}
			jdbc.sql("""
					insert into needs_survey_need (survey_id, position, concept_uri, concept_type, people, timing)
					values (:survey, :position, :uri, :type, :people, :timing)""")
				.param("survey", id)
				.param("position", position++)
				.param("uri", concept.uri())
				.param("type", concept.type().name())
				.param("people", need.count())
				.param("timing", need.timing().name())
				.update();
		}
		position = 0;
		for (NeedsSurveyData.LanguageNeed language : survey.languages()) {
			jdbc.sql("""
					insert into needs_survey_language (survey_id, position, language_code, minimum)
					values (:survey, :position, :code, :minimum)""")
				.param("survey", id)
				.param("position", position++)
				.param("code", language.languageCode())
				.param("minimum", language.minimum().name())
				.update();
		}
		guard.audit(user, AuditAction.CREATE, employer, owner, "needs survey " + id);
		return id;
	}

	@Transactional(readOnly = true)
	List<EmployerRecords.SurveyRow> list(CurrentUser user, EmployerId employer) {
		EmployerGuard.requireStaff(user);
		return jdbc.sql("""
				select s.id, s.survey_date, s.organisation_id, s.username, s.readiness,
				    (select count(*) from needs_survey_need n where n.survey_id = s.id) as needs
				from needs_survey s where s.employer_id = :employer order by s.survey_date desc, s.id desc""")
			.param("employer", employer.value())
			.query((rs, row) -> new EmployerRecords.SurveyRow(rs.getLong("id"),
					rs.getObject("survey_date", LocalDate.class), OrganisationId.of(rs.getLong("organisation_id")),
					rs.getString("username"), rs.getInt("needs"), HiringReadiness.valueOf(rs.getString("readiness"))))
			.list();
	}

	@Transactional(readOnly = true)
	EmployerRecords.Survey get(CurrentUser user, EmployerId employer, long surveyId) {
		EmployerGuard.requireStaff(user);
		record Head(LocalDate date, OrganisationId organisation, String username, HiringReadiness readiness,
				WorkTrialWillingness workTrials, @Nullable String notes, java.time.Instant createdAt) {
		}
		Head head = jdbc.sql("""
				select survey_date, organisation_id, username, readiness, work_trials, notes, created_at
				from needs_survey where id = :id and employer_id = :employer""")
			.param("id", surveyId)
			.param("employer", employer.value())
			.query((rs, row) -> new Head(rs.getObject("survey_date", LocalDate.class),
					OrganisationId.of(rs.getLong("organisation_id")), rs.getString("username"),
					HiringReadiness.valueOf(rs.getString("readiness")),
					WorkTrialWillingness.valueOf(rs.getString("work_trials")), rs.getString("notes"),
					rs.getTimestamp("created_at").toInstant()))
			.optional()
			.orElseThrow(NotFoundException::new);
		record NeedRow(NeedsSurveyData.Need need, boolean occupation) {
		}
		List<NeedRow> needs = jdbc.sql("""
				select concept_uri, concept_type, people, timing from needs_survey_need
				where survey_id = :id order by position""")
			.param("id", surveyId)
			.query((rs, row) -> new NeedRow(new NeedsSurveyData.Need(rs.getString("concept_uri"), rs.getInt("people"),
					HiringTiming.valueOf(rs.getString("timing"))), "OCCUPATION".equals(rs.getString("concept_type"))))
			.list();
		List<NeedsSurveyData.LanguageNeed> languages = jdbc.sql("""
				select language_code, minimum from needs_survey_language where survey_id = :id order by position""")
			.param("id", surveyId)
			.query((rs, row) -> new NeedsSurveyData.LanguageNeed(rs.getString("language_code"),
					CefrLevel.valueOf(rs.getString("minimum"))))
			.list();
		Map<String, Concept> concepts = catalogue
			.concepts(needs.stream().map(need -> need.need().conceptUri()).toList());
		NeedsSurveyData data = new NeedsSurveyData(head.date(), needs.stream().map(NeedRow::need).toList(), languages,
				head.readiness(), head.workTrials(), head.notes());
		return new EmployerRecords.Survey(surveyId, data, head.organisation(), head.username(), head.createdAt(),
				needs.stream()
					.map(need -> new EmployerRecords.NeedItem(need.need(), concepts.get(need.need().conceptUri()),
							need.occupation()))
					.toList());
	}

	/** The filter of the summary: a period of survey dates, and optionally the employers' municipality and industry. */
	record Filter(LocalDate from, LocalDate to, @Nullable String municipalityCode, @Nullable Industry industry) {
	}

	record ConceptCount(String uri, @Nullable Concept concept, long employers, long people, long soon) {
	}

	record LanguageCount(String languageCode, CefrLevel minimum, long employers) {
	}

	/**
	 * What the employers' latest surveys of a period say, counted once per employer.
	 *
	 * @param soon people needed now or within three months
	 */
	record Summary(long employers, List<ConceptCount> occupations, List<ConceptCount> skills,
			List<LanguageCount> languages, Map<HiringReadiness, Long> readiness,
			Map<WorkTrialWillingness, Long> workTrials) {
	}

	/**
	 * Summarises each employer's latest survey within the period, so that an employer surveyed twice counts once.
	 * Only for coordinators.
	 */
	@Transactional(readOnly = true)
	Summary summary(CurrentUser user, Filter filter) {
		if (!user.isCoordinator()) {
			throw new NotFoundException();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("from", filter.from());
		params.put("to", filter.to());
		StringBuilder where = new StringBuilder("s.survey_date between :from and :to");
		if (filter.municipalityCode() != null && !filter.municipalityCode().isBlank()) {
			where.append(" and e.municipality_code = :municipality");
			params.put("municipality", filter.municipalityCode());
		}
		if (filter.industry() != null) {
			where.append(" and e.industry = :industry");
			params.put("industry", filter.industry().name());
		}
		String latest = "with latest as (select distinct on (s.employer_id) s.id, s.employer_id, s.readiness, "
				+ "s.work_trials from needs_survey s join employer e on e.id = s.employer_id where " + where
				+ " order by s.employer_id, s.survey_date desc, s.id desc) ";
		long employers = jdbc.sql(latest + "select count(*) from latest").params(params).query(Long.class).single();
		Map<HiringReadiness, Long> readiness = new EnumMap<>(HiringReadiness.class);
		jdbc.sql(latest + "select readiness, count(*) as n from latest group by readiness")
			.params(params)
			.query((rs, row) -> readiness.put(HiringReadiness.valueOf(rs.getString("readiness")), rs.getLong("n")))
			.list();
		Map<WorkTrialWillingness, Long> workTrials = new EnumMap<>(WorkTrialWillingness.class);
		jdbc.sql(latest + "select work_trials, count(*) as n from latest group by work_trials")
			.params(params)
			.query((rs, row) -> workTrials.put(WorkTrialWillingness.valueOf(rs.getString("work_trials")),
					rs.getLong("n")))
			.list();
		List<LanguageCount> languages = jdbc.sql(latest + """
				select language_code, minimum, count(distinct l.employer_id) as employers
				from latest l join needs_survey_language n on n.survey_id = l.id
				group by language_code, minimum order by employers desc, language_code, minimum""")
			.params(params)
			.query((rs, row) -> new LanguageCount(rs.getString("language_code"),
					CefrLevel.valueOf(rs.getString("minimum")), rs.getLong("employers")))
			.list();
		return new Summary(employers, concepts(latest, params, ConceptType.OCCUPATION),
				concepts(latest, params, ConceptType.SKILL), languages, readiness, workTrials);
	}

	private List<ConceptCount> concepts(String latest, Map<String, Object> params, ConceptType type) {
		Map<String, Object> withType = new HashMap<>(params);
		withType.put("type", type.name());
		withType.put("top", TOP);
		record Row(String uri, long employers, long people, long soon) {
		}
		List<Row> rows = jdbc.sql(latest + """
				select n.concept_uri, count(distinct l.employer_id) as employers, sum(n.people) as people,
				    coalesce(sum(n.people) filter (where n.timing in ('NOW', 'WITHIN_3_MONTHS')), 0) as soon
				from latest l join needs_survey_need n on n.survey_id = l.id
				where n.concept_type = :type
				group by n.concept_uri order by employers desc, people desc, n.concept_uri limit :top""")
			.params(withType)
			.query((rs, row) -> new Row(rs.getString("concept_uri"), rs.getLong("employers"), rs.getLong("people"),
					rs.getLong("soon")))
			.list();
		Map<String, Concept> concepts = catalogue.concepts(rows.stream().map(Row::uri).toList());
		return rows.stream()
			.map(row -> new ConceptCount(row.uri(), concepts.get(row.uri()), row.employers(), row.people(),
					row.soon()))
			.toList();
	}

}
