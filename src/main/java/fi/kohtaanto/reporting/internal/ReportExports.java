package fi.kohtaanto.reporting.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fi.kohtaanto.clients.Gender;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The tables of the exports: the indicator table (per organisation and in total, by gender, with targets) and the
 * anonymised participant rows.
 */
@Component
class ReportExports {

	static final List<String> INDICATOR_HEADER = List.of("section", "indicator_key", "indicator", "period_from",
			"period_to", "organisation", "total", "women", "men", "non_binary", "gender_not_told", "target");

	static final List<String> PARTICIPANT_HEADER = List.of("row", "organisation", "entry_month", "age_band", "gender",
			"entry_status", "isced_group", "third_country_national", "foreign_background", "exit_month",
			"job_searching_on_exit", "in_education_on_exit", "qualification_on_exit", "employed_on_exit",
			"self_employed_on_exit", "followed_up", "employed_six_months", "improved_six_months", "completed_steps");

	private final MessageSource messages;

	ReportExports(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The indicator table: first the total of the scope, then each organisation in it.
	 * @param organisations the organisations to list, empty when the report is of one organisation
	 * @param targets targets of the scope (project or the one organisation)
	 */
	ExportTable indicators(IndicatorReport report, @Nullable OrganisationView scope, List<OrganisationView> organisations,
			Map<Indicator, Integer> targets, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (Indicator indicator : Indicator.values()) {
			rows.add(indicatorRow(report, indicator, null, scope == null ? "ALL" : scope.shortName(),
					targets.get(indicator), locale));
			for (OrganisationView organisation : organisations) {
				rows.add(indicatorRow(report, indicator, organisation.id(), organisation.shortName(), null, locale));
			}
		}
		return new ExportTable("Indicators", INDICATOR_HEADER, rows);
	}

	private List<Object> indicatorRow(IndicatorReport report, Indicator indicator, @Nullable OrganisationId organisation,
			String organisationName, @Nullable Integer target, Locale locale) {
		List<Object> row = new ArrayList<>(Arrays.asList(indicator.section().name(), indicator.name(),
				messages.getMessage("indicator." + indicator.name(), null, locale), report.from().toString(),
				report.to().toString(), organisationName, report.count(indicator, organisation, null)));
		for (Gender gender : List.of(Gender.WOMAN, Gender.MAN, Gender.NON_BINARY, Gender.NOT_TOLD)) {
			row.add(indicator.ofParticipants() ? report.count(indicator, organisation, gender) : null);
		}
		row.add(target);
		return row;
	}

	ExportTable participants(List<ExportRow> export) {
		List<List<Object>> rows = new ArrayList<>();
		for (ExportRow row : export) {
			rows.add(Arrays.asList(row.row(), row.organisation(), row.entryMonth().toString(), row.ageBand(),
					row.gender(), row.entryStatus(), row.iscedGroup(), row.thirdCountry(), row.foreignBackground(),
					row.exitMonth() == null ? null : row.exitMonth().toString(), row.jobSearching(),
					row.inEducation(), row.qualification(), row.employed(), row.selfEmployed(), row.followedUp(),
					row.employedSixMonths(), row.improvedSixMonths(), String.join(";", row.completedSteps())));
		}
		return new ExportTable("Participants", PARTICIPANT_HEADER, rows);
	}

}
