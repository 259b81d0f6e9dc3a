package fi.kohtaanto.feedback;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers for tests, through the real links and the real answering. Each test moves its answers to a month of its
 * own far in the future, so that the aggregates it checks contain nothing of other tests.
 */
@Component
class FeedbackFixtures {

	private static final AtomicInteger months = new AtomicInteger();

	private final Feedback feedback;

	private final JdbcClient jdbc;

	FeedbackFixtures(Feedback feedback, JdbcClient jdbc) {
		this.feedback = feedback;
		this.jdbc = jdbc;
	}

	static YearMonth uniqueMonth() {
		return YearMonth.of(2060, 1).plusMonths(months.incrementAndGet());
	}

	List<FeedbackLink> links(CurrentUser user, RespondentType respondent, ServiceKind kind, int count) {
		return feedback.createLinks(user,
				new FeedbackRequest(respondent, kind, null, SurveyLanguage.EN, null), count);
	}

	/** Answers with these overall scores, 4 for every other question. */
	void answer(CurrentUser user, RespondentType respondent, ServiceKind kind, int... overall) {
		answer(user, respondent, kind, overall, new Boolean[overall.length], new String[overall.length]);
	}

	void answer(CurrentUser user, RespondentType respondent, ServiceKind kind, int[] overall,
			@Nullable Boolean[] recommend, @Nullable String[] improvements) {
		List<FeedbackLink> links = links(user, respondent, kind, overall.length);
		for (int i = 0; i < overall.length; i++) {
			boolean stored = feedback.respond(links.get(i).token(),
					new FeedbackResponse(scores(respondent, overall[i]), recommend[i], improvements[i]));
			if (!stored) {
				throw new IllegalStateException("Answer was not stored");
			}
		}
	}

	static Map<String, Integer> scores(RespondentType respondent, int overall) {
		Map<String, Integer> scores = new HashMap<>();
		List<String> others = respondent == RespondentType.CLIENT ? List.of("CLEAR", "SUPPORT", "USEFUL")
				: List.of("SMOOTH", "SUPPORT", "VALUE");
		scores.put("OVERALL", overall);
		others.forEach(question -> scores.put(question, 4));
		return scores;
	}

	/** Moves every answer given to the organisations into the month. */
	void moveTo(YearMonth month, OrganisationId... organisations) {
		for (OrganisationId organisation : organisations) {
			jdbc.sql("update feedback_answer set answered_on = :day where organisation_id = :organisation")
				.param("day", month.atDay(15))
				.param("organisation", organisation.value())
				.update();
		}
	}

	long answersOf(OrganisationId organisation) {
		return jdbc.sql("select count(*) from feedback_answer where organisation_id = :organisation")
			.param("organisation", organisation.value())
			.query(Long.class)
			.single();
	}

}
