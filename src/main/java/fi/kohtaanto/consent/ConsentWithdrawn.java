package fi.kohtaanto.consent;

import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * Published in the transaction that withdraws a consent; listeners must stop using the data at once.
 */
public record ConsentWithdrawn(ClientId client, ConsentPurpose purpose, @Nullable OrganisationId organisation) {
}
