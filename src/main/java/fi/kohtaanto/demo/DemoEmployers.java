package fi.kohtaanto.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.CefrLevel;
import fi.kohtaanto.catalogue.Concept;
import fi.kohtaanto.catalogue.ConceptType;
import fi.kohtaanto.employers.AgreementData;
import fi.kohtaanto.employers.ContactData;
import fi.kohtaanto.employers.ContactKind;
import fi.kohtaanto.employers.ContactPersonData;
import fi.kohtaanto.employers.EmployerData;
import fi.kohtaanto.employers.Employers;
import fi.kohtaanto.employers.HiringReadiness;
import fi.kohtaanto.employers.HiringTiming;
import fi.kohtaanto.employers.Industry;
import fi.kohtaanto.employers.InstructorTraining;
import fi.kohtaanto.employers.NeedsSurveyData;
import fi.kohtaanto.employers.Sector;
import fi.kohtaanto.employers.SizeClass;
import fi.kohtaanto.employers.WorkTrialWillingness;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.VacancyId;
import fi.kohtaanto.vacancies.AdDraft;
import fi.kohtaanto.vacancies.AdSection;
import fi.kohtaanto.vacancies.LanguageRequirement;
import fi.kohtaanto.vacancies.Vacancies;
import fi.kohtaanto.vacancies.VacancyData;
import fi.kohtaanto.vacancies.VacancyKind;
import fi.kohtaanto.vacancies.VacancyStatus;
import fi.kohtaanto.vacancies.WorkingTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Demo employers of the Mikkeli region, with contact persons, contacts by all four organisations, needs surveys,
 * vacancies of every kind (some hidden), two bilingual job ads and two collaboration agreements. The companies are
 * fictional; their business IDs are valid but from a range not yet issued (9xxxxxx), so they name no real company.
 */
@Component
class DemoEmployers {

	private final Employers employers;

	private final Vacancies vacancies;

	private final Catalogue catalogue;

	DemoEmployers(Employers employers, Vacancies vacancies, Catalogue catalogue) {
		this.employers = employers;
		this.vacancies = vacancies;
		this.catalogue = catalogue;
	}

	record Company(String key, String name, String businessId, Industry industry, SizeClass size, Sector sector,
			String municipality, List<ContactPersonData> people) {
	}

	/**
	 * @param occupation English preferred label of an ESCO occupation in the built-in taxonomy
	 * @param applyInDays days from today to the last day to apply, or null
	 */
	record Job(String company, String title, VacancyKind kind, boolean hidden, VacancyStatus status, String occupation,
			List<String> required, List<String> niceToHave, List<LanguageRequirement> languages, String municipality,
			int places, WorkingTime time, int startInDays, @Nullable Integer applyInDays, @Nullable Integer endInDays,
			@Nullable String contact) {
	}

