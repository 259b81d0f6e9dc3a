package fi.kohtaanto.reporting.internal;

import java.time.LocalDate;

import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The period and organisation of a report, bound from the query string; empty dates mean the project period.
 */
public class PeriodForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate to;

	private @Nullable Long organisation;

	@Nullable
	OrganisationId organisationId() {
		return organisation == null ? null : OrganisationId.of(organisation);
	}

	public @Nullable LocalDate getFrom() {
		return from;
	}

	public void setFrom(@Nullable LocalDate from) {
		this.from = from;
	}

	public @Nullable LocalDate getTo() {
		return to;
	}

	public void setTo(@Nullable LocalDate to) {
		this.to = to;
	}

	public @Nullable Long getOrganisation() {
		return organisation;
	}

	public void setOrganisation(@Nullable Long organisation) {
		this.organisation = organisation;
	}

}
