package fi.kohtaanto.feedback.internal;

import java.math.BigDecimal;

import fi.kohtaanto.feedback.ServiceKind;
import fi.kohtaanto.organisations.OrganisationView;
import org.jspecify.annotations.Nullable;

/**
 * A group of answers as it may be shown: one organisation and kind, an organisation's or a kind's total, or the
 * total. A suppressed group carries no tally, so a page cannot show its numbers by mistake.
 *
 * @param organisation null for all organisations
 * @param kind null for all kinds
 * @param tally null when suppressed
 * @param recommendShown whether the "would you recommend" figures may be shown (their own count is large enough)
 */
record Group(@Nullable OrganisationView organisation, @Nullable ServiceKind kind, @Nullable Tally tally,
		boolean recommendShown) {

	public boolean suppressed() {
		return tally == null;
	}

	public boolean empty() {
		return tally != null && tally.answers() == 0;
	}

	/** Shown with numbers: not suppressed and not empty. */
	public boolean shown() {
		return tally != null && tally.answers() > 0;
	}

	public @Nullable Integer answers() {
		return tally == null ? null : tally.answers();
	}

	public @Nullable BigDecimal overall() {
		return tally == null ? null : tally.average(Surveys.OVERALL);
	}

	public @Nullable Integer recommendPercent() {
		return tally == null || !recommendShown ? null : tally.recommendPercent();
	}

}
