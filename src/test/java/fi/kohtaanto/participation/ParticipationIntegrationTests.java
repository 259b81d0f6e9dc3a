package fi.kohtaanto.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import fi.kohtaanto.IntegrationTest;
import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.catalogue.CefrLevel;
import fi.kohtaanto.catalogue.IscedLevel;
import fi.kohtaanto.clients.ClientRegistration;
import fi.kohtaanto.clients.Clients;
import fi.kohtaanto.clients.Gender;
import fi.kohtaanto.clients.LabourMarketStatus;
import fi.kohtaanto.consent.ConsentPurpose;
import fi.kohtaanto.consent.Consents;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.shared.ClientId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class ParticipationIntegrationTests {

	static final LocalDate TODAY = LocalDate.now();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clients clients;

	@Autowired
	Consents consents;

	@Autowired
	Participation participation;

	OrganisationView home;

	CurrentUser advisor;

	@BeforeEach
	void setUp() {
		home = testData.organisation();
		advisor = testData.advisor(home.id());
	}

	ClientId clientWhoEntered(LocalDate entry, String lastName) {
		return clients.register(advisor, new ClientRegistration("Test", lastName, null, null, 1990, Gender.WOMAN,
				LabourMarketStatus.UNEMPLOYED, IscedLevel.ISCED_3, "SY", true, "491", entry, null,
				List.of(new ClientRegistration.Language("fi", CefrLevel.A2)), List.of(), List.of(), entry, List.of(),
				false, false));
	}

	MockHttpServletRequestBuilder exitForm(ClientId client, String... fields) {
		MockHttpServletRequestBuilder request = post("/clients/" + client.value() + "/participation/exit")
			.with(testData.as(advisor))
			.with(csrf())
			.param("lang", "en");
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request;
	}

	@Test
	void advisorRecordsTheExitAndLaterTheFollowUp() throws Exception {
		ClientId client = clientWhoEntered(TODAY.minusMonths(9), "Leaver");
		LocalDate left = TODAY.minusMonths(6).minusDays(3);
		mvc.perform(exitForm(client, "exitDate", left.toString(), "reason", "EMPLOYED", "employed", "true",
				"jobSearching", "false")).andExpect(status().isFound());
		mvc.perform(get("/clients/" + client.value() + "/participation").with(testData.as(advisor)).param("lang", "en"))
			.andExpect(content().string(containsString("In employment, including self-employment")))
			.andExpect(content().string(containsString("Overdue")));

		mvc.perform(post("/clients/" + client.value() + "/participation/follow-up").with(testData.as(advisor))
			.with(csrf())
			.param("followedUpOn", TODAY.toString())
			.param("reached", "true")
			.param("employed", "true")
			.param("improvedSituation", "true")).andExpect(status().isFound());

		ParticipationRecord record = participation.of(client).orElseThrow();
		assertThat(record.exit().employed()).isTrue();
		assertThat(record.exit().reason()).isEqualTo(LeavingReason.EMPLOYED);
		assertThat(record.followUp()).isEqualTo(new FollowUpData(TODAY, true, true, false, true, false, null));
		assertThat(jdbc.sql("""
				select action || ' ' || details from audit_event where subject_type = 'client' and subject_id = :id
				  and action in ('CREATE', 'UPDATE') order by id""")
			.param("id", client.value())
			.query(String.class)
			.list()).containsExactly("CREATE intake", "CREATE exit", "CREATE follow-up");
	}

	@Test
	void exitBeforeEntryInTheFutureOrSelfEmployedWithoutEmploymentIsRefusedAndNothingStored() throws Exception {
		ClientId client = clientWhoEntered(TODAY.minusMonths(2), "Careful");
		mvc.perform(exitForm(client, "exitDate", TODAY.minusMonths(3).toString(), "reason", "COMPLETED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot be before the client entered")));
		mvc.perform(exitForm(client, "exitDate", TODAY.plusDays(2).toString(), "reason", "COMPLETED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date cannot be in the future.")));
		mvc.perform(exitForm(client, "exitDate", TODAY.toString(), "reason", "COMPLETED", "selfEmployed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A self-employed participant is also in employment")));
		mvc.perform(exitForm(client, "exitDate", TODAY.toString(), "notes", "<script>x</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This field is required.")))
			.andExpect(content().string(containsString("Remove the characters &lt; and &gt;")));
		assertThat(participation.of(client)).isEmpty();
	}

	@Test
	void followUpIsRefusedBeforeTheExitTooEarlyOrWithoutTheEmploymentAnswer() throws Exception {
		ClientId client = clientWhoEntered(TODAY.minusMonths(4), "Early");
		String followUp = "/clients/" + client.value() + "/participation/follow-up";
		mvc.perform(post(followUp).with(testData.as(advisor)).with(csrf()).param("lang", "en")
			.param("followedUpOn", TODAY.toString())
			.param("reached", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Save the follow-up"))));
		participation.recordExit(advisor, client, new ExitData(TODAY.minusMonths(3), true, false, false, false, false,
				LeavingReason.INTERRUPTED, null));
		mvc.perform(post(followUp).with(testData.as(advisor)).with(csrf()).param("lang", "en")
			.param("followedUpOn", TODAY.toString())
			.param("reached", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at the earliest one month before it is due")))
			.andExpect(content().string(containsString("Answer whether the participant is in employment.")));
		assertThat(participation.of(client).orElseThrow().followUp()).isNull();
	}

	@Test
	void theOwnOrganisationRecordsTheExitAfterTheServiceConsentIsWithdrawnButOthersNever() throws Exception {
		ClientId client = clientWhoEntered(TODAY.minusMonths(1), "Withdrawn");
		long service = consents.history(client)
			.stream()
			.filter(consent -> consent.purpose() == ConsentPurpose.SERVICE)
			.findFirst()
			.orElseThrow()
			.id();
		consents.withdraw(advisor, client, home.id(), service);

		mvc.perform(exitForm(client, "exitDate", TODAY.toString(), "reason", "INTERRUPTED"))
			.andExpect(status().isFound());
		assertThat(participation.of(client)).isPresent();

		CurrentUser stranger = testData.advisor(testData.organisation().id());
		mvc.perform(get("/clients/" + client.value() + "/participation").with(testData.as(stranger)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/clients/" + client.value() + "/participation/exit/remove").with(testData.as(stranger))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(participation.of(client)).isPresent();
	}

	@Test
	void theReminderListShowsTheOrganisationsFollowUpsThatAreDueOrOverdue() throws Exception {
		ClientId overdue = clientWhoEntered(TODAY.minusMonths(10), "Overdue");
		ClientId soon = clientWhoEntered(TODAY.minusMonths(8), "Soon");
		ClientId later = clientWhoEntered(TODAY.minusMonths(8), "Later");
		ClientId done = clientWhoEntered(TODAY.minusMonths(10), "Done");
		participation.recordExit(advisor, overdue, exitOn(TODAY.minusMonths(7)));
		participation.recordExit(advisor, soon, exitOn(TODAY.minusMonths(6).plusDays(10)));
		participation.recordExit(advisor, later, exitOn(TODAY.minusMonths(5)));
		participation.recordExit(advisor, done, exitOn(TODAY.minusMonths(7)));
		participation.recordFollowUp(advisor, done, new FollowUpData(TODAY, false, null, null, null, null, null));

		mvc.perform(get("/participation/follow-ups").with(testData.as(advisor)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Test Overdue")))
			.andExpect(content().string(containsString("Test Soon")))
			.andExpect(content().string(not(containsString("Test Later"))))
			.andExpect(content().string(not(containsString("Test Done"))));
		CurrentUser otherOrganisation = testData.advisor(testData.organisation().id());
		mvc.perform(get("/participation/follow-ups").with(testData.as(otherOrganisation)))
			.andExpect(content().string(not(containsString("Test Overdue"))));
	}

	static ExitData exitOn(LocalDate date) {
		return new ExitData(date, true, false, false, false, false, LeavingReason.COMPLETED, null);
	}

}