	void load(LocalDate today, Map<String, OrganisationView> network, Map<String, CurrentUser> advisors) {
		CurrentUser miksei = advisors.get("MIKSEI");
		Map<String, EmployerId> ids = new LinkedHashMap<>();
		for (Company company : companies()) {
			EmployerId id = employers.register(miksei, new EmployerData(company.name(), company.businessId(),
					company.industry(), company.size(), company.sector(), company.municipality()));
			ids.put(company.key(), id);
			for (ContactPersonData person : company.people()) {
				employers.addContactPerson(miksei, id, person);
			}
		}
		contacts(today, ids, advisors);
		surveys(today, ids, advisors);
		employers.addAgreement(advisors.get("MIKKELI"), ids.get("CARE"), new AgreementData(
				network.get("MIKKELI").id(), true, true, false, 3,
				"Avustavat hoivatyöt: ulkoilu, ruokailussa avustaminen, viriketoiminta.", InstructorTraining.DONE,
				today.minusMonths(2), today.plusMonths(10), today.minusMonths(2).plusDays(3), null));
		employers.addAgreement(advisors.get("ESEDU"), ids.get("ASSOCIATION"), new AgreementData(
				network.get("ESEDU").id(), true, false, true, 2, "Kahvilan ja kierrätyspisteen työt.",
				InstructorTraining.PLANNED, today.minusDays(20), null, null, "Ohjaajakoulutus sovittu keväälle."));
		Map<String, VacancyId> jobIds = new LinkedHashMap<>();
		for (Job job : jobs()) {
			CurrentUser advisor = job.kind() == VacancyKind.JOB ? miksei : advisors.get("MIKKELI");
			VacancyId id = vacancies.create(advisor, new VacancyData(ids.get(job.company()), job.title(), job.kind(),
					job.hidden(), job.status(), uri(job.occupation(), ConceptType.OCCUPATION),
					uris(job.required(), ConceptType.SKILL), uris(job.niceToHave(), ConceptType.SKILL),
					job.languages(), job.municipality(), job.places(), job.time(), today.plusDays(job.startInDays()),
					job.applyInDays() == null ? null : today.plusDays(job.applyInDays()),
					job.endInDays() == null ? null : today.plusDays(job.endInDays()), job.contact(), null));
			jobIds.putIfAbsent(job.company(), id);
		}
		vacancies.composeAd(miksei, jobIds.get("KITCHEN"), new AdDraft("Kokki lounasravintolaan",
				"Cook for our lunch restaurant", List.of(AdDraft.Sentence.phrase("company.local"),
						AdDraft.Sentence.phrase("company.international"), AdDraft.Sentence.phrase("duties.role"),
						AdDraft.Sentence.phrase("duties.kitchen"), AdDraft.Sentence.phrase("duties.daytime"),
						AdDraft.Sentence.phrase("requirements.hygienePassport"),
						AdDraft.Sentence.phrase("requirements.englishStart"),
						AdDraft.Sentence.phrase("requirements.learnFinnish"),
						AdDraft.Sentence.phrase("offer.permanent"), AdDraft.Sentence.phrase("offer.collectiveAgreement"),
						AdDraft.Sentence.phrase("offer.lunch"), AdDraft.Sentence.phrase("apply.by"),
						AdDraft.Sentence.phrase("apply.sendCv"), AdDraft.Sentence.phrase("apply.language"))));
		vacancies.composeAd(miksei, jobIds.get("SOFTWARE"), new AdDraft("Ohjelmistokehittäjä (Java)",
				"Software developer (Java)", List.of(AdDraft.Sentence.phrase("company.growing"),
						AdDraft.Sentence.free(AdSection.COMPANY,
								"Teemme verkkopalveluja matkailu- ja metsäalan yrityksille.",
								"We build online services for tourism and forestry companies."),
						AdDraft.Sentence.phrase("duties.software"), AdDraft.Sentence.phrase("duties.team"),
						AdDraft.Sentence.phrase("requirements.training"),
						AdDraft.Sentence.phrase("requirements.englishGood"),
						AdDraft.Sentence.phrase("requirements.learnFinnish"), AdDraft.Sentence.phrase("offer.flexible"),
						AdDraft.Sentence.phrase("offer.languageCourse"), AdDraft.Sentence.phrase("offer.healthcare"),
						AdDraft.Sentence.phrase("apply.by"), AdDraft.Sentence.phrase("apply.contact"),
						AdDraft.Sentence.phrase("apply.language"))));
	}

