package fi.kohtaanto.feedback.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The counts of a group of answers: how many, how many scored each question 1…5, and how many answered "would you
 * recommend" and said yes. Everything in it adds up, so the tally of a larger group is the sum of its parts.
 */
final class Tally {

	private int answers;

	private int recommendAnswers;

	private int recommendYes;

	/** Question key to counts indexed by score; index 0 is unused. */
	private final Map<String, int[]> scores = new HashMap<>();

	public void addAnswers(int answers, int recommendAnswers, int recommendYes) {
		this.answers += answers;
		this.recommendAnswers += recommendAnswers;
		this.recommendYes += recommendYes;
	}

	public void addScores(String question, int score, int count) {
		scores.computeIfAbsent(question, key -> new int[6])[score] += count;
	}

	public void add(Tally other) {
		addAnswers(other.answers, other.recommendAnswers, other.recommendYes);
		other.scores.forEach((question, counts) -> {
			for (int score = 1; score <= 5; score++) {
				addScores(question, score, counts[score]);
			}
		});
	}

	public int answers() {
		return answers;
	}

	public int recommendAnswers() {
		return recommendAnswers;
	}

	public int recommendYes() {
		return recommendYes;
	}

	/** How many gave the question this score. */
	public int count(String question, int score) {
		int[] counts = scores.get(question);
		return counts == null ? 0 : counts[score];
	}

	/** How many scored the question at all. */
	public int scored(String question) {
		int total = 0;
		for (int score = 1; score <= 5; score++) {
			total += count(question, score);
		}
		return total;
	}

	/** The mean score to two decimals, or null without scores. */
	public @Nullable BigDecimal average(String question) {
		int scored = scored(question);
		if (scored == 0) {
			return null;
		}
		long sum = 0;
		for (int score = 1; score <= 5; score++) {
			sum += (long) score * count(question, score);
		}
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
	}

	/** Share of those who scored the question who gave this score, in whole percent. */
	public int percent(String question, int score) {
		int scored = scored(question);
		return scored == 0 ? 0 : Math.round(100f * count(question, score) / scored);
	}

	/** Share of "yes" among those who answered "would you recommend", in whole percent, or null. */
	public @Nullable Integer recommendPercent() {
		return recommendAnswers == 0 ? null : Math.round(100f * recommendYes / recommendAnswers);
	}

}
