package fi.kohtaanto.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fi.kohtaanto.IntegrationTest;
import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.shared.EmployerId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class MeetMatchIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	MeetMatchFixture fixture;

	@Autowired
	MeetMatchService meetMatch;

	MeetMatchFixture.Scene scene;

	String base;

	@BeforeEach
	void setUp() {
		scene = fixture.scene();
		base = "/events/" + scene.event().id() + "/meetmatch";
	}

	void setUpSlots(String first, String count) throws Exception {
		mvc.perform(post(base + "/setup").with(testData.as(scene.organiser()))
			.with(csrf())
			.param("lang", "en")
			.param("firstSlot", first)
			.param("slotMinutes", "10")
			.param("breakMinutes", "2")
			.param("slotCount", count)
			.param("maxMeetings", "2"));
	}

	@Test
	void computesAnOptimalScheduleOfConsentingCandidatesWithoutDoubleBooking() throws Exception {
		setUpSlots("12:00", "4");
		for (EmployerId employer : scene.employers()) {
			mvc.perform(post(base + "/employers").with(testData.as(scene.organiser()))
				.with(csrf())
				.param("employerId", String.valueOf(employer.value()))).andExpect(status().isFound());
		}
		mvc.perform(post(base + "/compute").with(testData.as(scene.organiser())).with(csrf()))
			.andExpect(flash().attribute("flashMessage", "meetmatch.computed"));

		MeetMatchStore.Summary summary = meetMatch.summary(scene.event().id()).orElseThrow();
		assertThat(summary.optimal()).isTrue();
		assertThat(summary.totalScore()).isEqualTo(summary.upperBound());
		assertThat(summary.candidates()).isEqualTo(4);
		assertThat(summary.candidatesWithoutFit()).as("Dana has not consented").isEqualTo(1);
		List<MeetMatchStore.StoredMeeting> meetings = meetMatch.meetings(scene.event().id());
		assertThat(meetings).extracting(MeetMatchStore.StoredMeeting::client).doesNotContain(scene.clients().get(3));
		Set<String> candidateSlots = new HashSet<>();
		Set<String> employerSlots = new HashSet<>();
		for (MeetMatchStore.StoredMeeting meeting : meetings) {
			assertThat(candidateSlots.add(meeting.client() + "@" + meeting.slot())).as("candidate double-booked").isTrue();
			assertThat(employerSlots.add(meeting.employer() + "@" + meeting.slot())).as("employer double-booked").isTrue();
		}
		for (var client : scene.clients()) {
			assertThat(meetings.stream().filter(m -> m.client().equals(client)).count()).isLessThanOrEqualTo(2);
		}
		// Amira the cook meets the kitchen, Bashir the warehouse worker meets the warehouse.
		assertThat(meetings).anySatisfy(m -> {
			assertThat(m.client()).isEqualTo(scene.clients().get(0));
			assertThat(m.employer()).isEqualTo(scene.employers().get(0));
		});
		assertThat(meetings).anySatisfy(m -> {
			assertThat(m.client()).isEqualTo(scene.clients().get(1));
			assertThat(m.employer()).isEqualTo(scene.employers().get(1));
		});

		mvc.perform(get(base).param("lang", "en").with(testData.as(scene.organiser())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Proven optimal")))
			.andExpect(content().string(containsString("Amira Tapaaja")))
			.andExpect(content().string(containsString(scene.employerNames().get(0))))
			.andExpect(content().string(containsString("12:00–12:10")));
	}

	@Test
	void slotsOutsideTheEventAndMissingSettingsAreRefusedClearly() throws Exception {
		mvc.perform(post(base + "/compute").with(testData.as(scene.organiser())).with(csrf()))
			.andExpect(flash().attribute("flashMessage", "meetmatch.setup.missing"));
		mvc.perform(post(base + "/setup").with(testData.as(scene.organiser()))
			.with(csrf())
			.param("lang", "en")
			.param("firstSlot", "13:30")
			.param("slotMinutes", "10")
			.param("breakMinutes", "2")
			.param("slotCount", "12")
			.param("maxMeetings", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The slots must fit within the event")));
		setUpSlots("12:00", "3");
		mvc.perform(post(base + "/compute").with(testData.as(scene.organiser())).with(csrf()))
			.andExpect(flash().attribute("flashMessage", "meetmatch.employers.missing"));
	}

	@Test
	void onlyTheOrganiserPlansTheSchedule() throws Exception {
		CurrentUser other = testData.advisor(testData.organisation().id());
		mvc.perform(post(base + "/compute").with(testData.as(other)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(base + "/employers").with(testData.as(other))
			.with(csrf())
			.param("employerId", String.valueOf(scene.employers().get(0).value()))).andExpect(status().isNotFound());
		assertThat(meetMatch.participants(scene.event().id())).isEmpty();
	}

}
