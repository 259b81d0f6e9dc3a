package fi.kohtaanto.events.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.CefrLevel;
import fi.kohtaanto.catalogue.ConceptType;
import fi.kohtaanto.catalogue.IscedLevel;
import fi.kohtaanto.clients.ClientRegistration;
import fi.kohtaanto.clients.Clients;
import fi.kohtaanto.clients.Gender;
import fi.kohtaanto.clients.LabourMarketStatus;
import fi.kohtaanto.employers.BusinessIds;
import fi.kohtaanto.employers.EmployerData;
import fi.kohtaanto.employers.Employers;
import fi.kohtaanto.employers.Industry;
import fi.kohtaanto.employers.Sector;
import fi.kohtaanto.employers.SizeClass;
import fi.kohtaanto.events.EventData;
import fi.kohtaanto.events.EventType;
import fi.kohtaanto.events.EventView;
import fi.kohtaanto.events.Events;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.vacancies.LanguageRequirement;
import fi.kohtaanto.vacancies.Vacancies;
import fi.kohtaanto.vacancies.VacancyData;
import fi.kohtaanto.vacancies.VacancyKind;
import fi.kohtaanto.vacancies.VacancyStatus;
import fi.kohtaanto.vacancies.WorkingTime;
import org.springframework.stereotype.Component;

/**
 * A Meet&Match event with employers that have open vacancies and registered clients who fit them in different
 * degrees, one of whom has not consented to be shown to employers.
 */
@Component
class MeetMatchFixture {

	/** The event with its organiser, the employers and the clients (the last one without consent). */
	record Scene(OrganisationView organisation, CurrentUser organiser, EventView event, List<EmployerId> employers,
			List<String> employerNames, List<ClientId> clients) {
	}

	/** Tells the employers of each scene apart: all test classes share one database. */
	private static final AtomicInteger scenes = new AtomicInteger();

	private final TestData testData;

	private final Clients clients;

	private final Catalogue catalogue;

	private final Employers employers;

	private final Vacancies vacancies;

	private final Events events;

	MeetMatchFixture(TestData testData, Clients clients, Catalogue catalogue, Employers employers,
			Vacancies vacancies, Events events) {
		this.testData = testData;
		this.clients = clients;
		this.catalogue = catalogue;
		this.employers = employers;
		this.vacancies = vacancies;
		this.events = events;
	}

	Scene scene() {
		OrganisationView organisation = testData.organisation();
		CurrentUser organiser = testData.advisor(organisation.id());
		LocalDate day = LocalDate.now().plusDays(10);
		Instant start = day.atTime(12, 0).atZone(ZoneId.of("Europe/Helsinki")).toInstant();
		EventView event = events.create(organiser, new EventData(EventType.MEET_AND_MATCH, organisation.id(),
				"Meet&Match: keittiöt ja varastot", "Meet&Match: kitchens and warehouses", null, null, null, null, null,
				"Tiedepuisto", null, start, start.plus(Duration.ofHours(2)), 30, null, false), true);
		int number = scenes.incrementAndGet();
		List<String> names = List.of("Keittiö Kattila " + number + " Oy", "Varasto Vauhti " + number + " Oy");
		List<EmployerId> employerIds = new ArrayList<>();
		employerIds.add(employer(organiser, names.get(0), "cook",
				List.of("comply with food safety and hygiene", "food hygiene rules")));
		employerIds.add(employer(organiser, names.get(1), "warehouse worker",
				List.of("store warehouse goods", "operate forklift")));
		List<ClientId> clientIds = new ArrayList<>();
		clientIds.add(client(organiser, "Amira", "cook", List.of("comply with food safety and hygiene",
				"food hygiene rules"), true));
		clientIds.add(client(organiser, "Bashir", "warehouse worker", List.of("store warehouse goods",
				"operate forklift"), true));
		clientIds.add(client(organiser, "Chen", "kitchen assistant", List.of("food hygiene rules",
				"store warehouse goods"), true));
		clientIds.add(client(organiser, "Dana", "cook", List.of("food hygiene rules"), false));
		clientIds.forEach(client -> events.register(organiser, event.id(), client));
		return new Scene(organisation, organiser, event, employerIds, names, clientIds);
	}

	private String uri(String label, ConceptType type) {
		return catalogue.resolve(label, type).orElseThrow().uri();
	}

	private EmployerId employer(CurrentUser user, String name, String occupation, List<String> skills) {
		EmployerId id = employers.register(user, new EmployerData(name, BusinessIds.next(), Industry.I, SizeClass.SMALL,
				Sector.PRIVATE_COMPANY, "491"));
		vacancies.create(user, new VacancyData(id, occupation, VacancyKind.JOB, false, VacancyStatus.OPEN,
				uri(occupation, ConceptType.OCCUPATION), skills.stream().map(s -> uri(s, ConceptType.SKILL)).toList(),
				List.of(), List.of(new LanguageRequirement("fi", CefrLevel.A2)), "491", 2, WorkingTime.FULL_TIME,
				LocalDate.now().plusDays(30), LocalDate.now().plusDays(20), null, "rekry@example.com", null));
		return id;
	}

	private ClientId client(CurrentUser user, String name, String occupation, List<String> skills,
			boolean employerVisible) {
		return clients.register(user, new ClientRegistration(name, "Tapaaja", null, null, 1992, Gender.NOT_TOLD,
				LabourMarketStatus.UNEMPLOYED, IscedLevel.ISCED_3, "UA", true, "491", LocalDate.now(), null,
				List.of(new ClientRegistration.Language("fi", CefrLevel.B1)), List.of(uri(occupation, ConceptType.OCCUPATION)),
				skills.stream().map(s -> uri(s, ConceptType.SKILL)).toList(), LocalDate.now(), List.of(),
				employerVisible, false));
	}

}