	private void contacts(LocalDate today, Map<String, EmployerId> ids, Map<String, CurrentUser> advisors) {
		String[][] history = { { "KITCHEN", "MIKSEI", "VISIT", "40", "Rekrytointitarpeet kevääksi" },
				{ "KITCHEN", "ESEDU", "PHONE", "12", "Työkokeilupaikka keittiöön" },
				{ "CARE", "MIKKELI", "MEETING", "55", "Yhteistyösopimuksen valmistelu" },
				{ "CARE", "XAMK", "EMAIL", "8", "Harjoittelupaikat sairaanhoitajaopiskelijoille" },
				{ "METAL", "MIKSEI", "VISIT", "30", "Hitsaajien tarve ja perehdytys" },
				{ "METAL", "ESEDU", "EVENT", "18", "Meet&Match-tapahtuma" },
				{ "FOREST", "MIKSEI", "PHONE", "25", "Kausityöntekijät metsänhoitoon" },
				{ "LOGISTICS", "MIKSEI", "VISIT", "33", "Varastotyön rekrytointi" },
				{ "LOGISTICS", "MIKKELI", "MEETING", "5", "Palkkatuetun työn mahdollisuudet" },
				{ "CLEANING", "MIKKELI", "PHONE", "15", "Työkokeilut siivousalalla" },
				{ "SOFTWARE", "XAMK", "MEETING", "20", "Opinnäytetyöt ja kansainväliset opiskelijat" },
				{ "SOFTWARE", "MIKSEI", "EMAIL", "3", "Työpaikkailmoitus englanniksi" },
				{ "BERRY", "MIKSEI", "VISIT", "60", "Marjanpoiminnan kausityö" },
				{ "BUILD", "ESEDU", "VISIT", "45", "Oppisopimuspaikat" },
				{ "RESORT", "MIKSEI", "PHONE", "10", "Kesäkauden rekrytoinnit" },
				{ "ASSOCIATION", "ESEDU", "MEETING", "22", "Työkokeilut kahvilassa" },
				{ "MUNICIPAL", "MIKKELI", "MEETING", "35", "Kunnan kesätyöt ja palkkatuki" },
				{ "MUNICIPAL", "XAMK", "EVENT", "14", "International talent -seminaari" } };
		for (String[] row : history) {
			employers.recordContact(advisors.get(row[1]), ids.get(row[0]), new ContactData(
					today.minusDays(Integer.parseInt(row[3])), ContactKind.valueOf(row[2]), row[4], null));
		}
	}

	private void surveys(LocalDate today, Map<String, EmployerId> ids, Map<String, CurrentUser> advisors) {
		CurrentUser miksei = advisors.get("MIKSEI");
		survey(miksei, ids.get("KITCHEN"), today.minusDays(40), Map.of("cook", 2, "kitchen assistant", 1),
				List.of("food hygiene rules"), List.of(new NeedsSurveyData.LanguageNeed("fi", CefrLevel.A2)),
				HiringReadiness.READY, WorkTrialWillingness.YES, HiringTiming.NOW);
		survey(miksei, ids.get("METAL"), today.minusDays(30), Map.of("welder", 4),
				List.of("use welding equipment", "apply arc welding techniques"),
				List.of(new NeedsSurveyData.LanguageNeed("fi", CefrLevel.A2),
						new NeedsSurveyData.LanguageNeed("en", CefrLevel.B1)),
				HiringReadiness.ALREADY_EMPLOYS, WorkTrialWillingness.MAYBE, HiringTiming.WITHIN_3_MONTHS);
		survey(miksei, ids.get("LOGISTICS"), today.minusDays(33), Map.of("warehouse worker", 3, "forklift operator", 1),
				List.of("operate forklift"), List.of(new NeedsSurveyData.LanguageNeed("fi", CefrLevel.A2)),
				HiringReadiness.INTERESTED, WorkTrialWillingness.YES, HiringTiming.NOW);
		survey(advisors.get("MIKKELI"), ids.get("CARE"), today.minusDays(55),
				Map.of("healthcare assistant", 3, "nurse responsible for general care", 1),
				List.of("apply person-centred care"), List.of(new NeedsSurveyData.LanguageNeed("fi", CefrLevel.B1)),
				HiringReadiness.READY, WorkTrialWillingness.YES, HiringTiming.IN_3_TO_12_MONTHS);
		survey(advisors.get("XAMK"), ids.get("SOFTWARE"), today.minusDays(20), Map.of("software developer", 2),
				List.of("Java (computer programming)", "SQL"),
				List.of(new NeedsSurveyData.LanguageNeed("en", CefrLevel.B2)), HiringReadiness.ALREADY_EMPLOYS,
				WorkTrialWillingness.NO, HiringTiming.WITHIN_3_MONTHS);
		survey(miksei, ids.get("RESORT"), today.minusDays(10), Map.of("room attendant", 2, "cook", 1),
				List.of("customer service"), List.of(new NeedsSurveyData.LanguageNeed("en", CefrLevel.B1)),
				HiringReadiness.INTERESTED, WorkTrialWillingness.MAYBE, HiringTiming.LATER);
	}

