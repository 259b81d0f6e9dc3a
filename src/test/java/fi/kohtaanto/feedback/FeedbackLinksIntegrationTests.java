package fi.kohtaanto.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.kohtaanto.IntegrationTest;
import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.accounts.Role;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.audit.AuditEntry;
import fi.kohtaanto.audit.AuditLog;
import fi.kohtaanto.audit.AuditQuery;
import fi.kohtaanto.organisations.OrganisationView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Feedback links and answering them: creation, the public survey in its languages, one answer per link, expired and
 * unknown links, errors that keep what was typed, and that nothing ties an answer to its link.
 */
@IntegrationTest
@RecordApplicationEvents
class FeedbackLinksIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Feedback feedback;

	@Autowired
	FeedbackFixtures fixtures;

	@Autowired
	AuditLog auditLog;

	@Autowired
	ApplicationEvents events;

	OrganisationView organisation;

	CurrentUser advisor;

	@BeforeEach
	void setUp() {
		organisation = testData.organisation();
		advisor = testData.advisor(organisation.id());
	}

	String token(RespondentType respondent, ServiceKind kind) {
		return fixtures.links(advisor, respondent, kind, 1).get(0).token();
	}

	static MockHttpServletRequestBuilder validAnswer(String token) {
		return post("/public/feedback/" + token).with(csrf())
			.param("scores[OVERALL]", "5")
			.param("scores[CLEAR]", "4")
			.param("scores[SUPPORT]", "3")
			.param("scores[USEFUL]", "4")
			.param("recommend", "yes")
			.param("improvement", "More evening sessions, please.")
			.param("language", "en");
	}

	long answers() {
		return fixtures.answersOf(organisation.id());
	}

	long batches() {
		return jdbc.sql("select count(*) from feedback_link_batch where organisation_id = :o")
			.param("o", organisation.id().value())
			.query(Long.class)
			.single();
	}

	@Test
	void createsUnguessableLinksAndStoresOnlyTheirHashes() throws Exception {
		List<FeedbackLink> links = feedback.createLinks(advisor, new FeedbackRequest(RespondentType.CLIENT,
				ServiceKind.EVENT, "Language café B1, 14 Nov", SurveyLanguage.UK, null), 20);

		assertThat(links).hasSize(20);
		Set<String> tokens = new HashSet<>();
		for (FeedbackLink link : links) {
			// 32 URL-safe Base64 characters are 192 bits.
			assertThat(link.token()).matches("[A-Za-z0-9_-]{32}");
			assertThat(link.path()).isEqualTo("/public/feedback/" + link.token());
			assertThat(link.expiresOn()).isEqualTo(LocalDate.now().plusDays(60));
			assertThat(link.toString()).doesNotContain(link.token());
			tokens.add(link.token());
		}
		assertThat(tokens).hasSize(20);
		List<byte[]> stored = jdbc.sql("""
				select l.token_hash from feedback_link l join feedback_link_batch b on b.id = l.batch_id
				where b.organisation_id = :organisation""")
			.param("organisation", organisation.id().value())
			.query(byte[].class)
			.list();
		assertThat(stored).hasSize(20);
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		Set<String> expected = new HashSet<>();
		tokens.forEach(token -> expected.add(hex(sha256.digest(token.getBytes()))));
		assertThat(stored.stream().map(FeedbackLinksIntegrationTests::hex).toList())
			.containsExactlyInAnyOrderElementsOf(expected);
		assertThat(jdbc.sql("select label, language, link_count from feedback_link_batch where organisation_id = :o")
			.param("o", organisation.id().value())
			.query((rs, row) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3))
			.single()).isEqualTo("Language café B1, 14 Nov|uk|20");

		List<AuditEntry> audit = auditLog
			.search(testData.user(organisation.id(), Role.COORDINATOR),
					new AuditQuery("feedback_link", null, advisor.username(), null, null, null), Pageable.ofSize(10))
			.getContent();
		assertThat(audit).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
			assertThat(entry.subjectOwner()).isEqualTo(organisation.id());
			assertThat(entry.details()).contains("20 links", "CLIENT", "EVENT");
		});
	}

	@Test
	void refusesLinksForASurveyThatDoesNotExistOrABadLabel() {
		assertThatThrownBy(() -> feedback.createLinks(advisor,
				new FeedbackRequest(RespondentType.EMPLOYER, ServiceKind.GUIDANCE, null, SurveyLanguage.FI, null), 1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> feedback.createLinks(advisor,
				new FeedbackRequest(RespondentType.EMPLOYER, ServiceKind.EVENT, null, SurveyLanguage.AR, null), 1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> feedback.createLinks(advisor, new FeedbackRequest(RespondentType.CLIENT,
				ServiceKind.EVENT, "<script>x</script>", SurveyLanguage.FI, null), 1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> feedback.createLinks(advisor,
				new FeedbackRequest(RespondentType.CLIENT, ServiceKind.EVENT, null, SurveyLanguage.FI, null), 101))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(batches()).isZero();
	}

	@Test
	void advisorCreatesLinksOnThePageAndSeesThemOnceOnAPrintableSheet() throws Exception {
		MvcResult created = mvc
			.perform(post("/feedback/links").with(testData.as(advisor)).with(csrf())
				.param("respondent", "CLIENT")
				.param("kind", "EVENT")
				.param("label", "Meet&Match, 3 Dec")
				.param("language", "EN")
				.param("count", "3")
				.param("expiresOn", LocalDate.now().plusDays(30).toString()))
			.andExpect(redirectedUrl("/feedback/links/sheet"))
			.andExpect(flash().attributeExists("createdLinks"))
			.andReturn();

		mvc.perform(get("/feedback/links/sheet").param("lang", "en").with(testData.as(advisor))
			.flashAttrs(created.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("http://localhost/public/feedback/"),
					containsString("3 links have been created."), containsString("Meet&amp;Match, 3 Dec"),
					containsString("Please answer by " + LocalDate.now().plusDays(30)))));
		// The sheet cannot be opened again: the tokens are kept nowhere.
		mvc.perform(get("/feedback/links/sheet").with(testData.as(advisor)))
			.andExpect(redirectedUrl("/feedback/links"))
			.andExpect(flash().attribute("flashMessage", "feedback.sheet.gone"));
		mvc.perform(get("/feedback/links").param("lang", "en").with(testData.as(advisor)))
			.andExpect(content().string(allOf(containsString("Meet&amp;Match, 3 Dec"), containsString("0 of 3"))));
	}

	@Test
	void linkFormShowsErrorsAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/feedback/links").param("lang", "en").with(testData.as(advisor)).with(csrf())
			.param("respondent", "EMPLOYER")
			.param("kind", "GUIDANCE")
			.param("label", "Workshop <b>bold</b>")
			.param("language", "FI")
			.param("count", "500")
			.param("expiresOn", LocalDate.now().plusDays(30).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("error-summary"),
					containsString("The value must be at most 100."), containsString("value=\"500\""),
					containsString("Workshop &lt;b&gt;bold&lt;/b&gt;"))));
		mvc.perform(post("/feedback/links").param("lang", "en").with(testData.as(advisor)).with(csrf())
			.param("respondent", "EMPLOYER")
			.param("kind", "GUIDANCE")
			.param("language", "FI")
			.param("count", "5")
			.param("expiresOn", LocalDate.now().plusDays(30).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no such survey")));
		assertThat(batches()).isZero();
	}

	@Test
	void adminsCannotOpenTheFeedbackPages() throws Exception {
		CurrentUser admin = testData.user(organisation.id(), Role.ADMIN);
		mvc.perform(get("/feedback").with(testData.as(admin))).andExpect(status().isForbidden());
		mvc.perform(get("/feedback/links").with(testData.as(admin))).andExpect(status().isForbidden());
		assertThatThrownBy(() -> fixtures.links(admin, RespondentType.CLIENT, ServiceKind.EVENT, 1))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void surveyOpensWithoutSigningInInTheLinksLanguageAndTheRespondentsChoice() throws Exception {
		String token = fixtures.links(advisor, RespondentType.CLIENT, ServiceKind.WORK_TRIAL, 1).get(0).token();
		mvc.perform(get("/public/feedback/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"en\" dir=\"ltr\">"),
					containsString("How satisfied are you with the work trial overall?"),
					containsString("At the workplace I got enough guidance and support."),
					containsString("1 = Very dissatisfied, 5 = Very satisfied"),
					containsString("Organised by: " + organisation.nameEn()), containsString("українська"),
					containsString("العربية"))));
		mvc.perform(get("/public/feedback/" + token).param("language", "uk"))
			.andExpect(content().string(allOf(containsString("<html lang=\"uk\" dir=\"ltr\">"),
					containsString("Наскільки ви задоволені пробною роботою загалом?"))));
		mvc.perform(get("/public/feedback/" + token).param("language", "ar"))
			.andExpect(content().string(allOf(containsString("<html lang=\"ar\" dir=\"rtl\">"),
					containsString("ما مدى رضاك عن تجربة العمل بشكل عام؟"))));
		mvc.perform(get("/public/feedback/" + token).param("language", "fi"))
			.andExpect(content().string(allOf(containsString("<html lang=\"fi\" dir=\"ltr\">"),
					containsString("Kuinka tyytyväinen olet työkokeiluun kokonaisuutena?"),
					containsString("Palvelun järjestäjä: " + organisation.nameFi()))));
	}

	@Test
	void employerSurveyIsOfferedInFinnishEnglishAndSwedishOnly() throws Exception {
		String token = token(RespondentType.EMPLOYER, ServiceKind.WORK_TRIAL);
		mvc.perform(get("/public/feedback/" + token).param("language", "ar"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"en\" dir=\"ltr\">"),
					containsString("The work trial was worthwhile for our workplace."), containsString("svenska"),
					not(containsString("العربية")), not(containsString("українська")))));
	}

	@Test
	void storesOneAnswerPerLinkAndRefusesTheSecond() throws Exception {
		String token = token(RespondentType.CLIENT, ServiceKind.WORK_TRIAL);
		MockHttpSession browser = new MockHttpSession();
		mvc.perform(validAnswer(token).session(browser))
			.andExpect(redirectedUrl("/public/feedback/thanks?language=en"));
		assertThat(answers()).isEqualTo(1);
		assertThat(events.stream(FeedbackSubmitted.class))
			.containsExactly(new FeedbackSubmitted(ServiceKind.WORK_TRIAL, RespondentType.CLIENT, organisation.id()));
		Map<String, Object> stored = jdbc
			.sql("select would_recommend, improvement, answered_on from feedback_answer where organisation_id = :o")
			.param("o", organisation.id().value())
			.query()
			.singleRow();
		assertThat(stored).containsEntry("would_recommend", true)
			.containsEntry("improvement", "More evening sessions, please.");
		assertThat(jdbc.sql("""
				select string_agg(question || '=' || score, ',' order by question) from feedback_score s
				join feedback_answer a on a.id = s.answer_id where a.organisation_id = :o""")
			.param("o", organisation.id().value())
			.query(String.class)
			.single()).isEqualTo("CLEAR=4,OVERALL=5,SUPPORT=3,USEFUL=4");

		mvc.perform(get("/public/feedback/thanks").param("language", "en"))
			.andExpect(content().string(containsString("Thank you for your feedback!")));
		// The same browser again: told it has answered. Another browser: the link does not work. Nothing stored.
		mvc.perform(validAnswer(token).session(browser))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have already answered")));
		mvc.perform(get("/public/feedback/" + token).session(browser))
			.andExpect(content().string(containsString("You have already answered")));
		mvc.perform(get("/public/feedback/" + token).header("Accept-Language", "uk"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Це посилання не працює")));
		mvc.perform(validAnswer(token)).andExpect(status().isNotFound());
		assertThat(answers()).isEqualTo(1);
		assertThat(events.stream(FeedbackSubmitted.class)).hasSize(1);
		assertThat(feedback.respond(token, new FeedbackResponse(FeedbackFixtures.scores(RespondentType.CLIENT, 3),
				null, null))).isFalse();
		assertThat(answers()).isEqualTo(1);
	}

	@Test
	void expiredLinkShowsItsOwnPageAndStoresNothing() throws Exception {
		String token = token(RespondentType.CLIENT, ServiceKind.EVENT);
		jdbc.sql("update feedback_link_batch set expires_on = :day where organisation_id = :o")
			.param("day", LocalDate.now().minusDays(1))
			.param("o", organisation.id().value())
			.update();
		mvc.perform(get("/public/feedback/" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link has expired")));
		mvc.perform(post("/public/feedback/" + token).with(csrf())
			.param("scores[OVERALL]", "5")
			.param("language", "sv"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Länken har gått ut")));
		assertThat(feedback.respond(token, new FeedbackResponse(FeedbackFixtures.scores(RespondentType.CLIENT, 3),
				null, null))).isFalse();
		assertThat(answers()).isZero();
	}

	@Test
	void unknownAndMalformedTokensShowALocalisedPage() throws Exception {
		mvc.perform(get("/public/feedback/" + "A".repeat(32)).header("Accept-Language", "ru"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("<html lang=\"ru\" dir=\"ltr\">"),
					containsString("Эта ссылка не работает"))));
		mvc.perform(get("/public/feedback/not-a-token").param("language", "ar"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("dir=\"rtl\""), containsString("هذا الرابط لا يعمل"))));
		mvc.perform(get("/public/feedback/" + "B".repeat(32)).header("Accept-Language", "de"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Linkki ei toimi")));
	}

	@Test
	void badAnswerShowsErrorsInTheChosenLanguageAndKeepsEverythingTyped() throws Exception {
		String token = token(RespondentType.CLIENT, ServiceKind.GUIDANCE);
		mvc.perform(post("/public/feedback/" + token).with(csrf())
			.param("scores[CLEAR]", "4")
			.param("scores[SUPPORT]", "9")
			.param("recommend", "no")
			.param("improvement", "Longer opening hours <script>alert(1)</script>")
			.param("language", "uk"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("<html lang=\"uk\" dir=\"ltr\">"),
					containsString("Будь ласка, перевірте ці відповіді:"),
					containsString("href=\"#q-OVERALL-1\""), containsString("href=\"#q-SUPPORT-1\""),
					containsString("Питання 1: Виберіть число від 1 до 5."),
					containsString("id=\"q-OVERALL-error\">Виберіть число від 1 до 5.</span>"),
					containsString("Пишіть звичайний текст без HTML-коду."),
					containsString("id=\"q-CLEAR-4\" name=\"scores[CLEAR]\" value=\"4\" required checked=\"checked\""),
					containsString("id=\"recommend-no\" name=\"recommend\" value=\"no\" checked=\"checked\""),
					containsString("Longer opening hours &lt;script&gt;alert(1)&lt;/script&gt;</textarea>"))));
		assertThat(answers()).isZero();
		// The link is still open.
		mvc.perform(validAnswer(token)).andExpect(redirectedUrl("/public/feedback/thanks?language=en"));
		assertThat(answers()).isEqualTo(1);
	}

	@Test
	void answerCannotBeLinkedToAClientALinkOrATime() throws Exception {
		String token = token(RespondentType.CLIENT, ServiceKind.EVENT);
		mvc.perform(validAnswer(token)).andExpect(status().is3xxRedirection());

		assertThat(columns("feedback_answer")).containsExactlyInAnyOrder("id uuid", "organisation_id bigint",
				"respondent_type character varying", "service_kind character varying", "answered_on date",
				"would_recommend boolean", "improvement character varying");
		assertThat(columns("feedback_score")).containsExactlyInAnyOrder("answer_id uuid",
				"question character varying", "score smallint");
		// The link is gone with the answer: no row is left that could be matched to it.
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes());
		assertThat(jdbc.sql("select count(*) from feedback_link where token_hash = :hash")
			.param("hash", hash)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("""
				select count(*) from feedback_answer a where a.organisation_id = :o and (a.improvement like :token
				    or a.id::text like :token)""")
			.param("o", organisation.id().value())
			.param("token", "%" + token + "%")
			.query(Long.class)
			.single()).isZero();
	}

	List<String> columns(String table) {
		return jdbc.sql("""
				select column_name || ' ' || data_type from information_schema.columns
				where table_schema = current_schema() and table_name = :table""")
			.param("table", table)
			.query(String.class)
			.list();
	}

	static String hex(byte[] bytes) {
		StringBuilder hex = new StringBuilder();
		for (byte b : bytes) {
			hex.append(String.format("%02x", b));
		}
		return hex.toString();
	}

}
