package fi.kohtaanto.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import fi.kohtaanto.IntegrationTest;
import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.accounts.Role;
import fi.kohtaanto.catalogue.CefrLevel;
import fi.kohtaanto.catalogue.IscedLevel;
import fi.kohtaanto.clients.ClientRegistration;
import fi.kohtaanto.clients.Clients;
import fi.kohtaanto.clients.Gender;
import fi.kohtaanto.clients.LabourMarketStatus;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.organisations.Organisations;
import fi.kohtaanto.participation.ExitData;
import fi.kohtaanto.participation.LeavingReason;
import fi.kohtaanto.participation.Participation;
import fi.kohtaanto.shared.ClientId;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ReportingWebIntegrationTests {

	static final String FROM = "2026-03-01";

	static final String TO = "2026-03-31";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Clients clients;

	@Autowired
	Participation participation;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcClient jdbc;

	OrganisationView home;

	CurrentUser advisor;

	CurrentUser coordinator;

	@BeforeEach
	void setUp() {
		home = testData.organisation();
		advisor = testData.advisor(home.id());
		coordinator = testData.user(home.id(), Role.COORDINATOR);
		ClientId left = participant("Zelda", "Exported", "2026-03-02");
		participant("Yusuf", "Exported", "2026-03-20");
		participation.recordExit(advisor, left, new ExitData(LocalDate.parse("2026-03-30"), false, false, false, true,
				false, LeavingReason.EMPLOYED, null));
	}

	ClientId participant(String firstName, String lastName, String entry) {
		LocalDate entryDate = LocalDate.parse(entry);
		return clients.register(advisor, new ClientRegistration(firstName, lastName, "secret@example.com", null, 1990,
				Gender.WOMAN, LabourMarketStatus.UNEMPLOYED, IscedLevel.ISCED_6, "SY", true, "491", entryDate, null,
				List.of(new ClientRegistration.Language("fi", CefrLevel.A2)), List.of(), List.of(), entryDate,
				List.of(), false, false));
	}

	OrganisationView lead() {
		return organisations.findByShortName("TestLead")
			.orElseGet(() -> organisations.register("TestLead", "Päätoteuttaja", "Huvudgenomförare", "Lead", null));
	}

	String organisation() {
		return String.valueOf(home.id().value());
	}

	@Test
	void coordinatorSeesTheDashboardWithIndicatorsTargetsAndFlows() throws Exception {
		mvc.perform(get("/reports").param("from", FROM)
			.param("to", TO)
			.param("organisation", organisation())
			.param("lang", "en")
			.with(testData.as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unemployed, including long-term unemployed")))
			.andExpect(content().string(containsString("In employment, including self-employment, upon leaving")))
			.andExpect(content().string(containsString("From path steps to outcomes")))
			.andExpect(content().string(containsString("participants.csv")))
			.andExpect(content().string(not(containsString("Zelda"))));
	}

	@Test
	void projectTargetsAreSeededFromTheConfigurationAndShownWithProgress() throws Exception {
		mvc.perform(get("/reports").param("lang", "en").with(testData.as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/ 343 (")))
			.andExpect(content().string(containsString("/ 105 (")))
			.andExpect(content().string(containsString("class=\"progress-bar\"")));
	}

	@Test
	void advisorsDoNotSeeReports() throws Exception {
		mvc.perform(get("/reports").with(testData.as(advisor))).andExpect(status().isForbidden());
		mvc.perform(get("/reports/participants.csv").with(testData.as(advisor))).andExpect(status().isForbidden());
	}

	@Test
	void badPeriodGivesALocalisedErrorAndTheProjectPeriod() throws Exception {
		mvc.perform(get("/reports").param("from", "2026-03-31")
			.param("to", "2026-03-01")
			.param("lang", "en")
			.with(testData.as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The end date must not be before the start date.")));
		mvc.perform(get("/reports").param("from", "31.3.2026").param("lang", "en").with(testData.as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the date as YYYY-MM-DD")));
	}

	@Test
	void participantRowsAreAnonymisedAndTheExportIsAudited() throws Exception {
		String csv = mvc
			.perform(get("/reports/participants.csv").param("from", FROM)
				.param("to", TO)
				.param("organisation", organisation())
				.with(testData.as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("participants-2026-03-01-2026-03-31.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo(String.join(",", ReportExports.PARTICIPANT_HEADER));
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).startsWith("1," + home.shortName() + ",2026-03,FROM_30_TO_54,WOMAN,UNEMPLOYED,"
				+ "ISCED_5_8,true,true,2026-03,false,false,false,true,false,false,false,false,");
		assertThat(csv).doesNotContain("Zelda", "Yusuf", "Exported", "secret@example.com", "1990", "491");
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'DISCLOSE' and subject_type = 'report'
				  and actor_username = :user""").param("user", coordinator.username()).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void indicatorTableComesAsCsvAndXlsx() throws Exception {
		String csv = mvc
			.perform(get("/reports/indicators.csv").param("from", FROM)
				.param("to", TO)
				.param("organisation", organisation())
				.param("lang", "en")
				.with(testData.as(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().toList()).contains(
				"OUTPUT,PARTICIPANTS,Participants,2026-03-01,2026-03-31," + home.shortName() + ",2,2,0,0,0,",
				"IMMEDIATE_RESULT,EMPLOYED_ON_EXIT,\"In employment, including self-employment, upon leaving\","
						+ "2026-03-01,2026-03-31," + home.shortName() + ",1,1,0,0,0,");

		byte[] xlsx = mvc
			.perform(get("/reports/indicators.xlsx").param("from", FROM)
				.param("to", TO)
				.param("organisation", organisation())
				.with(testData.as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(1)).isEqualTo("indicator_key");
			Row participants = rows.stream()
				.filter(row -> "PARTICIPANTS".equals(row.getCellText(1)))
				.findFirst()
				.orElseThrow();
			assertThat(participants.getCellAsNumber(6).orElseThrow().intValue()).isEqualTo(2);
			assertThat(rows).hasSize(Indicator.values().length + 1);
		}
	}

	@Test
	void onlyTheLeadOrganisationReportsForEveryoneAndOthersOnlyForThemselves() throws Exception {
		CurrentUser otherCoordinator = testData.user(testData.organisation().id(), Role.COORDINATOR);
		mvc.perform(get("/reports/participants.csv").param("organisation", organisation())
			.with(testData.as(otherCoordinator))).andExpect(status().isNotFound());
		mvc.perform(get("/reports/participants.csv").with(testData.as(coordinator))).andExpect(status().isNotFound());
		mvc.perform(get("/reports/indicators.csv").param("organisation", organisation())
			.with(testData.as(otherCoordinator))).andExpect(status().isOk());

		CurrentUser leadCoordinator = testData.user(lead().id(), Role.COORDINATOR);
		String all = mvc
			.perform(get("/reports/participants.csv").param("from", FROM)
				.param("to", TO)
				.with(testData.as(leadCoordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(all.lines().filter(line -> line.contains("," + home.shortName() + ",")).count()).isEqualTo(2);
	}

	@Test
	void coordinatorSetsTheOrganisationsTargetsButNotTheProjects() throws Exception {
		mvc.perform(post("/reports/targets").with(testData.as(coordinator))
			.with(csrf())
			.param("organisation", organisation())
			.param("values[PARTICIPANTS]", "40")
			.param("values[EMPLOYED_ON_EXIT]", "12")).andExpect(status().isFound());
		mvc.perform(get("/reports").param("organisation", organisation())
			.param("from", FROM)
			.param("to", TO)
			.param("lang", "en")
			.with(testData.as(coordinator)))
			.andExpect(content().string(containsString("/ 40 (")))
			.andExpect(content().string(containsString("/ 12 (")));

		mvc.perform(post("/reports/targets").with(testData.as(coordinator))
			.with(csrf())
			.param("values[PARTICIPANTS]", "1")).andExpect(status().isNotFound());
		mvc.perform(post("/reports/targets").with(testData.as(coordinator))
			.with(csrf())
			.param("lang", "en")
			.param("organisation", organisation())
			.param("values[PARTICIPANTS]", "many"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a whole number from 0 to 1,000,000.")));
		assertThat(jdbc.sql("select target from report_target where organisation_id = :org and indicator = 'PARTICIPANTS'")
			.param("org", home.id().value())
			.query(Integer.class)
			.single()).isEqualTo(40);
		assertThat(jdbc.sql("select target from report_target where organisation_id is null and indicator = 'PARTICIPANTS'")
			.query(Integer.class)
			.single()).isEqualTo(343);
	}


}
