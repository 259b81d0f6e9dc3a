package fi.kohtaanto.matching.engine;

/**
 * A scored candidate–vacancy pair. Results are ordered by {@code score} (highest first), then by the id of what was
 * ranked (lowest first), so they are deterministic.
 *
 * @param score 0 to 100, see {@link MatchScoring}
 * @param components each component's score before weighting, 0 to 1
 * @param explanation why the pair scores as it does
 */
public record Match(long candidateId, long vacancyId, double score, Components components,
		Explanation explanation) implements Evaluation {

	/**
	 * The components of the score, each 0 to 1; {@code occupation} is 0 and left out of the total when the vacancy has
	 * no occupation ({@link Explanation.OccupationRelation#NOT_APPLICABLE}).
	 */
	public record Components(double skills, double occupation, double languages, double location,
			double availability) {

	}

}
