package fi.kohtaanto.reporting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import fi.kohtaanto.catalogue.Countries;
import fi.kohtaanto.clients.ParticipantFacts;
import fi.kohtaanto.participation.ExitData;
import fi.kohtaanto.participation.FollowUpData;
import fi.kohtaanto.participation.ParticipationRecord;
import fi.kohtaanto.paths.PathStepType;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report_participant table: one row per participant with what the indicators count.
 */
@Repository
class ParticipantRows {

	private final JdbcClient jdbc;

	ParticipantRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the participant's row from the data of the three modules, replacing the old row. */
	void save(ParticipantFacts facts, @Nullable ParticipationRecord participation, Set<PathStepType> completedSteps) {
		Map<String, Object> params = new HashMap<>();
		params.put("client", facts.id().value());
		params.put("organisation", facts.owner().value());
		params.put("entryDate", facts.entryDate());
		params.put("ageBand", facts.ageBand().name());
		params.put("gender", facts.gender().name());
		params.put("status", facts.status().name());
		params.put("isced", "ISCED_" + facts.iscedLevel().esfGroup().replace('-', '_'));
		params.put("thirdCountry", Countries.isThirdCountry(facts.citizenship()));
		params.put("foreignBackground", facts.foreignBackground());
		ExitData exit = participation == null ? null : participation.exit();
		params.put("exitDate", exit == null ? null : exit.exitDate());
		params.put("jobSearching", exit != null && exit.jobSearching());
		params.put("inEducation", exit != null && exit.inEducation());
		params.put("qualification", exit != null && exit.gainedQualification());
		params.put("employed", exit != null && exit.employed());
		params.put("selfEmployed", exit != null && exit.selfEmployed());
		FollowUpData followUp = participation == null ? null : participation.followUp();
		params.put("followUpDate", followUp == null ? null : followUp.followedUpOn());
		params.put("reached", followUp != null && followUp.reached());
		params.put("followUpEmployed", followUp != null && Boolean.TRUE.equals(followUp.employed()));
		params.put("improved", followUp != null && Boolean.TRUE.equals(followUp.improvedSituation()));
		params.put("steps", completedSteps.stream().map(Enum::name).sorted().toArray(String[]::new));
		jdbc.sql("""
				insert into report_participant (client_id, organisation_id, entry_date, age_band, gender, entry_status,
				    isced_group, third_country, foreign_background, exit_date, exit_job_searching, exit_in_education,
				    exit_qualification, exit_employed, exit_self_employed, followup_date, followup_reached,
				    followup_employed, followup_improved, completed_steps)
				values (:client, :organisation, :entryDate, :ageBand, :gender, :status, :isced, :thirdCountry,
				    :foreignBackground, :exitDate, :jobSearching, :inEducation, :qualification, :employed,
				    :selfEmployed, :followUpDate, :reached, :followUpEmployed, :improved, :steps)
				on conflict (client_id) do update set organisation_id = excluded.organisation_id,
				    entry_date = excluded.entry_date, age_band = excluded.age_band, gender = excluded.gender,
				    entry_status = excluded.entry_status, isced_group = excluded.isced_group,
				    third_country = excluded.third_country, foreign_background = excluded.foreign_background,
				    exit_date = excluded.exit_date, exit_job_searching = excluded.exit_job_searching,
				    exit_in_education = excluded.exit_in_education, exit_qualification = excluded.exit_qualification,
				    exit_employed = excluded.exit_employed, exit_self_employed = excluded.exit_self_employed,
				    followup_date = excluded.followup_date, followup_reached = excluded.followup_reached,
				    followup_employed = excluded.followup_employed, followup_improved = excluded.followup_improved,
				    completed_steps = excluded.completed_steps, refreshed_at = clock_timestamp()
				""").params(params).update();
	}

	void delete(ClientId client) {
		jdbc.sql("delete from report_participant where client_id = :client").param("client", client.value()).update();
	}

	void deleteAll() {
		jdbc.sql("delete from report_participant").update();
	}

	/**
	 * The anonymised rows of the participants who entered or left between the dates, of one organisation or of all,
	 * ordered by organisation and entry.
	 */
	List<ExportRow> export(LocalDate from, LocalDate to, @Nullable OrganisationId organisation,
			Function<OrganisationId, String> organisationName) {
		AtomicInteger number = new AtomicInteger();
		return jdbc.sql("""
				select * from report_participant
				where ((entry_date between :from and :to) or (exit_date between :from and :to))
				  and (cast(:organisation as bigint) is null or organisation_id = :organisation)
				order by organisation_id, entry_date, client_id
				""")
			.param("from", from)
			.param("to", to)
			.param("organisation", organisation == null ? null : organisation.value())
			.query((rs, row) -> {
				LocalDate exit = rs.getObject("exit_date", LocalDate.class);
				String[] steps = (String[]) rs.getArray("completed_steps").getArray();
				return new ExportRow(number.incrementAndGet(),
						organisationName.apply(OrganisationId.of(rs.getLong("organisation_id"))),
						YearMonth.from(rs.getObject("entry_date", LocalDate.class)), rs.getString("age_band"),
						rs.getString("gender"), rs.getString("entry_status"), rs.getString("isced_group"),
						rs.getBoolean("third_country"), rs.getBoolean("foreign_background"),
						exit == null ? null : YearMonth.from(exit), rs.getBoolean("exit_job_searching"),
						rs.getBoolean("exit_in_education"), rs.getBoolean("exit_qualification"),
						rs.getBoolean("exit_employed"), rs.getBoolean("exit_self_employed"),
						rs.getObject("followup_date") != null, rs.getBoolean("followup_employed"),
						rs.getBoolean("followup_improved"), List.of(steps));
			})
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from report_participant").query(Long.class).single();
	}

}
