package fi.kohtaanto.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaanto.IntegrationTest;
import fi.kohtaanto.clients.AgeBand;
import fi.kohtaanto.clients.Gender;
import fi.kohtaanto.clients.LabourMarketStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The profile numbers the database computes (migration V18) decode to the attributes they were computed from, for
 * every combination, so that the SQL and {@link Profiles} cannot drift apart.
 */
@IntegrationTest
@Transactional
class ProfilesIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyEntryProfileDecodesToItsAttributes() {
		long id = -1;
		int checked = 0;
		for (LabourMarketStatus status : LabourMarketStatus.values()) {
			for (AgeBand age : AgeBand.values()) {
				for (String isced : Profiles.ISCED_GROUPS) {
					for (boolean thirdCountry : new boolean[] { false, true }) {
						for (boolean foreign : new boolean[] { false, true }) {
							for (Gender gender : Gender.values()) {
								insert(id, status.name(), age.name(), isced, thirdCountry, foreign, gender.name());
								int code = jdbc.sql("select entry_profile from report_participant where client_id = :id")
									.param("id", id--)
									.query(Integer.class)
									.single();
								assertThat(Profiles.entry(code)).isEqualTo(
										new Profiles.Entry(status, age, isced, thirdCountry, foreign, gender));
								checked++;
							}
						}
					}
				}
			}
		}
		assertThat(checked).isEqualTo(5 * 4 * 3 * 2 * 2 * 4);
	}

	@Test
	void everyExitProfileDecodesToItsSituation() {
		insert(-1, "UNEMPLOYED", "FROM_18_TO_29", "ISCED_3_4", true, true, "NON_BINARY");
		for (int bits = 0; bits < 256; bits++) {
			jdbc.sql("""
					update report_participant set exit_date = date '2027-01-01', exit_job_searching = :b0,
					    exit_in_education = :b1, exit_qualification = :b2, exit_employed = :b3, exit_self_employed = :b4,
					    followup_date = case when :b5 then date '2027-07-01' end, followup_employed = :b6,
					    followup_improved = :b7
					where client_id = -1
					""")
				.param("b0", (bits & 1) != 0)
				.param("b1", (bits & 2) != 0)
				.param("b2", (bits & 4) != 0)
				.param("b3", (bits & 8) != 0)
				.param("b4", (bits & 16) != 0)
				.param("b5", (bits & 32) != 0)
				.param("b6", (bits & 64) != 0)
				.param("b7", (bits & 128) != 0)
				.update();
			int code = jdbc.sql("select exit_profile from report_participant where client_id = -1")
				.query(Integer.class)
				.single();
			assertThat(Profiles.exit(code)).isEqualTo(new Profiles.Exit((bits & 1) != 0, (bits & 2) != 0,
					(bits & 4) != 0, (bits & 8) != 0, (bits & 16) != 0, (bits & 32) != 0, (bits & 64) != 0,
					(bits & 128) != 0, Gender.NON_BINARY));
		}
	}

	private void insert(long id, String status, String age, String isced, boolean thirdCountry, boolean foreign,
			String gender) {
		jdbc.sql("""
				insert into report_participant (client_id, organisation_id, entry_date, age_band, gender, entry_status,
				    isced_group, third_country, foreign_background)
				values (:id, 1, date '2027-01-01', :age, :gender, :status, :isced, :thirdCountry, :foreign)
				""")
			.param("id", id)
			.param("age", age)
			.param("gender", gender)
			.param("status", status)
			.param("isced", isced)
			.param("thirdCountry", thirdCountry)
			.param("foreign", foreign)
			.update();
	}

}
