package fi.kohtaanto.reporting.internal;

import java.time.LocalDate;
import java.util.List;

import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * What the coordinator's dashboard shows for a period and organisation ({@literal null}: the whole project).
 *
 * @param targets progress of the project (or organisation) against its targets, always over the project period
 * @param flows where the participants who left in the period went, per kind of completed path step
 */
record Dashboard(LocalDate from, LocalDate to, @Nullable OrganisationId organisation, IndicatorReport report,
		List<TargetProgress> targets, List<FlowRow> flows) {

	/**
	 * Progress against a target.
	 *
	 * @param percent actual as a percentage of the target, not capped
	 * @param expectedPercent how far the project period has run, as the share of the target expected by now
	 */
	record TargetProgress(Indicator indicator, long actual, int target, int percent, int expectedPercent) {

		/** The bar's width, capped at the whole. */
		public double barShare() {
			return Math.min(1.0, target == 0 ? 1.0 : (double) actual / target);
		}

	}

	/** Leavers who completed a kind of step ({@code NONE}: no step completed), split by where they went. */
	record FlowRow(String step, long total, List<FlowPart> parts) {

		public long count(String outcome) {
			return parts.stream().filter(part -> part.outcome().equals(outcome)).mapToLong(FlowPart::count).sum();
		}

	}

	/** One outcome of a flow row, with its share of the row and where its segment starts. */
	record FlowPart(String outcome, long count, double share, double offset) {
	}

}
