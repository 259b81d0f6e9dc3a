package fi.kohtaanto.feedback.internal;

import java.util.List;

import fi.kohtaanto.feedback.RespondentType;
import fi.kohtaanto.feedback.ServiceKind;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * The answers of one respondent type over a period, by organisation (rows) and kind of service (columns), with the
 * totals, and which groups {@link Suppression} hides. Always built over all organisations, whoever reads it, so that
 * every reader's view is part of one consistently suppressed table.
 */
final class FeedbackTable {

	private final RespondentType respondent;

	private final Period period;

	private final List<OrganisationView> organisations;

	private final List<ServiceKind> kinds;

	/** (organisations + 1) × (kinds + 1); the last row and column are the totals. */
	private final Tally[][] tallies;

	private final boolean[][] hidden;

	private final boolean[][] recommendHidden;

	FeedbackTable(RespondentType respondent, Period period, List<OrganisationView> organisations,
			List<ServiceKind> kinds, Tally[][] cells) {
		this.respondent = respondent;
		this.period = period;
		this.organisations = List.copyOf(organisations);
		this.kinds = List.copyOf(kinds);
		int rows = organisations.size();
		int columns = kinds.size();
		tallies = new Tally[rows + 1][columns + 1];
		for (int r = 0; r <= rows; r++) {
			for (int c = 0; c <= columns; c++) {
				tallies[r][c] = new Tally();
			}
		}
		int[][] answers = new int[rows][columns];
		int[][] recommendAnswers = new int[rows][columns];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				Tally cell = cells[r][c];
				tallies[r][c].add(cell);
				tallies[r][columns].add(cell);
				tallies[rows][c].add(cell);
				tallies[rows][columns].add(cell);
				answers[r][c] = cell.answers();
				recommendAnswers[r][c] = cell.recommendAnswers();
			}
		}
		hidden = Suppression.hidden(Suppression.withTotals(answers, columns));
		// "Would you recommend" is optional, so its own counts are smaller and get their own suppression.
		recommendHidden = Suppression.hidden(Suppression.withTotals(recommendAnswers, columns));
	}

	public RespondentType respondent() {
		return respondent;
	}

	public Period period() {
		return period;
	}

	public List<OrganisationView> organisations() {
		return organisations;
	}

	public List<ServiceKind> kinds() {
		return kinds;
	}

	/**
	 * A group of the table.
	 * @param organisation null for all organisations
	 * @param kind null for all kinds
	 * @throws IllegalArgumentException if the organisation or kind is not in the table
	 */
	public Group group(@Nullable OrganisationId organisation, @Nullable ServiceKind kind) {
		int r = organisation == null ? organisations.size() : row(organisation);
		int c = kind == null ? kinds.size() : kinds.indexOf(kind);
		if (r < 0 || c < 0) {
			throw new IllegalArgumentException("Not in the table: " + organisation + ", " + kind);
		}
		OrganisationView view = organisation == null ? null : organisations.get(r);
		if (hidden[r][c]) {
			return new Group(view, kind, null, false);
		}
		return new Group(view, kind, tallies[r][c], !recommendHidden[r][c]);
	}

	private int row(OrganisationId organisation) {
		for (int r = 0; r < organisations.size(); r++) {
			if (organisations.get(r).id().equals(organisation)) {
				return r;
			}
		}
		return -1;
	}

}
