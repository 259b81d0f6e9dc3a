package fi.kohtaanto.matching.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.audit.AuditLog;
import fi.kohtaanto.audit.AuditSubject;
import fi.kohtaanto.catalogue.CefrLevel;
import fi.kohtaanto.clients.ClientRef;
import fi.kohtaanto.clients.Clients;
import fi.kohtaanto.clients.MatchingProfile;
import fi.kohtaanto.employers.EmployerView;
import fi.kohtaanto.employers.Employers;
import fi.kohtaanto.matching.CandidateSuggestion;
import fi.kohtaanto.matching.MatchExplanation;
import fi.kohtaanto.matching.Matching;
import fi.kohtaanto.matching.VacancySuggestion;
import fi.kohtaanto.matching.engine.Explanation;
import fi.kohtaanto.matching.engine.Match;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.NotFoundException;
import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.VacancyId;
import fi.kohtaanto.vacancies.Vacancies;
import fi.kohtaanto.vacancies.VacancyView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching behind the consent and access rules: candidates are only clients the index holds (consents in force),
 * checked against the consents once more before they are shown; the user sees the names of the clients they may
 * work with and pseudonyms for the rest. What each user was shown is audited.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
class MatchService implements Matching {

	static final int MAX_RESULTS = 100;

	private final MatchIndex index;

	private final Clients clients;

	private final Vacancies vacancies;

	private final Employers employers;

	private final AuditLog audit;

	private final Pseudonyms pseudonyms;

	MatchService(MatchIndex index, Clients clients, Vacancies vacancies, Employers employers, AuditLog audit,
			Pseudonyms pseudonyms) {
		this.index = index;
		this.clients = clients;
		this.vacancies = vacancies;
		this.employers = employers;
		this.audit = audit;
		this.pseudonyms = pseudonyms;
	}

	@Override
	public List<CandidateSuggestion> candidates(CurrentUser user, VacancyId vacancyId, int limit) {
		if (!user.worksWithClients()) {
			throw new NotFoundException();
		}
		VacancyView vacancy = vacancies.find(vacancyId).orElseThrow(NotFoundException::new);
		int k = Math.max(1, Math.min(limit, MAX_RESULTS));
		Set<Long> excluded = new HashSet<>();
		List<Match> matches = List.of();
		// The index follows consents after each commit; a result whose consent has gone in between is dropped and the
		// search run again without it.
		for (int attempt = 0; attempt < 3; attempt++) {
			matches = index.candidatesFor(vacancy, k, id -> !excluded.contains(id));
			Set<ClientId> ids = matches.stream().map(match -> ClientId.of(match.candidateId())).collect(Collectors.toSet());
			Set<ClientId> eligible = index.eligible(ids);
			if (eligible.size() == ids.size()) {
				break;
			}
			ids.stream().filter(id -> !eligible.contains(id)).forEach(id -> {
				excluded.add(id.value());
				index.refresh(id);
			});
		}
		List<ClientId> shown = matches.stream()
			.map(match -> ClientId.of(match.candidateId()))
			.filter(id -> !excluded.contains(id.value()))
			.toList();
		if (shown.isEmpty()) {
			return List.of();
		}
		audit.recordList(user, AuditSubject.CLIENT, shown.stream().map(ClientId::value).toList(),
				"matching candidates of vacancy " + vacancyId.value());
		Map<ClientId, ClientRef> visible = clients.accessible(user, shown)
			.stream()
			.collect(Collectors.toMap(ClientRef::id, Function.identity()));
		MatchIndex.State state = index.state();
		List<CandidateSuggestion> suggestions = new ArrayList<>();
		for (Match match : matches) {
			ClientId id = ClientId.of(match.candidateId());
			if (excluded.contains(id.value())) {
				continue;
			}
			OrganisationId owner = index.owner(id);
			if (owner == null) {
				continue;
			}
			suggestions.add(new CandidateSuggestion(pseudonyms.of(id), visible.get(id), owner, score(match),
					explanation(state, match)));
		}
		return suggestions;
	}

