package fi.kohtaanto.feedback;

import java.math.BigDecimal;

import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * Overall satisfaction (the survey's first question, 1–5) of one group of answers. A suppressed group has no
 * numbers at all: it had fewer than five answers, or it is hidden so that such a group cannot be computed from the
 * others.
 *
 * @param organisation the organisation that gave the service; {@literal null} for all organisations together
 * @param kind the kind of service; {@literal null} for all kinds together
 * @param answers the number of answers; {@literal null} when suppressed
 * @param averageSatisfaction the mean to two decimals; {@literal null} when suppressed or when there are no answers
 */
public record SatisfactionFigure(@Nullable OrganisationId organisation, RespondentType respondent,
		@Nullable ServiceKind kind, boolean suppressed, @Nullable Integer answers,
		@Nullable BigDecimal averageSatisfaction) {
}
