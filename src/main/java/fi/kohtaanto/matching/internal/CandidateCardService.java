package fi.kohtaanto.matching.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.audit.AuditLog;
import fi.kohtaanto.audit.AuditSubject;
import fi.kohtaanto.clients.ClientRef;
import fi.kohtaanto.clients.Clients;
import fi.kohtaanto.clients.MatchingProfile;
import fi.kohtaanto.employers.EmployerView;
import fi.kohtaanto.employers.Employers;
import fi.kohtaanto.matching.engine.Match;
import fi.kohtaanto.matching.engine.MatchScoring;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.NotFoundException;
import fi.kohtaanto.shared.SecretTokens;
import fi.kohtaanto.shared.VacancyId;
import fi.kohtaanto.vacancies.Vacancies;
import fi.kohtaanto.vacancies.VacancyView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymised candidate cards: an advisor who works with the client shares one with an employer through a link, while
 * the client's consent to be shown to employers is in force. Sharing is audited as a disclosure. The card is drawn
 * anew each time the link is opened, and shows nothing once the consent is withdrawn, the card is revoked or it
 * expires.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
class CandidateCardService {

	/** Card links carry 128 random bits. */
	static final int TOKEN_BYTES = 16;

	static final int MAX_DAYS = 90;

	private final CandidateCards cards;

	private final Clients clients;

	private final Employers employers;

	private final Vacancies vacancies;

	private final MatchIndex index;

	private final Pseudonyms pseudonyms;

	private final AuditLog audit;

	CandidateCardService(CandidateCards cards, Clients clients, Employers employers, Vacancies vacancies,
			MatchIndex index, Pseudonyms pseudonyms, AuditLog audit) {
		this.cards = cards;
		this.clients = clients;
		this.employers = employers;
		this.vacancies = vacancies;
		this.index = index;
		this.pseudonyms = pseudonyms;
		this.audit = audit;
	}

	/** A new card link, shown once. */
	record SharedCard(long id, String token) {
	}

	/**
	 * Shares the client's anonymised card with the employer, for one of its vacancies or in general.
	 * @throws NoEmployerConsentException if the client has not consented to be shown to employers
	 * @throws IllegalArgumentException if the vacancy is not the employer's
	 */
	SharedCard share(CurrentUser user, ClientId client, EmployerId employer, @Nullable VacancyId vacancy, int days) {
		ClientRef ref = clients.requireFullAccess(user, client);
		if (index.eligible(java.util.Set.of(client)).isEmpty()) {
			throw new NoEmployerConsentException();
		}
		EmployerView employerView = employers.find(employer).orElseThrow(NotFoundException::new);
		if (vacancy != null && !vacancies.find(vacancy).map(VacancyView::employerId).filter(employer::equals).isPresent()) {
			throw new IllegalArgumentException("The vacancy is not the employer's");
		}
		String token = SecretTokens.next(TOKEN_BYTES);
		Instant expires = Instant.now().plus(Duration.ofDays(Math.max(1, Math.min(days, MAX_DAYS))));
		long id = cards.insert(client, employer, vacancy, SecretTokens.hashHex(token), user.username(),
				user.organisation(), expires);
		audit.record(user, AuditAction.DISCLOSE, AuditSubject.client(ref.id(), ref.owner()),
				"anonymised candidate card " + id + " to employer " + employerView.id().value()
						+ (vacancy == null ? "" : ", vacancy " + vacancy.value()));
		return new SharedCard(id, token);
	}

	List<CandidateCards.Card> cardsOf(CurrentUser user, ClientId client) {
		clients.requireFullAccess(user, client);
		return cards.ofClient(client);
	}

	void revoke(CurrentUser user, ClientId client, long cardId) {
		ClientRef ref = clients.requireFullAccess(user, client);
		if (cards.revoke(client, cardId)) {
			audit.record(user, AuditAction.UPDATE, AuditSubject.client(ref.id(), ref.owner()),
					"anonymised candidate card " + cardId + " revoked");
		}
	}

	/**
	 * The card behind a link, if it may be shown now: not revoked, not expired, and the client's consents in force.
	 * Each opening is counted.
	 */
	Optional<CardContent> open(String token) {
		if (!SecretTokens.wellFormed(token, TOKEN_BYTES)) {
			return Optional.empty();
		}
		CandidateCards.Card card = cards.byTokenHash(SecretTokens.hashHex(token)).orElse(null);
		if (card == null || !card.validAt(Instant.now()) || index.eligible(java.util.Set.of(card.client())).isEmpty()) {
			return Optional.empty();
		}
		MatchingProfile profile = clients.matchingProfile(card.client()).orElse(null);
		EmployerView employer = employers.find(card.employer()).orElse(null);
		if (profile == null || employer == null) {
			return Optional.empty();
		}
		cards.viewed(card.id());
		VacancyView vacancy = card.vacancy() == null ? null : vacancies.find(card.vacancy()).orElse(null);
		Integer score = null;
		fi.kohtaanto.matching.MatchExplanation match = null;
		if (vacancy != null) {
			MatchIndex.State state = index.state();
			if (MatchScoring.evaluate(state.vocabulary().graph(), index.candidate(state, profile),
					index.vacancy(state, vacancy)) instanceof Match scored) {
				score = (int) Math.round(scored.score());
				match = MatchService.explanation(state, scored);
			}
		}
		return Optional.of(new CardContent(pseudonyms.of(card.client()), employer.name(), profile.occupationUris(),
				profile.skillUris(), profile.languages(), profile.availableFrom(), profile.willingToRelocate(),
				vacancy == null ? null : vacancy.title(), score, match));
	}

}