	private void survey(CurrentUser advisor, EmployerId employer, LocalDate date, Map<String, Integer> occupations,
			List<String> skills, List<NeedsSurveyData.LanguageNeed> languages, HiringReadiness readiness,
			WorkTrialWillingness workTrials, HiringTiming timing) {
		List<NeedsSurveyData.Need> needs = new java.util.ArrayList<>();
		new java.util.TreeMap<>(occupations).forEach((label, count) -> needs
			.add(new NeedsSurveyData.Need(uri(label, ConceptType.OCCUPATION), count, timing)));
		skills.forEach(label -> needs.add(new NeedsSurveyData.Need(uri(label, ConceptType.SKILL), 1, timing)));
		employers.recordNeedsSurvey(advisor, employer,
				new NeedsSurveyData(date, needs, languages, readiness, workTrials, null));
	}

	private String uri(String label, ConceptType type) {
		return catalogue.resolve(label, type)
			.map(Concept::uri)
			.orElseThrow(() -> new IllegalStateException("Not in the taxonomy: " + label));
	}

	private List<String> uris(List<String> labels, ConceptType type) {
		return labels.stream().map(label -> catalogue.resolve(label, type)).flatMap(Optional::stream)
			.map(Concept::uri).toList();
	}

	private static ContactPersonData person(String name, String title, String email, String phone, String language) {
		return new ContactPersonData(name, title, email, phone, language);
	}

	static List<Company> companies() {
		return List.of(
				new Company("KITCHEN", "Saimaan Kala ja Keittiö Oy", "9803652-9", Industry.I, SizeClass.SMALL,
						Sector.PRIVATE_COMPANY, "491", List.of(person("Riikka Laine", "Ravintolapäällikkö",
								"riikka.laine@example.fi", "+358 40 100 2001", "fi"))),
				new Company("CARE", "Hoivakoti Kotiranta Oy", "9812416-6", Industry.Q, SizeClass.MEDIUM,
						Sector.PRIVATE_COMPANY, "491", List.of(
								person("Sari Hyvönen", "Hoitotyön johtaja", "sari.hyvonen@example.fi",
										"+358 40 100 2002", "fi"),
								person("Mark Evans", "HR coordinator", "mark.evans@example.fi", "+358 40 100 2003",
										"en"))),
				new Company("METAL", "Etelä-Savon Metallityö Oy", "9814651-7", Industry.C, SizeClass.MEDIUM,
						Sector.PRIVATE_COMPANY, "491", List.of(person("Jari Kärkkäinen", "Tuotantopäällikkö",
								"jari.karkkainen@example.fi", "+358 40 100 2004", "fi"))),
				new Company("FOREST", "Kangasniemen Metsäpalvelu Oy", "9818885-6", Industry.A, SizeClass.SMALL,
						Sector.PRIVATE_COMPANY, "213", List.of(person("Ville Rautiainen", "Toimitusjohtaja",
								"ville.rautiainen@example.fi", "+358 40 100 2005", "fi"))),
				new Company("LOGISTICS", "Pieksämäen Logistiikkakeskus Oy", "9825217-6", Industry.H, SizeClass.MEDIUM,
						Sector.PRIVATE_COMPANY, "593", List.of(person("Anna Lindqvist", "Henkilöstöpäällikkö",
								"anna.lindqvist@example.fi", "+358 40 100 2006", "sv"))),
				new Company("CLEANING", "Siivouspalvelu Kirkas Oy", "9826612-1", Industry.N, SizeClass.SMALL,
						Sector.PRIVATE_COMPANY, "491", List.of(person("Tuula Markkanen", "Yrittäjä",
								"tuula.markkanen@example.fi", "+358 40 100 2007", "fi"))),
				new Company("SOFTWARE", "Savon Ohjelmistotalo Oy", "9835932-8", Industry.J, SizeClass.SMALL,
						Sector.PRIVATE_COMPANY, "491", List.of(person("Priya Menon", "Lead developer",
								"priya.menon@example.fi", "+358 40 100 2008", "en"))),
				new Company("BERRY", "Juvan Marjatila Ay", "9841321-6", Industry.A, SizeClass.MICRO,
						Sector.PRIVATE_COMPANY, "178", List.of(person("Eero Pesonen", "Viljelijä",
								"eero.pesonen@example.fi", "+358 40 100 2009", "fi"))),
				new Company("BUILD", "Mäntyharjun Rakennus Oy", "9843092-1", Industry.F, SizeClass.SMALL,
						Sector.PRIVATE_COMPANY, "507", List.of(person("Petri Oksanen", "Työmaapäällikkö",
								"petri.oksanen@example.fi", "+358 40 100 2010", "fi"))),
				new Company("RESORT", "Puumalan Lomakylä Oy", "9847087-8", Industry.I, SizeClass.MICRO,
						Sector.PRIVATE_COMPANY, "623", List.of(person("Laura Nieminen", "Toimitusjohtaja",
								"laura.nieminen@example.fi", "+358 40 100 2011", "fi"))),
				new Company("ASSOCIATION", "Mikkelin seudun Hyvinvointiyhdistys ry", "9852861-1", Industry.S,
						SizeClass.SMALL, Sector.THIRD_SECTOR, "491", List.of(person("Marja Hämäläinen",
								"Toiminnanjohtaja", "marja.hamalainen@example.fi", "+358 40 100 2012", "fi"))),
				new Company("MUNICIPAL", "Etelä-Savon Kuntapalvelut -liikelaitos", "9854336-0", Industry.O,
						SizeClass.LARGE, Sector.PUBLIC_ADMINISTRATION, "491", List.of(person("Kaisa Turunen",
								"Henkilöstösuunnittelija", "kaisa.turunen@example.fi", "+358 40 100 2013", "fi"))));
	}

