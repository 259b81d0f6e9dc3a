package fi.kohtaanto.demo;

import java.time.LocalDate;
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
import fi.kohtaanto.consent.ConsentView;
import fi.kohtaanto.consent.Consents;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.organisations.Organisations;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
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

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Organisations organisations;

	private final Accounts accounts;

	private final Clients clients;

	private final Consents consents;

	private final Catalogue catalogue;

	private final DemoEmployers employers;

	DemoData(Organisations organisations, Accounts accounts, Clients clients, Consents consents, Catalogue catalogue,
			DemoEmployers employers) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.clients = clients;
		this.consents = consents;
		this.catalogue = catalogue;
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
		List<String> owners = List.of("MIKKELI", "XAMK", "ESEDU", "MIKKELI", "XAMK", "ESEDU", "MIKSEI");
		List<Person> people = people();
		for (int i = 0; i < people.size(); i++) {
			Person person = people.get(i);
			String owner = owners.get(i % owners.size());
			CurrentUser advisor = advisors.get(owner);
			LocalDate entry = LocalDate.of(2026, 9, 1).plusDays(random.nextInt(80));
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
			ClientId id = clients.register(advisor, registration(person, entry, shareWith, i % 2 == 0));
			if (i == 7) {
				withdraw(advisor, id, network.get(owner).id(), ConsentPurpose.SHARE_WITH_ORGANISATION);
			}
			if (i == 11) {
				withdraw(advisor, id, network.get(owner).id(), ConsentPurpose.SERVICE);
			}
		}
		employers.load(today, network, advisors);
		log.info("Demo data loaded: {} organisations, {} clients, {} employers, {} vacancies", network.size(),
				people.size(), DemoEmployers.companies().size(), DemoEmployers.jobs().size());
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
