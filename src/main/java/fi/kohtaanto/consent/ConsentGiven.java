package fi.kohtaanto.consent;

import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * Published in the transaction that records a consent.
 */
public record ConsentGiven(ClientId client, ConsentPurpose purpose, @Nullable OrganisationId organisation) {
}
