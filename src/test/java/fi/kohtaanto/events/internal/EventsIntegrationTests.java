package fi.kohtaanto.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.kohtaanto.IntegrationTest;
import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.events.ClientAttendedEvent;
import fi.kohtaanto.events.EventData;
import fi.kohtaanto.events.EventStatus;
import fi.kohtaanto.events.EventType;
import fi.kohtaanto.events.EventView;
import fi.kohtaanto.events.LanguageLevel;
import fi.kohtaanto.events.RegistrationStatus;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@RecordApplicationEvents
class EventsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	EventService events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents published;

	OrganisationView home;

	OrganisationView other;

	CurrentUser organiser;

	CurrentUser otherAdvisor;

	@BeforeEach
	void setUp() {
		home = testData.organisation();
		other = testData.organisation();
		organiser = testData.advisor(home.id());
		otherAdvisor = testData.advisor(other.id());
	}

	EventData cafe(int capacity, boolean publicRegistration, Instant start) {
		return new EventData(EventType.LANGUAGE_CAFE, home.id(), "Kielikahvila", "Language café", null,
				"Kahvia ja suomea.", null, null, LanguageLevel.A1_A2, "Pääkirjasto", null, start,
				start.plus(Duration.ofMinutes(90)), capacity, null, publicRegistration);
	}

	EventView published(int capacity, boolean publicRegistration) {
		EventView event = events.create(organiser, cafe(capacity, publicRegistration, Instant.now().plus(Duration.ofDays(7))));
		events.setStatus(organiser, event.id(), EventStatus.PUBLISHED);
		return event;
	}

	List<RegistrationStatus> statuses(long eventId) {
		return jdbc.sql("select status from event_registration where event_id = :id order by registered_at, id")
			.param("id", eventId)
			.query((rs, row) -> RegistrationStatus.valueOf(rs.getString(1)))
			.list();
	}

	@Test
	void advisorCreatesAnEventThroughTheFormAndBadInputStoresNothing() throws Exception {
		String date = LocalDate.now().plusDays(10).toString();
		long before = jdbc.sql("select count(*) from event").query(Long.class).single();
		mvc.perform(post("/events/new").with(testData.as(organiser)).with(csrf()).param("lang", "en")
			.param("type", "LANGUAGE_CAFE")
			.param("titleFi", "<b>Kahvila</b>")
			.param("date", date)
			.param("startTime", "15:00")
			.param("endTime", "14:00")
			.param("capacity", "20"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove the characters &lt; and &gt;")));
		mvc.perform(post("/events/new").with(testData.as(organiser)).with(csrf()).param("lang", "en")
			.param("type", "LANGUAGE_CAFE")
			.param("titleFi", "Kahvila")
			.param("date", date)
			.param("startTime", "15:00")
			.param("endTime", "14:00")
			.param("capacity", "0")
			.param("registrationClosesOn", LocalDate.now().plusDays(11).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The value must be at least 1.")));
		mvc.perform(post("/events/new").with(testData.as(organiser)).with(csrf()).param("lang", "en")
			.param("type", "LANGUAGE_CAFE")
			.param("titleFi", "Kahvila")
			.param("date", date)
			.param("startTime", "15:00")
			.param("endTime", "14:00")
			.param("capacity", "20")
			.param("registrationClosesOn", LocalDate.now().plusDays(11).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The event must end after it starts.")))
			.andExpect(content().string(containsString("Choose the Finnish level of the language café.")))
			.andExpect(content().string(containsString("Give a place or an online link.")))
			.andExpect(content().string(containsString("Registration must close before the event.")));
		assertThat(jdbc.sql("select count(*) from event").query(Long.class).single()).isEqualTo(before);

		mvc.perform(post("/events/new").with(testData.as(organiser)).with(csrf())
			.param("type", "LANGUAGE_CAFE")
			.param("titleFi", "Kielikahvila A")
			.param("languageLevel", "A1_A2")
			.param("location", "Pääkirjasto")
			.param("date", date)
			.param("startTime", "15:00")
			.param("endTime", "16:30")
			.param("capacity", "20")).andExpect(status().isFound());
		assertThat(jdbc.sql("select count(*) from event").query(Long.class).single()).isEqualTo(before + 1);
	}

	@Test
	void theWaitingListMovesUpWhenAPlaceIsFreedOrAdded() {
		EventView event = published(2, false);
		List<ClientId> clients = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			clients.add(testData.client(organiser, "Waiting", "Client" + i));
		}
		List<RegistrationOutcome> outcomes = clients.stream()
			.map(client -> events.registerClient(organiser, event.id(), client))
			.toList();
		assertThat(outcomes).extracting(RegistrationOutcome::status)
			.containsExactly(RegistrationStatus.REGISTERED, RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED,
					RegistrationStatus.WAITLISTED);

		events.cancel(organiser, outcomes.get(0).registrationId());
		assertThat(statuses(event.id())).containsExactly(RegistrationStatus.CANCELLED, RegistrationStatus.REGISTERED,
				RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED);

		EventView current = events.find(event.id()).orElseThrow();
		events.update(organiser, event.id(), current.version(), cafe(3, false, current.data().startsAt()));
		assertThat(statuses(event.id())).containsExactly(RegistrationStatus.CANCELLED, RegistrationStatus.REGISTERED,
				RegistrationStatus.REGISTERED, RegistrationStatus.REGISTERED);
		assertThatThrownBy(() -> events.registerClient(organiser, event.id(), clients.get(1)))
			.isInstanceOf(EventRulesBrokenException.class);
	}

	@Test
	void concurrentRegistrationsNeverExceedTheCapacity() throws Exception {
		EventView event = published(3, false);
		List<ClientId> clients = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			clients.add(testData.client(organiser, "Rush", "Client" + i));
		}
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<RegistrationOutcome>> tasks = clients.stream()
				.map(client -> (Callable<RegistrationOutcome>) () -> events.registerClient(organiser, event.id(), client))
				.toList();
			for (Future<RegistrationOutcome> future : pool.invokeAll(tasks)) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		List<RegistrationStatus> statuses = statuses(event.id());
		assertThat(statuses).hasSize(12);
		assertThat(statuses.stream().filter(RegistrationStatus.REGISTERED::equals)).hasSize(3);
	}

	@Test
	void otherOrganisationsSeeOnlyTheirOwnRegistrationsAndTheDisclosureIsAudited() throws Exception {
		EventView event = published(10, false);
		events.registerClient(organiser, event.id(), testData.client(organiser, "Own", "Participant"));
		ClientId theirs = testData.client(otherAdvisor, "Their", "Participant");
		events.registerClient(otherAdvisor, event.id(), theirs);

		mvc.perform(get("/events/" + event.id()).with(testData.as(otherAdvisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Their Participant")))
			.andExpect(content().string(not(containsString("Own Participant"))));
		mvc.perform(get("/events/" + event.id()).with(testData.as(organiser)))
			.andExpect(content().string(containsString("Their Participant")))
			.andExpect(content().string(containsString("Own Participant")));
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'DISCLOSE' and subject_type = 'client' and subject_id = :id""")
			.param("id", theirs.value())
			.query(Long.class)
			.single()).isEqualTo(1);
		mvc.perform(post("/events/" + event.id() + "/edit").with(testData.as(otherAdvisor)).with(csrf())
			.param("type", "WORKSHOP")
			.param("titleFi", "Kaapattu")
			.param("location", "X")
			.param("date", LocalDate.now().plusDays(3).toString())
			.param("startTime", "10:00")
			.param("endTime", "11:00")
			.param("capacity", "5")).andExpect(status().isNotFound());
		assertThat(events.find(event.id()).orElseThrow().data().titleFi()).isEqualTo("Kielikahvila");
	}

	@Test
	void aDraftTakesNoRegistrationsAndIsNotPublic() throws Exception {
		EventView draft = events.create(organiser, cafe(5, true, Instant.now().plus(Duration.ofDays(3))));
		assertThatThrownBy(() -> events.registerClient(organiser, draft.id(), testData.client(organiser, "Too", "Early")))
			.isInstanceOf(NotFoundException.class);
		mvc.perform(get("/public/events/" + draft.id())).andExpect(status().isNotFound());
		EventView staffOnly = published(5, false);
		mvc.perform(get("/public/events/" + staffOnly.id())).andExpect(status().isNotFound());
		mvc.perform(get("/public/events")).andExpect(content().string(not(containsString("/public/events/" + draft.id() + "\""))));
	}

	@Test
	void peopleRegisterThemselvesWithoutLoginAndCancelWithTheirLink() throws Exception {
		EventView event = published(1, true);
		mvc.perform(get("/public/events/" + event.id()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Register")));
		mvc.perform(post("/public/events/" + event.id() + "/register").with(csrf()).param("lang", "en")
			.param("name", "Maria")
			.param("email", "not-an-email"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("To register, agree to the use of your details")))
			.andExpect(content().string(containsString("value=\"Maria\"")));
		String first = mvc.perform(post("/public/events/" + event.id() + "/register").with(csrf()).param("lang", "en")
			.param("name", "Maria Santos")
			.param("email", "maria@example.com")
			.param("agree", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You are registered")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(post("/public/events/" + event.id() + "/register").with(csrf()).param("lang", "en")
			.param("name", "Maria again")
			.param("email", "MARIA@example.com")
			.param("agree", "true"))
			.andExpect(content().string(containsString("Someone has already registered with this e-mail address.")));
		mvc.perform(post("/public/events/" + event.id() + "/register").with(csrf()).param("lang", "en")
			.param("name", "Ali Second")
			.param("email", "ali@example.com")
			.param("agree", "true"))
			.andExpect(content().string(containsString("you are on the waiting list")));

		Matcher link = Pattern.compile("/public/events/cancel/([A-Za-z0-9_-]{22})").matcher(first);
		assertThat(link.find()).isTrue();
		mvc.perform(post("/public/events/cancel/" + link.group(1)).with(csrf()).param("lang", "en"))
			.andExpect(content().string(containsString("Your registration has been cancelled.")));
		assertThat(statuses(event.id())).containsExactly(RegistrationStatus.CANCELLED, RegistrationStatus.REGISTERED);
		mvc.perform(get("/public/events/cancel/" + "x".repeat(22))).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from event_registration where cancel_token_hash = :t")
			.param("t", link.group(1))
			.query(Long.class)
			.single()).as("only the hash is stored").isZero();
	}

	@Test
	void attendanceIsMarkedOnceTheEventHasStartedAndAnnouncedForClients() {
		EventView event = published(5, false);
		ClientId client = testData.client(organiser, "Present", "Client");
		RegistrationOutcome registration = events.registerClient(organiser, event.id(), client);
		assertThatThrownBy(() -> events.markAttendance(organiser, event.id(), Map.of(registration.registrationId(), true)))
			.isInstanceOf(EventRulesBrokenException.class);

		EventView current = events.find(event.id()).orElseThrow();
		events.update(organiser, event.id(), current.version(),
				cafe(5, false, Instant.now().minus(Duration.ofHours(2))));
		events.markAttendance(organiser, event.id(), Map.of(registration.registrationId(), true));
		assertThat(jdbc.sql("select attended from event_registration where id = :id")
			.param("id", registration.registrationId())
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(published.stream(ClientAttendedEvent.class)).singleElement()
			.satisfies(attended -> assertThat(attended.client()).isEqualTo(client));
		assertThatThrownBy(() -> events.markAttendance(otherAdvisor, event.id(), Map.of(registration.registrationId(), false)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void selfRegisteredPeoplesDetailsAreErasedAMonthAfterTheEvent() {
		EventView event = published(5, true);
		events.registerSelf(event.id(), new SelfRegistration("Olga", "olga@example.com", "+358 40 123", "ru"));
		EventView current = events.find(event.id()).orElseThrow();
		events.update(organiser, event.id(), current.version(), cafe(5, true, Instant.now().minus(Duration.ofDays(40))));
		events.anonymiseOldSelfRegistrations();
		assertThat(jdbc.sql("select display_name || '|' || coalesce(email, '-') || '|' || coalesce(phone, '-') from event_registration where event_id = :id")
			.param("id", event.id())
			.query(String.class)
			.single()).isEqualTo("–|-|-");
	}

	@Test
	void calendarFilesAreICalendar() throws Exception {
		EventView event = published(5, true);
		mvc.perform(get("/public/events/" + event.id() + "/calendar.ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andExpect(content().string(containsString("UID:event-" + event.id() + "@")))
			.andExpect(content().string(containsString("SUMMARY:Kielikahvila")));
		mvc.perform(get("/public/events/calendar.ics"))
			.andExpect(content().string(containsString("BEGIN:VEVENT")));
	}

}
