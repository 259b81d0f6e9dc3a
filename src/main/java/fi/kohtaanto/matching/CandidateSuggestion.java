package fi.kohtaanto.matching;

import fi.kohtaanto.clients.ClientRef;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A client suggested for a vacancy. Other organisations' clients come without name or number: the pseudonym is
 * the same on every page and for every user, so the registering organisation can recognise its client when asked.
 *
 * @param client the client, if the user may work with the record; otherwise {@literal null}
 * @param owner the organisation that registered the client
 * @param score 0 to 100
 */
public record CandidateSuggestion(String pseudonym, @Nullable ClientRef client, OrganisationId owner, int score,
		MatchExplanation explanation) {
}
