package fi.kohtaanto.consent;

import java.time.Instant;
import java.time.LocalDate;

import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * One consent and its history: when it was given, who recorded it, and when and by whom it was withdrawn.
 */
public record ConsentView(long id, ClientId client, ConsentPurpose purpose, @Nullable OrganisationId organisation,
		LocalDate givenOn, String recordedBy, Instant recordedAt, @Nullable Instant withdrawnAt,
		@Nullable String withdrawnBy) {

	public boolean active() {
		return withdrawnAt == null;
	}

}
