package fi.kohtaanto.matching.engine;

/**
 * A candidate–vacancy pair that a named policy excludes from the results, with the reason.
 *
 * @param policy the policy's name, such as {@value MatchScoring#NO_MATCH_WITHOUT_OVERLAP}
 * @param reason why, in English, for logs and tests (the UI translates by the policy name)
 */
public record Rejection(long candidateId, long vacancyId, String policy, String reason) implements Evaluation {

	static Rejection withReason(long candidateId, long vacancyId, String policy, String reason) {
		return new Rejection(candidateId, vacancyId, policy, reason);
	}

}