	static List<Job> jobs() {
		LanguageRequirement finnishA2 = new LanguageRequirement("fi", CefrLevel.A2);
		LanguageRequirement finnishB1 = new LanguageRequirement("fi", CefrLevel.B1);
		LanguageRequirement englishB1 = new LanguageRequirement("en", CefrLevel.B1);
		LanguageRequirement englishB2 = new LanguageRequirement("en", CefrLevel.B2);
		VacancyStatus open = VacancyStatus.OPEN;
		WorkingTime full = WorkingTime.FULL_TIME;
		WorkingTime part = WorkingTime.PART_TIME;
		return List.of(
				new Job("KITCHEN", "Kokki lounasravintolaan", VacancyKind.JOB, false, open, "cook",
						List.of("food hygiene rules", "comply with food safety and hygiene"),
						List.of("work in a hospitality team"), List.of(finnishA2), "491", 2, full, 30, 14, null,
						"Riikka Laine, riikka.laine@example.fi, 040 100 2001"),
				new Job("KITCHEN", "Keittiöapulainen, työkokeilu", VacancyKind.WORK_TRIAL, false, open,
						"kitchen assistant", List.of("food hygiene rules"), List.of(), List.of(), "491", 1, part, 14,
						10, 104, "Riikka Laine, 040 100 2001"),
				new Job("CARE", "Lähihoitaja", VacancyKind.JOB, false, open, "healthcare assistant",
						List.of("apply person-centred care", "transfer patients"), List.of("provide first aid"),
						List.of(finnishB1), "491", 3, full, 45, 21, null, "Sari Hyvönen, 040 100 2002"),
				new Job("CARE", "Hoiva-avustaja, palkkatuettu", VacancyKind.WAGE_SUBSIDY, true, open,
						"healthcare assistant", List.of("apply person-centred care"), List.of(), List.of(finnishA2),
						"491", 1, full, 20, null, 200, null),
				new Job("METAL", "Hitsaaja", VacancyKind.JOB, true, open, "welder",
						List.of("use welding equipment", "apply arc welding techniques"), List.of("welding techniques"),
						List.of(finnishA2, englishB1), "491", 2, full, 30, null, null, null),
				new Job("METAL", "CNC-koneistaja, oppisopimus", VacancyKind.APPRENTICESHIP, false, open,
						"computer numerical control machine operator", List.of("quality standards"), List.of(),
						List.of(finnishA2), "491", 1, full, 60, 40, 790, "Jari Kärkkäinen, 040 100 2004"),
				new Job("FOREST", "Metsuri, kausityö", VacancyKind.JOB, false, open, "forest worker",
						List.of("operate chainsaw", "fell trees"), List.of(), List.of(), "213", 2, full, 35, 20, 180,
						"Ville Rautiainen, 040 100 2005"),
				new Job("LOGISTICS", "Varastotyöntekijä", VacancyKind.JOB, false, open, "warehouse worker",
						List.of("store warehouse goods", "warehouse operations"), List.of("operate forklift"),
						List.of(finnishA2), "593", 3, full, 21, 12, null, "Anna Lindqvist, 040 100 2006"),
				new Job("LOGISTICS", "Trukinkuljettaja, työkokeilu", VacancyKind.WORK_TRIAL, true, open,
						"forklift operator", List.of("operate forklift"), List.of(), List.of(), "593", 1, full, 10,
						null, 70, null),
				new Job("CLEANING", "Siivooja, työkokeilu", VacancyKind.WORK_TRIAL, false, open, "building cleaner",
						List.of("clean surfaces"), List.of("clean glass surfaces"), List.of(), "491", 2, part, 7, 5,
						67, "Tuula Markkanen, 040 100 2007"),
				new Job("SOFTWARE", "Ohjelmistokehittäjä (Java)", VacancyKind.JOB, false, open, "software developer",
						List.of("Java (computer programming)", "SQL"), List.of("work in teams"), List.of(englishB2),
						"491", 1, full, 60, 30, null, "Priya Menon, priya.menon@example.fi"),
				new Job("BERRY", "Marjanpoimija", VacancyKind.JOB, false, VacancyStatus.DRAFT,
						"fruit and vegetable picker", List.of("harvest crop"), List.of(), List.of(), "178", 6, full,
						180, 150, 240, null),
				new Job("BUILD", "Rakennusmies, oppisopimus", VacancyKind.APPRENTICESHIP, false, open,
						"building construction worker", List.of("use safety equipment in construction"),
						List.of("lift heavy weights"), List.of(finnishA2), "507", 1, full, 30, 15, 760,
						"Petri Oksanen, 040 100 2010"),
				new Job("RESORT", "Huonesiivooja", VacancyKind.JOB, false, VacancyStatus.FILLED, "room attendant",
						List.of("clean rooms"), List.of("customer service"), List.of(englishB1), "623", 1, part, 5,
						null, 120, "Laura Nieminen, 040 100 2011"),
				new Job("ASSOCIATION", "Kahvilatyöntekijä, palkkatuettu", VacancyKind.WAGE_SUBSIDY, true, open,
						"quick service restaurant crew member", List.of("customer service"), List.of(), List.of(),
						"491", 1, part, 14, null, 380, null),
				new Job("MUNICIPAL", "Kotihoidon työntekijä, palkkatuettu", VacancyKind.WAGE_SUBSIDY, false, open,
						"care at home worker", List.of("apply person-centred care"), List.of(), List.of(finnishB1),
						"491", 2, full, 40, 25, 400, "Kaisa Turunen, 040 100 2013"),
				new Job("MUNICIPAL", "Taloushallinnon työkokeilu", VacancyKind.WORK_TRIAL, false, open, "accountant",
						List.of("accounting"), List.of("use spreadsheets software", "use accounting systems"),
						List.of(finnishA2), "491", 1, full, 21, 14, 111, "Kaisa Turunen, 040 100 2013"),
				new Job("ASSOCIATION", "Projektikoordinaattori", VacancyKind.JOB, true, open, "project manager",
						List.of("project management"), List.of("use microsoft office"), List.of(englishB2), "491", 1,
						full, 45, null, 730, null));
	}

}
