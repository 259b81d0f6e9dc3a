package fi.kohtaanto.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import fi.kohtaanto.accounts.Accounts;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.accounts.Role;
import fi.kohtaanto.accounts.UserSummary;
import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.CefrLevel;
import fi.kohtaanto.catalogue.Concept;
import fi.kohtaanto.catalogue.ConceptType;
import fi.kohtaanto.catalogue.IscedLevel;
import fi.kohtaanto.clients.ClientRegistration;
import fi.kohtaanto.clients.Clients;
import fi.kohtaanto.clients.Gender;
import fi.kohtaanto.clients.LabourMarketStatus;
import fi.kohtaanto.consent.ConsentPurpose;
import fi.kohtaanto.events.EventData;
import fi.kohtaanto.events.EventType;
import fi.kohtaanto.events.EventView;
import fi.kohtaanto.events.Events;
import fi.kohtaanto.events.LanguageLevel;
import fi.kohtaanto.consent.ConsentView;
import fi.kohtaanto.consent.Consents;
import fi.kohtaanto.feedback.Feedback;
import fi.kohtaanto.feedback.FeedbackLink;
import fi.kohtaanto.feedback.FeedbackRequest;
import fi.kohtaanto.feedback.FeedbackResponse;
import fi.kohtaanto.feedback.RespondentType;
import fi.kohtaanto.feedback.ServiceKind;
import fi.kohtaanto.feedback.SurveyLanguage;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.organisations.Organisations;
import fi.kohtaanto.paths.GuidanceMode;
import fi.kohtaanto.paths.GuidanceSessionData;
import fi.kohtaanto.paths.PathStepData;
import fi.kohtaanto.paths.PathStepStatus;
import fi.kohtaanto.paths.PathStepType;
import fi.kohtaanto.paths.Paths;
import fi.kohtaanto.participation.ExitData;
import fi.kohtaanto.participation.LeavingReason;
import fi.kohtaanto.participation.Participation;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo network. Every name is fictional; the organisations and their business IDs are the real partners
 * of International Work Mikkeli. The employers, their vacancies and job ads come from {@link DemoEmployers}.
 */
@Component
class DemoData {

	static final String PASSWORD = "kohtaanto-demo";

	/** How long the demo participants who have already left took part. */
	static final int LEFT_AFTER_DAYS = 21;

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Organisations organisations;

	private final Accounts accounts;

	private final Clients clients;

	private final Consents consents;

	private final Catalogue catalogue;

	private final Paths paths;

	private final Participation participation;

	private final Events events;

	private final Feedback feedback;

	private final DemoEmployers employers;

