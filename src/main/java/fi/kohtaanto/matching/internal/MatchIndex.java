package fi.kohtaanto.matching.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.CatalogueReplaced;
import fi.kohtaanto.catalogue.Municipality;
import fi.kohtaanto.clients.ClientRegistered;
import fi.kohtaanto.clients.ClientUpdated;
import fi.kohtaanto.clients.Clients;
import fi.kohtaanto.clients.MatchingProfile;
import fi.kohtaanto.consent.ConsentGiven;
import fi.kohtaanto.consent.ConsentPurpose;
import fi.kohtaanto.consent.ConsentWithdrawn;
import fi.kohtaanto.consent.Consents;
import fi.kohtaanto.matching.engine.CandidateIndex;
import fi.kohtaanto.matching.engine.CandidateProfile;
import fi.kohtaanto.matching.engine.LanguageLevel;
import fi.kohtaanto.matching.engine.Match;
import fi.kohtaanto.matching.engine.Place;
import fi.kohtaanto.matching.engine.VacancyIndex;
import fi.kohtaanto.matching.engine.VacancyProfile;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.VacancyId;
import fi.kohtaanto.vacancies.LanguageRequirement;
import fi.kohtaanto.vacancies.Vacancies;
import fi.kohtaanto.vacancies.VacancyChanged;
import fi.kohtaanto.vacancies.VacancyClosed;
import fi.kohtaanto.vacancies.VacancyPublished;
import fi.kohtaanto.vacancies.VacancyStatus;
import fi.kohtaanto.vacancies.VacancyView;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The matching engine's indexes, fed from the other modules and kept in step with them: a client is a candidate
 * while their service consent and their consent to be shown to employers are in force; a vacancy while it is open.
 * Changes are applied after the transaction that made them commits, so a withdrawn consent removes the client from
 * every following search. Searches run without locks; changes and rebuilds are serialised.
 */
@Component
class MatchIndex {

	private static final Logger log = LoggerFactory.getLogger(MatchIndex.class);

	/** The indexes and the vocabulary they were built with, replaced together when the catalogue changes. */
	record State(Vocabulary vocabulary, Map<String, Municipality> municipalities, CandidateIndex candidates,
			VacancyIndex vacancies, Map<Long, OrganisationId> owners) {
	}

	private final Catalogue catalogue;

	private final Clients clients;

	private final Consents consents;

	private final Vacancies vacancies;

	private volatile @Nullable State state;

	MatchIndex(Catalogue catalogue, Clients clients, Consents consents, Vacancies vacancies) {
		this.catalogue = catalogue;
		this.clients = clients;
		this.consents = consents;
		this.vacancies = vacancies;
	}

	/** The current indexes, built on first use. */
	State state() {
		State current = state;
		return current != null ? current : rebuild();
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		rebuild();
	}

	@EventListener
	void on(CatalogueReplaced event) {
		rebuild();
	}

