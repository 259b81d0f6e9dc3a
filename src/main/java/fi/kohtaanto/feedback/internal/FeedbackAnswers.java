package fi.kohtaanto.feedback.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.kohtaanto.feedback.RespondentType;
import fi.kohtaanto.feedback.ServiceKind;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The feedback_answer and feedback_score tables. Reads only counts, sums and, for coordinators, the improvement
 * texts of a group; never a single answer.
 */
@Repository
class FeedbackAnswers {

	private final JdbcClient jdbc;

	FeedbackAnswers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The counts of one organisation and kind. */
	record CellCounts(OrganisationId organisation, ServiceKind kind, int answers, int recommendAnswers,
			int recommendYes) {
	}

	/** How many answers of one organisation and kind gave a question a score. */
	record ScoreCount(OrganisationId organisation, ServiceKind kind, String question, int score, int count) {
	}

	void insert(OpenLink link, LocalDate answeredOn, Map<String, Integer> scores, @Nullable Boolean wouldRecommend,
			@Nullable String improvement) {
		UUID id = jdbc.sql("""
				insert into feedback_answer (organisation_id, respondent_type, service_kind, answered_on,
				    would_recommend, improvement)
				values (:organisation, :respondent, :kind, :answeredOn, :recommend, :improvement)
				returning id
				""")
			.param("organisation", link.organisation().value())
			.param("respondent", link.respondent().name())
			.param("kind", link.kind().name())
			.param("answeredOn", answeredOn)
			.param("recommend", wouldRecommend)
			.param("improvement", improvement)
			.query(UUID.class)
			.single();
		scores.forEach((question, score) -> jdbc
			.sql("insert into feedback_score (answer_id, question, score) values (:id, :question, :score)")
			.param("id", id)
			.param("question", question)
			.param("score", score)
			.update());
	}

	List<CellCounts> counts(RespondentType respondent, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select organisation_id, service_kind, count(*) as answers, count(would_recommend) as recommend_answers,
				    count(*) filter (where would_recommend) as recommend_yes
				from feedback_answer
				where respondent_type = :respondent and answered_on between :from and :to
				group by organisation_id, service_kind
				""")
			.param("respondent", respondent.name())
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new CellCounts(OrganisationId.of(rs.getLong("organisation_id")),
					ServiceKind.valueOf(rs.getString("service_kind")), rs.getInt("answers"),
					rs.getInt("recommend_answers"), rs.getInt("recommend_yes")))
			.list();
	}

	List<ScoreCount> scores(RespondentType respondent, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select a.organisation_id, a.service_kind, s.question, s.score, count(*) as answers
				from feedback_score s join feedback_answer a on a.id = s.answer_id
				where a.respondent_type = :respondent and a.answered_on between :from and :to
				group by a.organisation_id, a.service_kind, s.question, s.score
				""")
			.param("respondent", respondent.name())
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new ScoreCount(OrganisationId.of(rs.getLong("organisation_id")),
					ServiceKind.valueOf(rs.getString("service_kind")), rs.getString("question"), rs.getInt("score"),
					rs.getInt("answers")))
			.list();
	}

	/**
	 * The improvement texts of a group, ordered by the answers' random ids: an order that says nothing about who
	 * answered or when.
	 */
	List<String> improvements(RespondentType respondent, LocalDate from, LocalDate to, OrganisationId organisation,
			@Nullable ServiceKind kind) {
		return jdbc.sql("""
				select improvement from feedback_answer
				where respondent_type = :respondent and answered_on between :from and :to
				  and organisation_id = :organisation and (cast(:kind as varchar) is null or service_kind = :kind)
				  and improvement is not null
				order by id
				""")
			.param("respondent", respondent.name())
			.param("from", from)
			.param("to", to)
			.param("organisation", organisation.value())
			.param("kind", kind == null ? null : kind.name())
			.query(String.class)
			.list();
	}

}