	DemoData(Organisations organisations, Accounts accounts, Clients clients, Consents consents, Catalogue catalogue,
			Paths paths, Participation participation, Events events, Feedback feedback, DemoEmployers employers) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.clients = clients;
		this.consents = consents;
		this.catalogue = catalogue;
		this.paths = paths;
		this.participation = participation;
		this.events = events;
		this.feedback = feedback;
		this.employers = employers;
	}

	record Person(String firstName, String lastName, Gender gender, int birthYear, String citizenship,
			LabourMarketStatus status, IscedLevel isced, String municipality, String nativeLanguage,
			CefrLevel finnish, CefrLevel english, List<String> occupations, List<String> skills, String needs) {
	}

	boolean needed() {
		return organisations.all().isEmpty();
	}

	@Transactional
	void load(LocalDate today) {
		Map<String, OrganisationView> network = new LinkedHashMap<>();
		network.put("MIKKELI", organisations.register("Mikkeli", "Mikkelin kaupunki", "S:t Michels stad",
				"City of Mikkeli", "0165116-3"));
		network.put("XAMK", organisations.register("Xamk", "Kaakkois-Suomen ammattikorkeakoulu Oy",
				"Sydöstra Finlands yrkeshögskola Ab", "South-Eastern Finland University of Applied Sciences",
				"2472908-2"));
		network.put("ESEDU", organisations.register("Esedu", "Etelä-Savon Koulutus Oy", "Södra Savolax Utbildning Ab",
				"South Savo Vocational College", "2249317-6"));
		network.put("MIKSEI", organisations.register("Miksei", "Mikkelin kehitysyhtiö Miksei Oy",
				"Utvecklingsbolaget Miksei Ab", "Miksei Mikkeli Development Company", "0600598-8"));

		Map<String, CurrentUser> advisors = new LinkedHashMap<>();
		advisors.put("MIKKELI", user("advisor.mikkeli", "Laura Lehtonen", network.get("MIKKELI"), Role.ADVISOR));
		advisors.put("XAMK", user("advisor.xamk", "Mikko Rantanen", network.get("XAMK"), Role.ADVISOR));
		advisors.put("ESEDU", user("advisor.esedu", "Sanna Heikkinen", network.get("ESEDU"), Role.ADVISOR));
		advisors.put("MIKSEI", user("advisor.miksei", "Jussi Nieminen", network.get("MIKSEI"), Role.ADVISOR));
		user("coordinator.mikkeli", "Helena Koskinen", network.get("MIKKELI"), Role.COORDINATOR);
		user("coordinator.xamk", "Antti Mäkelä", network.get("XAMK"), Role.COORDINATOR);
		user("admin", "Kohtaanto Admin", network.get("MIKKELI"), Role.ADMIN);

		Random random = new Random(2026);
		List<ClientId> registered = new ArrayList<>();
		List<String> owners = List.of("MIKKELI", "XAMK", "ESEDU", "MIKKELI", "XAMK", "ESEDU", "MIKSEI");
		List<Person> people = people();
		for (int i = 0; i < people.size(); i++) {
			Person person = people.get(i);
			String owner = owners.get(i % owners.size());
			CurrentUser advisor = advisors.get(owner);
			boolean leaver = i % 4 == 3;
			// Those who have already left entered in September; the others any time since the project began.
			LocalDate entry = LocalDate.of(2026, 9, 1).plusDays(leaver ? i : random.nextInt(80));
			if (entry.isAfter(today)) {
				entry = today;
			}
			List<OrganisationId> shareWith = new ArrayList<>();
			if (i % 3 == 0) {
				shareWith.add(network.get("MIKSEI").id());
			}
			if (i % 5 == 1) {
				shareWith.add(network.get(owner.equals("MIKKELI") ? "XAMK" : "MIKKELI").id());
			}
			shareWith.removeIf(organisation -> organisation.equals(advisor.organisation()));
			// Three in four may be shown to employers (matching, candidate cards, Meet&Match); the others are not.
			ClientId id = clients.register(advisor, registration(person, entry, shareWith, i % 4 != 1));
			plan(advisor, id, i, person, entry, today, network);
			if (i != 11) {
				registered.add(id);
			}
			if (leaver && !entry.plusDays(LEFT_AFTER_DAYS).isAfter(today)) {
				leave(advisor, id, i, entry, network);
			}
			if (i == 7) {
				withdraw(advisor, id, network.get(owner).id(), ConsentPurpose.SHARE_WITH_ORGANISATION);
			}
			if (i == 11) {
				withdraw(advisor, id, network.get(owner).id(), ConsentPurpose.SERVICE);
			}
		}
		employers.load(today, network, advisors);
		events(today, network, advisors, registered);
		int answers = feedback(advisors);
		log.info("Demo data loaded: {} organisations, {} clients, {} employers, {} vacancies, {} feedback answers",
				network.size(), people.size(), DemoEmployers.companies().size(), DemoEmployers.jobs().size(), answers);
	}

	/**
	 * Feedback on the services of the network, answered through real links: 59 client and 15 employer answers.
	 * Esedu's wage-subsidy jobs (3 answers), Miksei's events for clients (3) and Esedu's work-trial employers (4)
	 * are groups too small to show, so the results page shows how they and the groups that would give them away
	 * are hidden. A few links of each batch stay unanswered.
	 */
	private int feedback(Map<String, CurrentUser> advisors) {
		Random random = new Random(14);
		List<FeedbackBatch> batches = List.of(
				new FeedbackBatch("MIKKELI", RespondentType.CLIENT, ServiceKind.GUIDANCE, "Alkuohjaus, syksy 2026", 8),
				new FeedbackBatch("MIKKELI", RespondentType.CLIENT, ServiceKind.EVENT, "Kielikahvila A1–A2", 12),
				new FeedbackBatch("XAMK", RespondentType.CLIENT, ServiceKind.GUIDANCE, "IWM Talent -mentorointi", 9),
				new FeedbackBatch("XAMK", RespondentType.CLIENT, ServiceKind.EVENT, "IWM Pitch -työpaja", 6),
				new FeedbackBatch("ESEDU", RespondentType.CLIENT, ServiceKind.GUIDANCE, "Työhönvalmennus", 6),
				new FeedbackBatch("ESEDU", RespondentType.CLIENT, ServiceKind.WORK_TRIAL, "Työkokeilut, syksy 2026",
						7),
				new FeedbackBatch("ESEDU", RespondentType.CLIENT, ServiceKind.WAGE_SUBSIDY_JOB, null, 3),
				new FeedbackBatch("MIKSEI", RespondentType.CLIENT, ServiceKind.WORK_TRIAL, "Työkokeilut logistiikassa",
						5),
				new FeedbackBatch("MIKSEI", RespondentType.CLIENT, ServiceKind.EVENT, "Meet&Match, marraskuu", 3),
				new FeedbackBatch("MIKSEI", RespondentType.EMPLOYER, ServiceKind.EMPLOYER_SERVICE, "Rekrytointituki",
						6),
				new FeedbackBatch("MIKSEI", RespondentType.EMPLOYER, ServiceKind.EVENT, "Meet&Match, marraskuu", 5),
				new FeedbackBatch("ESEDU", RespondentType.EMPLOYER, ServiceKind.WORK_TRIAL, "Työkokeilupaikat", 4));
		List<String> improvements = List.of("Enemmän puheharjoituksia, kiitos.", "More evening sessions, please.",
				"Більше практики розмовної фінської.", "Ohjeet myös selkosuomeksi.",
				"The room was too small for everyone.", "Хотелось бы больше информации о вакансиях.",
				"نريد مواعيد أكثر في المساء.", "Tiedot työpaikasta olisi hyvä saada aiemmin.");
		int answers = 0;
		for (FeedbackBatch batch : batches) {
			SurveyLanguage language = batch.respondent() == RespondentType.CLIENT ? SurveyLanguage.EN
					: SurveyLanguage.FI;
			List<FeedbackLink> links = feedback.createLinks(advisors.get(batch.organisation()),
					new FeedbackRequest(batch.respondent(), batch.kind(), batch.label(), language, null),
					batch.answers() + 2);
			for (int i = 0; i < batch.answers(); i++) {
				int overall = 2 + random.nextInt(4);
				Map<String, Integer> scores = new LinkedHashMap<>();
				scores.put("OVERALL", overall);
				List<String> others = batch.respondent() == RespondentType.CLIENT
						? List.of("CLEAR", "SUPPORT", "USEFUL") : List.of("SMOOTH", "SUPPORT", "VALUE");
				others.forEach(question -> scores.put(question,
						Math.max(1, Math.min(5, overall + random.nextInt(3) - 1))));
				Boolean recommend = random.nextInt(6) == 0 ? null : overall >= 3 || random.nextBoolean();
				String improvement = random.nextInt(3) == 0 ? improvements.get(random.nextInt(improvements.size()))
						: null;
				if (feedback.respond(links.get(i).token(), new FeedbackResponse(scores, recommend, improvement))) {
					answers++;
				}
			}
		}
		return answers;
	}

	record FeedbackBatch(String organisation, RespondentType respondent, ServiceKind kind, @Nullable String label,
			int answers) {
	}

	/**
	 * A path plan that fits the person: a first guidance, Finnish practice for those who need it, and a next step
	 * by their situation, some done, some under way, some planned; plus a few logged guidance sessions.
	 */
	private void plan(CurrentUser advisor, ClientId client, int index, Person person, LocalDate entry, LocalDate today,
			Map<String, OrganisationView> network) {
		OrganisationId own = advisor.organisation();
		LocalDate firstGuidanceEnd = entry.plusDays(7).isAfter(today) ? today : entry.plusDays(7);
		paths.add(advisor, client, new PathStepData(PathStepType.GUIDANCE, "Alkukartoitus ja palvelutarpeen arvio", own,
				entry, firstGuidanceEnd, PathStepStatus.DONE, "Palvelutarve ja tavoitteet käyty läpi."));
		paths.logSession(advisor, client, new GuidanceSessionData(entry, 60, GuidanceMode.IN_PERSON, null,
				"Alkukartoitus: tausta, kielitaito ja tavoitteet."));
		if (person.finnish() == null || !person.finnish().meets(CefrLevel.B1)) {
			LocalDate start = entry.plusDays(10);
			paths.add(advisor, client, new PathStepData(PathStepType.LANGUAGE_CAFE, "Suomen kielen kielikahvila, A-taso",
					network.get("MIKKELI").id(), start.isAfter(today) ? today : start, null,
					PathStepStatus.IN_PROGRESS, null));
		}
		PathStepType next = switch (person.status()) {
			case IN_EDUCATION -> PathStepType.MENTORING;
			case LONG_TERM_UNEMPLOYED -> PathStepType.WORK_TRIAL;
			case INACTIVE -> PathStepType.COACHING;
			case EMPLOYED -> PathStepType.EDUCATION;
			case UNEMPLOYED -> index % 2 == 0 ? PathStepType.WORKSHOP : PathStepType.WORK_TRIAL;
		};
		if (person.needs().contains("entrepreneurship")) {
			next = PathStepType.ENTREPRENEURSHIP_SUPPORT;
		}
		String responsible = switch (next) {
			case WORK_TRIAL, ENTREPRENEURSHIP_SUPPORT -> "MIKSEI";
			case COACHING, EDUCATION -> "ESEDU";
			default -> "XAMK";
		};
		String title = switch (next) {
			case WORKSHOP -> "IWM Pitch: osaamisen sanoittaminen";
			case MENTORING -> "IWM Talent -ryhmämentorointi";
			case WORK_TRIAL -> "Työkokeilu, paikka haussa";
			case COACHING -> "Kieli- ja kulttuuritietoinen työhönvalmennus";
			case EDUCATION -> "Ammatillinen täydennyskoulutus";
			default -> "Yritysneuvonta";
		};
		LocalDate start = today.plusDays(7 + index % 21);
		paths.add(advisor, client, new PathStepData(next, title, network.get(responsible).id(), start,
				start.plusWeeks(next == PathStepType.WORK_TRIAL ? 8 : 4), PathStepStatus.PLANNED, null));
		if (index % 3 == 1 && !entry.plusDays(14).isAfter(today)) {
			paths.logSession(advisor, client, new GuidanceSessionData(entry.plusDays(14), 45,
					index % 2 == 0 ? GuidanceMode.VIDEO : GuidanceMode.PHONE, null, "Seuraavat askeleet sovittu."));
		}
	}

	/**
	 * Upcoming events of the network with participants: language cafés on two levels, a workshop that is full and
	 * has a waiting list, an info session and a Meet&Match event.
	 */
	private void events(LocalDate today, Map<String, OrganisationView> network, Map<String, CurrentUser> advisors,
			List<ClientId> clientIds) {
		CurrentUser mikkeli = advisors.get("MIKKELI");
		EventView cafe = events.create(mikkeli, event(EventType.LANGUAGE_CAFE, network.get("MIKKELI"),
				"Kielikahvila aloittelijoille", "Language café for beginners", "Språkcafé för nybörjare",
				"Harjoittelemme arjen suomea pienissä ryhmissä. Kahvi ja pulla tarjolla.", LanguageLevel.A1_A2,
				"International House Mikkeli, Maaherrankatu 9", at(today.plusDays(3), 15), 90, 15, true), true);
		register(mikkeli, cafe, clientIds, 8);
		EventView cafeB = events.create(advisors.get("XAMK"), event(EventType.LANGUAGE_CAFE, network.get("XAMK"),
				"Kielikahvila B1–B2: työelämän suomea", "Language café B1–B2: Finnish for work", null,
				"Keskustelemme työpaikan tilanteista: palaverit, puhelut ja pienet puheet.", LanguageLevel.B1_B2,
				"Xamk, Mikkelin kampus, Patteristonkatu 3", at(today.plusDays(5), 16), 90, 12, true), true);
		register(advisors.get("XAMK"), cafeB, clientIds, 5);
		EventView pitch = events.create(advisors.get("ESEDU"), event(EventType.WORKSHOP, network.get("ESEDU"),
				"IWM Pitch: osaamisen sanoittaminen", "IWM Pitch: putting your skills into words", null,
				"Työpajassa teet oman 60 sekunnin esittelyn ja päivität CV:si.", null, "Esedu, Otavankatu 4",
				at(today.plusDays(8), 9), 180, 4, false), true);
		register(advisors.get("ESEDU"), pitch, clientIds, 6);
		events.create(mikkeli, event(EventType.INFO_SESSION, network.get("MIKKELI"),
				"Työelämäinfo: näin haet työtä Suomessa", "Working life info: how to find a job in Finland",
				"Arbetslivsinfo: så söker du jobb i Finland", "Työnhaku, työsopimus ja verokortti selkeästi.", null,
				"Mikkelin pääkirjasto, Jaamankatu 5", at(today.plusDays(12), 17), 60, 40, true), true);
		EventView meet = events.create(advisors.get("MIKSEI"), event(EventType.MEET_AND_MATCH, network.get("MIKSEI"),
				"Meet&Match: logistiikka ja palvelut", "Meet&Match: logistics and services", null,
				"Lyhyitä tapaamisia alueen työnantajien kanssa.", null, "Mikkelin Tiedepuisto, Lönnrotinkatu 7",
				at(today.plusDays(20), 12), 180, 30, false), true);
		register(advisors.get("MIKSEI"), meet, clientIds, 30);
	}

	/**
	 * Registers up to {@code count} of the clients whose records the advisor works with (own or shared with the
	 * organisation); beyond the capacity they go on the waiting list.
	 */
	private void register(CurrentUser advisor, EventView event, List<ClientId> clientIds, int count) {
		clients.accessible(advisor, clientIds)
			.stream()
			.limit(count)
			.forEach(client -> events.register(advisor, event.id(), client.id()));
	}

	private static EventData event(EventType type, OrganisationView organisation, String titleFi, String titleEn,
			String titleSv, String descriptionFi, LanguageLevel level, String location, Instant start, int minutes,
			int capacity, boolean publicRegistration) {
		return new EventData(type, organisation.id(), titleFi, titleEn, titleSv, descriptionFi, null, null, level,
				location, null, start, start.plus(Duration.ofMinutes(minutes)), capacity, null, publicRegistration);
	}

	private static Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 0).atZone(ZoneId.of("Europe/Helsinki")).toInstant();
	}

	/** A participant who has already left: a completed step that led somewhere, then the exit. */
	private void leave(CurrentUser advisor, ClientId client, int index, LocalDate entry,
			Map<String, OrganisationView> network) {
		LocalDate exit = entry.plusDays(LEFT_AFTER_DAYS);
		PathStepType step = index % 2 == 0 ? PathStepType.WORK_TRIAL : PathStepType.COACHING;
		paths.add(advisor, client, new PathStepData(step, step == PathStepType.WORK_TRIAL ? "Työkokeilu" : null,
				network.get(step == PathStepType.WORK_TRIAL ? "MIKSEI" : "ESEDU").id(), entry.plusDays(8), exit,
				PathStepStatus.DONE, null));
		boolean employed = index % 3 != 0;
		boolean studies = index % 3 == 0;
		participation.recordExit(advisor, client, new ExitData(exit, !employed && !studies, studies, false, employed,
				false, employed ? LeavingReason.EMPLOYED : LeavingReason.STUDIES, null));
	}

	private CurrentUser user(String username, String name, OrganisationView organisation, Role role) {
		UserSummary user = accounts.create(username, name, organisation.id(), role, PASSWORD);
		return new CurrentUser(user.id(), user.username(), user.displayName(), organisation.id(), role);
	}

	private void withdraw(CurrentUser advisor, ClientId client, OrganisationId owner, ConsentPurpose purpose) {
		consents.history(client)
			.stream()
			.filter(consent -> consent.purpose() == purpose && consent.active())
			.map(ConsentView::id)
			.findFirst()
			.ifPresent(consentId -> consents.withdraw(advisor, client, owner, consentId));
	}

	private ClientRegistration registration(Person person, LocalDate entry, List<OrganisationId> shareWith,
			boolean employerVisible) {
		List<ClientRegistration.Language> languages = new ArrayList<>();
		if (person.finnish() != null) {
			languages.add(new ClientRegistration.Language("fi", person.finnish()));
		}
		languages.add(new ClientRegistration.Language(person.nativeLanguage(), CefrLevel.NATIVE));
		if (person.english() != null && !"en".equals(person.nativeLanguage())) {
			languages.add(new ClientRegistration.Language("en", person.english()));
		}
		String email = ascii(person.firstName() + "." + person.lastName()).toLowerCase() + "@example.com";
		return new ClientRegistration(person.firstName(), person.lastName(), email, null, person.birthYear(),
				person.gender(), person.status(), person.isced(), person.citizenship(), true, person.municipality(),
				entry, person.needs(), languages, concepts(person.occupations(), ConceptType.OCCUPATION),
				concepts(person.skills(), ConceptType.SKILL), entry, shareWith, employerVisible, !employerVisible);
	}

	/** ESCO concepts by English preferred label; labels the catalogue does not know are skipped. */
	private List<String> concepts(List<String> labels, ConceptType type) {
		return labels.stream()
			.map(label -> catalogue.resolve(label, type))
			.flatMap(Optional::stream)
			.map(Concept::uri)
			.distinct()
			.toList();
	}

	private static String ascii(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z.]", "");
	}

	private static Person p(String first, String last, Gender gender, int year, String citizenship,
			LabourMarketStatus status, IscedLevel isced, String municipality, String nativeLanguage,
			CefrLevel finnish, CefrLevel english, List<String> occupations, List<String> skills, String needs) {
		return new Person(first, last, gender, year, citizenship, status, isced, municipality, nativeLanguage,
				finnish, english, occupations, skills, needs);
	}

	static List<Person> people() {
		Gender w = Gender.WOMAN;
		Gender m = Gender.MAN;
		LabourMarketStatus unemployed = LabourMarketStatus.UNEMPLOYED;
		LabourMarketStatus longTerm = LabourMarketStatus.LONG_TERM_UNEMPLOYED;
		LabourMarketStatus inactive = LabourMarketStatus.INACTIVE;
		LabourMarketStatus student = LabourMarketStatus.IN_EDUCATION;
		LabourMarketStatus employed = LabourMarketStatus.EMPLOYED;
		return List.of(
				p("Amina", "Haddad", w, 1991, "SY", unemployed, IscedLevel.ISCED_6, "491", "ar", CefrLevel.A2,
						CefrLevel.B2, List.of("accountant"), List.of("accounting", "use spreadsheets software"),
						"Looking for office work in accounting; wants to improve Finnish for work."),
				p("Oleksandr", "Kovalenko", m, 1984, "UA", unemployed, IscedLevel.ISCED_4, "491", "uk", CefrLevel.A2,
						CefrLevel.B1, List.of("welder"), List.of("use welding equipment", "apply arc welding techniques"),
						"Experienced welder; needs recognition of qualifications."),
				p("Fatima", "Ahmadi", w, 1996, "AF", inactive, IscedLevel.ISCED_2, "491", "fa", CefrLevel.A1, null,
						List.of("building cleaner"), List.of("clean surfaces"), "First steps to working life; childcare arranged."),
				p("Chinedu", "Okafor", m, 1999, "NG", student, IscedLevel.ISCED_6, "491", "en", CefrLevel.A2, null,
						List.of("software developer"), List.of("Java (computer programming)", "SQL", "work in teams"),
						"Graduating from Xamk next spring; looking for a trainee place in IT."),
				p("Nguyen", "Thi Lan", w, 1993, "VN", unemployed, IscedLevel.ISCED_3, "593", "vi", CefrLevel.A2,
						CefrLevel.A2, List.of("cook"), List.of("comply with food safety and hygiene", "food hygiene rules"),
						"Cook with restaurant experience; wants a kitchen job in Pieksämäki."),
				p("Abdirahman", "Warsame", m, 1979, "SO", longTerm, IscedLevel.ISCED_1, "491", "so", CefrLevel.B1,
						null, List.of("warehouse worker", "forklift operator"), List.of("operate forklift", "store warehouse goods"),
						"Long unemployed; interested in a work trial in logistics."),
				p("Olga", "Smirnova", w, 1988, "RU", unemployed, IscedLevel.ISCED_7, "491", "ru", CefrLevel.B1,
						CefrLevel.B2, List.of("project manager"), List.of("project management", "use microsoft office"),
						"Master's degree in economics; looking for coordinator roles."),
				p("Rahul", "Sharma", m, 1995, "IN", employed, IscedLevel.ISCED_7, "491", "hi", CefrLevel.A1,
						CefrLevel.C1, List.of("data analyst"), List.of("Python (computer programming)", "SQL"),
						"Works part-time in a shop; wants a job in his own field."),
				p("Mariam", "Tesfaye", w, 1990, "ER", unemployed, IscedLevel.ISCED_3, "178", "ti", CefrLevel.A2, null,
						List.of("healthcare assistant"), List.of("apply person-centred care", "transfer patients"),
						"Trained care assistant in Eritrea; wants to study practical nursing."),
				p("Li", "Wei", m, 1997, "CN", student, IscedLevel.ISCED_6, "491", "zh", CefrLevel.A1, CefrLevel.B2,
						List.of(), List.of("apply social media marketing"), "Business student at Xamk; looking for a thesis employer."),
				p("Ana", "Silva", w, 1986, "BR", unemployed, IscedLevel.ISCED_6, "507", "pt", CefrLevel.A2,
						CefrLevel.B2, List.of("early years teacher"), List.of("supervise children", "play with children"),
						"Kindergarten teacher; needs a Finnish qualification path."),
				p("Mehmet", "Yilmaz", m, 1982, "TR", longTerm, IscedLevel.ISCED_3, "491", "tr", CefrLevel.A2, null,
						List.of("bus driver"), List.of("drive vehicles", "road traffic laws"), "Needs Finnish driving licence classes."),
				p("Grace", "Wanjiru", w, 1994, "KE", inactive, IscedLevel.ISCED_5, "491", "sw", CefrLevel.A1,
						CefrLevel.C1, List.of("hospitality establishment receptionist"), List.of("customer service"),
						"Spouse of a researcher; looking for service jobs in English."),
				p("Bikash", "Thapa", m, 1992, "NP", unemployed, IscedLevel.ISCED_3, "213", "ne", CefrLevel.A2,
						CefrLevel.B1, List.of("kitchen assistant"), List.of("food hygiene rules", "work in a hospitality team"),
						"Works seasonally; wants a permanent job in Kangasniemi."),
				p("Ayesha", "Rahman", w, 1998, "BD", student, IscedLevel.ISCED_3, "491", "bn", CefrLevel.B1,
						CefrLevel.B2, List.of(), List.of("customer service"),
						"Vocational student at Esedu; graduating as a practical nurse."),
				p("Hassan", "Karimi", m, 1975, "IR", longTerm, IscedLevel.ISCED_6, "491", "fa", CefrLevel.B1,
						CefrLevel.B1, List.of("mechanical engineer"), List.of("use CAD software", "engineering principles"),
						"Engineer; qualifications need recognition; interested in mentoring."),
				p("Sofia", "Müller", w, 1989, "DE", unemployed, IscedLevel.ISCED_7, "491", "de", CefrLevel.A2,
						CefrLevel.C1, List.of("vocational teacher"), List.of("apply teaching strategies", "apply intercultural teaching strategies"),
						"EU citizen; teacher moving with her family to Mikkeli."),
				p("Ahmed", "Hussein", m, 2001, "IQ", unemployed, IscedLevel.ISCED_2, "491", "ar", CefrLevel.B1, null,
						List.of("building construction worker"), List.of("use safety equipment in construction", "lift heavy weights"), "Young job seeker; wants an apprenticeship."),
				p("Maria", "Santos", w, 1987, "PH", employed, IscedLevel.ISCED_6, "623", "tl", CefrLevel.A2,
						CefrLevel.C1, List.of("nurse assistant"), List.of("apply person-centred care", "provide first aid"),
						"Works in elderly care in Puumala; wants to become a registered nurse."),
				p("Yusuf", "Adeyemi", m, 1993, "NG", unemployed, IscedLevel.ISCED_7, "491", "en", CefrLevel.A1, null,
						List.of("electrician"), List.of("electricity"),
						"Electrical engineer; looking for electrician work while learning Finnish."),
				p("Tatiana", "Ivanova", w, 1980, "RU", inactive, IscedLevel.ISCED_6, "097", "ru", CefrLevel.B1, null,
						List.of("accountant"), List.of("accounting", "use accounting systems"), "Returning to working life after family leave."),
				p("Kwame", "Mensah", m, 1990, "GH", unemployed, IscedLevel.ISCED_3, "491", "en", CefrLevel.A2, null,
						List.of("cargo vehicle driver"), List.of("drive vehicles", "load cargo"), "Needs a Finnish C licence."),
				p("Parisa", "Moradi", w, 1995, "IR", student, IscedLevel.ISCED_6, "491", "fa", CefrLevel.A2,
						CefrLevel.C1, List.of(), List.of("Python (computer programming)"),
						"Master's student in digital economy; looking for part-time work."),
				p("Dmytro", "Shevchenko", m, 1970, "UA", unemployed, IscedLevel.ISCED_5, "491", "uk", CefrLevel.A1,
						CefrLevel.A2, List.of("computer numerical control machine operator"), List.of("operate forklift", "quality standards"),
						"Over 55; long career in manufacturing."),
				p("Leila", "Benali", w, 1992, "MA", unemployed, IscedLevel.ISCED_4, "593", "ar", CefrLevel.A2,
						CefrLevel.B1, List.of("hairdresser"), List.of("style hair", "customer service"),
						"Hairdresser; considering her own business (entrepreneurship support)."),
				p("Tran", "Van Minh", m, 1996, "VN", employed, IscedLevel.ISCED_3, "491", "vi", CefrLevel.A2, null,
						List.of("baker"), List.of("bake goods", "food hygiene rules"), "Works nights in a bakery; wants day work."),
				p("Elena", "Popescu", w, 1985, "RO", unemployed, IscedLevel.ISCED_6, "491", "ro", CefrLevel.B2,
						CefrLevel.B2, List.of("sales assistant", "cashier"), List.of("customer service", "operate cash register"),
						"Experienced in retail; wants to move to purchasing."),
				p("Samuel", "Tekle", m, 2003, "ER", inactive, IscedLevel.ISCED_2, "491", "ti", CefrLevel.A2, null,
						List.of(), List.of(), "Young adult; needs guidance to vocational studies."),
				p("Carmen", "Rodríguez", w, 1991, "CO", unemployed, IscedLevel.ISCED_6, "491", "es", CefrLevel.A2,
						CefrLevel.B2, List.of("marketing assistant"), List.of("apply social media marketing"),
						"Marketing professional; interested in tourism companies."),
				p("Jamal", "Nasser", m, 1988, "SY", unemployed, IscedLevel.ISCED_3, "178", "ar", CefrLevel.B1, null,
						List.of("crop production worker", "forest worker"), List.of("harvest crop", "operate chainsaw"), "Worked in agriculture; interested in forestry work."),
				p("Priya", "Nair", w, 1994, "IN", student, IscedLevel.ISCED_6, "491", "ta", CefrLevel.A1, CefrLevel.C1,
						List.of("web developer"), List.of("JavaScript"), "Graduating in ICT; looking for a developer job."));
	}

}