	/** Builds every index anew from the catalogue, the consenting clients and the open vacancies. */
	synchronized State rebuild() {
		long start = System.nanoTime();
		Vocabulary vocabulary = new Vocabulary(catalogue.graph());
		Map<String, Municipality> municipalities = catalogue.municipalities()
			.stream()
			.collect(Collectors.toMap(Municipality::code, Function.identity()));
		List<MatchingProfile> profiles = clients.matchingProfiles();
		Set<ClientId> eligible = eligible(profiles.stream().map(MatchingProfile::id).collect(Collectors.toSet()));
		State next = new State(vocabulary, municipalities, new CandidateIndex(vocabulary.graph()),
				new VacancyIndex(vocabulary.graph()), new ConcurrentHashMap<>());
		List<CandidateProfile> candidates = new ArrayList<>();
		for (MatchingProfile profile : profiles) {
			if (eligible.contains(profile.id())) {
				candidates.add(candidate(next, profile));
				next.owners().put(profile.id().value(), profile.owner());
			}
		}
		candidates.forEach(next.candidates()::upsert);
		vacancies.open().forEach(vacancy -> next.vacancies().upsert(vacancy(next, vacancy)));
		state = next;
		log.info("Matching index built: {} candidates, {} vacancies in {} ms", next.candidates().size(),
				next.vacancies().size(), (System.nanoTime() - start) / 1_000_000);
		return next;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ClientRegistered event) {
		refresh(event.client());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ClientUpdated event) {
		refresh(event.client());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ConsentGiven event) {
		refresh(event.client());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ConsentWithdrawn event) {
		refresh(event.client());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(VacancyPublished event) {
		refresh(event.vacancy());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(VacancyChanged event) {
		refresh(event.vacancy());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(VacancyClosed event) {
		refresh(event.vacancy());
	}

	/** Puts the client in the index or takes them out, as their consents now say. */
	synchronized void refresh(ClientId client) {
		State current = state();
		MatchingProfile profile = clients.matchingProfile(client).orElse(null);
		if (profile != null && eligible(Set.of(client)).contains(client)) {
			current.candidates().upsert(candidate(current, profile));
			current.owners().put(client.value(), profile.owner());
		}
		else {
			current.candidates().remove(client.value());
			current.owners().remove(client.value());
		}
	}

	synchronized void refresh(VacancyId id) {
		State current = state();
		VacancyView vacancy = vacancies.find(id).orElse(null);
		if (vacancy != null && vacancy.status() == VacancyStatus.OPEN) {
			current.vacancies().upsert(vacancy(current, vacancy));
		}
		else {
			current.vacancies().remove(id.value());
		}
	}

	/** The organisation that registered an indexed client; {@literal null} once the client has left the index. */
	@Nullable
	OrganisationId owner(ClientId client) {
		return state().owners().get(client.value());
	}

	/** Of the clients, those who may be matched: the service consent and the consent to employers in force. */
	Set<ClientId> eligible(Set<ClientId> ids) {
		Set<ClientId> eligible = new HashSet<>(consents.withConsent(ids, ConsentPurpose.EMPLOYER_VISIBLE));
		eligible.retainAll(consents.withConsent(eligible, ConsentPurpose.SERVICE));
		return eligible;
	}

	/** The best candidates for the vacancy among those the filter allows. */
	List<Match> candidatesFor(VacancyView vacancy, int limit, LongPredicate allowed) {
		State current = state();
		return current.candidates().topCandidates(vacancy(current, vacancy), limit, allowed);
	}

	/** The best open vacancies for the client among those the filter allows, whether or not the client is indexed. */
	List<Match> vacanciesFor(MatchingProfile client, int limit, LongPredicate allowed) {
		State current = state();
		return current.vacancies().topVacancies(candidate(current, client), limit, allowed);
	}

	CandidateProfile candidate(State current, MatchingProfile profile) {
		return new CandidateProfile(profile.id().value(), current.vocabulary().skills(profile.skillUris()),
				current.vocabulary().occupations(profile.occupationUris()),
				profile.languages()
					.stream()
					.map(language -> new LanguageLevel(language.code(), language.level().ordinal() + 1))
					.toList(),
				place(current, profile.municipalityCode()),
				profile.availableFrom() == null ? 0 : (int) profile.availableFrom().toEpochDay(),
				profile.willingToRelocate());
	}

	VacancyProfile vacancy(State current, VacancyView vacancy) {
		Integer occupation = current.vocabulary().occupation(vacancy.occupationUri());
		int[] required = limit(current.vocabulary().skills(vacancy.requiredSkillUris()), VacancyProfile.MAX_SKILLS);
		int[] nice = limit(current.vocabulary().skills(vacancy.niceToHaveSkillUris()),
				VacancyProfile.MAX_SKILLS - required.length);
		LocalDate start = vacancy.startDate() != null ? vacancy.startDate()
				: vacancy.applyBy() != null ? vacancy.applyBy() : LocalDate.now();
		return new VacancyProfile(vacancy.id().value(), occupation == null ? VacancyProfile.NO_OCCUPATION : occupation,
				required, nice, languages(vacancy.languages()), place(current, vacancy.municipalityCode()),
				(int) start.toEpochDay(), false);
	}

	private static List<LanguageLevel> languages(List<LanguageRequirement> requirements) {
		return requirements.stream()
			.map(requirement -> new LanguageLevel(requirement.languageCode(), requirement.minimum().ordinal() + 1))
			.toList();
	}

	private static Place place(State current, String municipalityCode) {
		Municipality municipality = current.municipalities().get(municipalityCode);
		return municipality == null ? Place.unknown()
				: new Place(municipality.code(), municipality.subRegionCode(), municipality.regionCode());
	}

	/** The engine takes at most {@link VacancyProfile#MAX_SKILLS} distinct skills; the first ones are kept. */
	private static int[] limit(int[] skills, int max) {
		int[] distinct = java.util.Arrays.stream(skills).distinct().toArray();
		return distinct.length <= max ? distinct : java.util.Arrays.copyOf(distinct, Math.max(0, max));
	}

}