	@Override
	public List<VacancySuggestion> vacancies(CurrentUser user, ClientId client, int limit) {
		clients.requireFullAccess(user, client);
		MatchingProfile profile = clients.matchingProfile(client).orElseThrow(NotFoundException::new);
		int k = Math.max(1, Math.min(limit, MAX_RESULTS));
		List<Match> matches = index.vacanciesFor(profile, k, id -> true);
		Map<Long, VacancyView> views = new HashMap<>();
		for (Match match : matches) {
			vacancies.find(VacancyId.of(match.vacancyId())).ifPresent(view -> views.put(match.vacancyId(), view));
		}
		Map<EmployerId, EmployerView> employerViews = employers
			.findAll(views.values().stream().map(VacancyView::employerId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(EmployerView::id, Function.identity()));
		MatchIndex.State state = index.state();
		List<VacancySuggestion> suggestions = new ArrayList<>();
		for (Match match : matches) {
			VacancyView view = views.get(match.vacancyId());
			if (view != null) {
				EmployerView employer = employerViews.get(view.employerId());
				suggestions.add(new VacancySuggestion(view, employer == null ? "" : employer.name(), score(match),
						explanation(state, match)));
			}
		}
		return suggestions;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<ClientId, Map<EmployerId, Integer>> employerScores(Collection<ClientId> clientIds,
			Collection<EmployerId> employerIds) {
		Set<EmployerId> wanted = Set.copyOf(employerIds);
		Map<Long, EmployerId> vacancyEmployers = new HashMap<>();
		for (EmployerId employer : wanted) {
			vacancies.ofEmployer(employer)
				.stream()
				.filter(vacancy -> vacancy.status() == fi.kohtaanto.vacancies.VacancyStatus.OPEN)
				.forEach(vacancy -> vacancyEmployers.put(vacancy.id().value(), employer));
		}
		Map<ClientId, Map<EmployerId, Integer>> scores = new HashMap<>();
		if (vacancyEmployers.isEmpty()) {
			return scores;
		}
		Set<ClientId> eligible = index.eligible(Set.copyOf(clientIds));
		for (ClientId client : eligible) {
			MatchingProfile profile = clients.matchingProfile(client).orElse(null);
			if (profile == null) {
				continue;
			}
			Map<EmployerId, Integer> best = new HashMap<>();
			for (Match match : index.vacanciesFor(profile, vacancyEmployers.size(), vacancyEmployers::containsKey)) {
				best.merge(vacancyEmployers.get(match.vacancyId()), score(match), Math::max);
			}
			if (!best.isEmpty()) {
				scores.put(client, best);
			}
		}
		return scores;
	}

	/** The client, if they may be matched now (both consents in force); empty otherwise. */
	Set<ClientId> eligible(ClientId client) {
		return index.eligible(Set.of(client));
	}

	@Override
	public String pseudonym(ClientId client) {
		return pseudonyms.of(client);
	}

	private static int score(Match match) {
		return (int) Math.round(match.score());
	}

	/** The engine's explanation with URIs in place of its internal ids. */
	static MatchExplanation explanation(MatchIndex.State state, Match match) {
		Explanation explanation = match.explanation();
		Vocabulary vocabulary = state.vocabulary();
		List<MatchExplanation.Skill> skills = explanation.skills()
			.stream()
			.map(skill -> new MatchExplanation.Skill(vocabulary.skillUri(skill.skill()), skill.required(),
					skill.kind().name(), skill.impliedBy() < 0 ? null : vocabulary.occupationUri(skill.impliedBy())))
			.toList();
		List<MatchExplanation.Language> languages = explanation.languages()
			.stream()
			.map(gap -> new MatchExplanation.Language(gap.language(), level(gap.has()), level(gap.needs()), gap.met()))
			.toList();
		Match.Components components = match.components();
		return new MatchExplanation(skills, explanation.occupation().name(),
				explanation.candidateOccupation() < 0 ? null : vocabulary.occupationUri(explanation.candidateOccupation()),
				languages, explanation.location().name(), explanation.daysLate(),
				new MatchExplanation.Components(percent(components.skills()), percent(components.occupation()),
						percent(components.languages()), percent(components.location()),
						percent(components.availability())));
	}

	private static @Nullable CefrLevel level(int level) {
		return level <= 0 ? null : CefrLevel.values()[level - 1];
	}

	private static int percent(double share) {
		return (int) Math.round(share * 100);
	}

}
