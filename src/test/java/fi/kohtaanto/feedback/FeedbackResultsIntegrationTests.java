package fi.kohtaanto.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import fi.kohtaanto.IntegrationTest;
import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.accounts.Role;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.audit.AuditEntry;
import fi.kohtaanto.audit.AuditLog;
import fi.kohtaanto.audit.AuditQuery;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Aggregates of feedback against hand-computed figures, the suppression of small groups (also where a small group
 * could be computed from the totals), and who reads the free-text answers.
 */
@IntegrationTest
class FeedbackResultsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Feedback feedback;

	@Autowired
	FeedbackFixtures fixtures;

	@Autowired
	AuditLog auditLog;

	OrganisationView home;

	OrganisationView other;

	CurrentUser advisor;

	CurrentUser coordinator;

	CurrentUser otherCoordinator;

	YearMonth month;

	@BeforeEach
	void setUp() {
		home = testData.organisation();
		other = testData.organisation();
		advisor = testData.advisor(home.id());
		coordinator = testData.user(home.id(), Role.COORDINATOR);
		otherCoordinator = testData.user(other.id(), Role.COORDINATOR);
		month = FeedbackFixtures.uniqueMonth();
	}

	ResultActions page(CurrentUser user, String path, String... params) throws Exception {
		var request = get(path).with(testData.as(user))
			.param("lang", "en")
			.param("respondent", "CLIENT")
			.param("from", month.toString())
			.param("to", month.toString());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	SatisfactionFigure figure(CurrentUser reader, @Nullable OrganisationId organisation, @Nullable ServiceKind kind) {
		return feedback.satisfaction(reader, month.atDay(1), month.atEndOfMonth())
			.stream()
			.filter(figure -> figure.respondent() == RespondentType.CLIENT)
			.filter(figure -> java.util.Objects.equals(figure.organisation(), organisation) && figure.kind() == kind)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void computesCountsAveragesDistributionsAndRecommendation() throws Exception {
		// Work trial: overall 5, 4, 4, 3, 5, 2 (sum 23, mean 3.83); "would recommend" yes 4, no 1, unanswered 1.
		fixtures.answer(advisor, RespondentType.CLIENT, ServiceKind.WORK_TRIAL, new int[] { 5, 4, 4, 3, 5, 2 },
				new Boolean[] { true, true, false, true, true, null }, new String[6]);
		// Guidance: overall 3, 3, 4, 4, 5 (sum 19, mean 3.80); nobody answered "would recommend".
		fixtures.answer(advisor, RespondentType.CLIENT, ServiceKind.GUIDANCE, 3, 3, 4, 4, 5);
		fixtures.moveTo(month, home.id());

		assertThat(figure(coordinator, home.id(), ServiceKind.WORK_TRIAL))
			.isEqualTo(new SatisfactionFigure(home.id(), RespondentType.CLIENT, ServiceKind.WORK_TRIAL, false, 6,
					new BigDecimal("3.83")));
		assertThat(figure(coordinator, home.id(), ServiceKind.GUIDANCE).averageSatisfaction())
			.isEqualByComparingTo("3.80");
		// The organisation over all kinds: 42 / 11.
		assertThat(figure(coordinator, home.id(), null)).isEqualTo(new SatisfactionFigure(home.id(),
				RespondentType.CLIENT, null, false, 11, new BigDecimal("3.82")));
		assertThat(figure(coordinator, null, null).answers()).isEqualTo(11);
		assertThat(figure(coordinator, home.id(), ServiceKind.EVENT))
			.isEqualTo(new SatisfactionFigure(home.id(), RespondentType.CLIENT, ServiceKind.EVENT, false, 0, null));

		page(coordinator, "/feedback").andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("6 answers"), containsString(">3.8<"),
					containsString("11 answers"), containsString("5 answers"))));
		page(coordinator, "/feedback/group", "organisation", home.id().toString(), "kind", "WORK_TRIAL")
			.andExpect(content().string(allOf(containsString("Answers: 6"),
					// Overall: 2 gave 5 (33 %), 2 gave 4 (33 %), 1 gave 3 (17 %), 1 gave 2 (17 %), none gave 1.
					containsString("0 (0 %)"), containsString("1 (17 %)"), containsString("2 (33 %)"),
					containsString("80 % of the 5 who answered this question"))));
		page(coordinator, "/feedback/group", "organisation", home.id().toString(), "kind", "GUIDANCE")
			.andExpect(content().string(allOf(containsString("Answers: 5"), containsString("3.8"),
					containsString("Would recommend the service</strong>:"), containsString("No answers"))));
	}

	@Test
	void hidesAGroupOfFourAndShowsAGroupOfFive() throws Exception {
		// Guidance 4 and work trial 4 are hidden; together they are 8 = 13 - 5, but neither can be told apart.
		fixtures.answer(advisor, RespondentType.CLIENT, ServiceKind.GUIDANCE, 5, 5, 5, 5);
		fixtures.answer(advisor, RespondentType.CLIENT, ServiceKind.WORK_TRIAL, 1, 1, 1, 1);
		fixtures.answer(advisor, RespondentType.CLIENT, ServiceKind.EVENT, 4, 4, 4, 4, 3);
		fixtures.moveTo(month, home.id());

		SatisfactionFigure four = figure(coordinator, home.id(), ServiceKind.GUIDANCE);
		assertThat(four.suppressed()).isTrue();
		assertThat(four.answers()).isNull();
		assertThat(four.averageSatisfaction()).isNull();
		assertThat(figure(coordinator, home.id(), ServiceKind.WORK_TRIAL).suppressed()).isTrue();
		assertThat(figure(coordinator, home.id(), ServiceKind.EVENT)).isEqualTo(new SatisfactionFigure(home.id(),
				RespondentType.CLIENT, ServiceKind.EVENT, false, 5, new BigDecimal("3.80")));
		assertThat(figure(coordinator, home.id(), null).answers()).isEqualTo(13);

		page(coordinator, "/feedback").andExpect(content().string(allOf(containsString("Hidden: small group"),
				containsString(">5 answers<"), containsString(">13 answers<"), not(containsString(">4 answers<")))));
		page(coordinator, "/feedback/group", "organisation", home.id().toString(), "kind", "GUIDANCE")
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"suppressed\""), not(containsString("Answers:")),
					not(containsString("id=\"questions\"")))));
	}

	@Test
	void hidesASecondGroupWhenTheSmallOneCouldBeComputedFromTheTotal() throws Exception {
		// Guidance 4, event 5, work trial 6: with the organisation's total 15 and the 5 and 6 shown, the 4 would be
		// 15 - 5 - 6. So the event's 5 is hidden too, and with it the event total, which would equal it.
		fixtures.answer(advisor, RespondentType.CLIENT, ServiceKind.GUIDANCE, 5, 5, 5, 5);
		fixtures.answer(advisor, RespondentType.CLIENT, ServiceKind.EVENT, 4, 4, 4, 4, 3);
		fixtures.answer(advisor, RespondentType.CLIENT, ServiceKind.WORK_TRIAL, 2, 2, 2, 2, 2, 2);
		fixtures.moveTo(month, home.id());

		assertThat(figure(coordinator, home.id(), ServiceKind.GUIDANCE).suppressed()).isTrue();
		assertThat(figure(coordinator, home.id(), ServiceKind.EVENT).suppressed()).isTrue();
		assertThat(figure(coordinator, null, ServiceKind.EVENT).suppressed()).isTrue();
		assertThat(figure(coordinator, home.id(), ServiceKind.WORK_TRIAL).answers()).isEqualTo(6);
		assertThat(figure(coordinator, home.id(), null).answers()).isEqualTo(15);
		assertThat(figure(coordinator, null, null).answers()).isEqualTo(15);
		page(coordinator, "/feedback").andExpect(content().string(allOf(containsString(">6 answers<"),
				containsString(">15 answers<"), not(containsString(">5 answers<")),
				not(containsString(">4 answers<")))));
		page(coordinator, "/feedback/group", "organisation", home.id().toString(), "kind", "EVENT")
			.andExpect(content().string(allOf(containsString("id=\"suppressed\""), not(containsString("Answers:")))));
	}

	@Test
	void freeTextIsShownOnlyToTheCoordinatorsOfTheOrganisationAndIsAudited() throws Exception {
		fixtures.answer(advisor, RespondentType.CLIENT, ServiceKind.EVENT, new int[] { 5, 4, 4, 5, 3 },
				new Boolean[5], new String[] { "More evening sessions.", null, "A bigger room, please.", null,
						"Coffee was cold." });
		CurrentUser otherAdvisor = testData.advisor(other.id());
		// The other organisation has four answers of each of two kinds: too few for their free text to be shown
		// even to its coordinator.
		fixtures.answer(otherAdvisor, RespondentType.CLIENT, ServiceKind.EVENT, new int[] { 5, 5, 5, 5 },
				new Boolean[4], new String[] { "Secret small-group remark.", null, null, null });
		fixtures.answer(otherAdvisor, RespondentType.CLIENT, ServiceKind.WORK_TRIAL, 4, 4, 4, 4);
		fixtures.moveTo(month, home.id(), other.id());
		String[] group = { "organisation", home.id().toString(), "kind", "EVENT" };

		page(coordinator, "/feedback/group", group).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("More evening sessions."),
					containsString("A bigger room, please."), containsString("Coffee was cold."))));
		List<AuditEntry> views = auditLog
			.search(coordinator, new AuditQuery("feedback", null, coordinator.username(), AuditAction.VIEW, null, null),
					Pageable.ofSize(10))
			.getContent();
		assertThat(views).singleElement().satisfies(entry -> {
			assertThat(entry.subjectOwner()).isEqualTo(home.id());
			assertThat(entry.details()).contains("EVENT", "3 texts").doesNotContain("evening");
		});

		page(advisor, "/feedback/group", group).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Answers: 5"), not(containsString("More evening"))))); 
		page(otherCoordinator, "/feedback/group", group).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Answers: 5"), not(containsString("More evening")))));
		page(otherCoordinator, "/feedback/group", "organisation", other.id().toString(), "kind", "EVENT")
			.andExpect(content().string(not(containsString("Secret small-group remark."))));
		page(coordinator, "/feedback/group", "kind", "EVENT")
			.andExpect(content().string(not(containsString("More evening"))));
		assertThat(auditLog
			.search(otherCoordinator, new AuditQuery("feedback", null, null, AuditAction.VIEW, null, null),
					Pageable.ofSize(10))
			.getContent()).noneMatch(entry -> entry.actorUsername().equals(otherCoordinator.username())
					|| entry.actorUsername().equals(advisor.username()));
		CurrentUser admin = testData.user(home.id(), Role.ADMIN);
		page(admin, "/feedback/group", group).andExpect(status().isForbidden());
	}

	@Test
	void advisorsSeeTheirOwnOrganisationOnlyAndAdminsNothing() throws Exception {
		CurrentUser otherAdvisor = testData.advisor(other.id());
		fixtures.answer(advisor, RespondentType.CLIENT, ServiceKind.EVENT, 5, 5, 5, 5, 5);
		fixtures.answer(otherAdvisor, RespondentType.CLIENT, ServiceKind.EVENT, 3, 3, 3, 3, 3);
		fixtures.moveTo(month, home.id(), other.id());

		List<SatisfactionFigure> figures = feedback.satisfaction(advisor, month.atDay(1), month.atEndOfMonth());
		assertThat(figures).isNotEmpty().allMatch(figure -> home.id().equals(figure.organisation()));
		assertThat(feedback.satisfaction(coordinator, month.atDay(1), month.atEndOfMonth()))
			.anyMatch(figure -> other.id().equals(figure.organisation()))
			.anyMatch(figure -> figure.organisation() == null);
		assertThat(feedback.satisfaction(testData.user(home.id(), Role.ADMIN), month.atDay(1), month.atEndOfMonth()))
			.isEmpty();

		page(advisor, "/feedback").andExpect(content().string(allOf(containsString(home.nameEn()),
				not(containsString(other.nameEn())), not(containsString("All organisations")))));
		page(advisor, "/feedback/group", "organisation", other.id().toString(), "kind", "EVENT")
			.andExpect(status().isNotFound());
		page(advisor, "/feedback/group", "kind", "EVENT").andExpect(status().isNotFound());
	}

}
