package fi.kohtaanto.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fi.kohtaanto.IntegrationTest;
import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.accounts.Role;
import fi.kohtaanto.employers.BusinessIds;
import fi.kohtaanto.employers.ContactData;
import fi.kohtaanto.employers.ContactKind;
import fi.kohtaanto.employers.EmployerData;
import fi.kohtaanto.employers.Employers;
import fi.kohtaanto.employers.Industry;
import fi.kohtaanto.employers.Sector;
import fi.kohtaanto.employers.SizeClass;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.shared.EmployerId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The entity indicators: employers an organisation supported in the period, each counted once per organisation and
 * once in the total.
 */
@IntegrationTest
class SupportedEmployersIntegrationTests {

	static final LocalDate FROM = LocalDate.of(2025, 3, 1);

	static final LocalDate TO = LocalDate.of(2025, 3, 31);

	@Autowired
	TestData testData;

	@Autowired
	Employers employers;

	@Autowired
	ReportService reports;

	EmployerId employer(CurrentUser user, String name, SizeClass size, Sector sector) {
		return employers.register(user, new EmployerData(name, BusinessIds.next(), Industry.H, size, sector, "491"));
	}

	void contact(CurrentUser user, EmployerId employer, String date) {
		employers.recordContact(user, employer, new ContactData(LocalDate.parse(date), ContactKind.VISIT, "Yritysvierailu",
				null));
	}

	@Test
	void countsEachSupportedEmployerOncePerOrganisationAndOnceInTotal() {
		OrganisationView a = testData.organisation();
		OrganisationView b = testData.organisation();
		CurrentUser advisorA = testData.advisor(a.id());
		CurrentUser advisorB = testData.advisor(b.id());
		EmployerId micro = employer(advisorA, "Pieni Oy", SizeClass.MICRO, Sector.PRIVATE_COMPANY);
		EmployerId large = employer(advisorA, "Suuri Oyj", SizeClass.LARGE, Sector.PRIVATE_COMPANY);
		EmployerId city = employer(advisorA, "Kunta", SizeClass.LARGE, Sector.PUBLIC_ADMINISTRATION);
		EmployerId association = employer(advisorA, "Yhdistys ry", SizeClass.SMALL, Sector.THIRD_SECTOR);
		EmployerId later = employer(advisorA, "Myöhemmin Oy", SizeClass.SMALL, Sector.PRIVATE_COMPANY);
		contact(advisorA, micro, "2025-03-02");
		contact(advisorA, micro, "2025-03-20");
		contact(advisorB, micro, "2025-03-05");
		contact(advisorA, large, "2025-03-10");
		contact(advisorB, city, "2025-03-31");
		contact(advisorA, association, "2025-03-15");
		contact(advisorA, later, "2025-04-01");

		CurrentUser coordinator = testData.user(a.id(), Role.COORDINATOR);
		IndicatorReport ofA = reports.report(coordinator, FROM, TO, a.id());
		assertThat(ofA.count(Indicator.SUPPORTED_COMPANIES, a.id(), null)).isEqualTo(2); // micro, large
		assertThat(ofA.count(Indicator.SUPPORTED_SMES, a.id(), null)).isEqualTo(1); // micro
		assertThat(ofA.count(Indicator.SUPPORTED_PUBLIC_ADMINISTRATIONS, a.id(), null)).isZero();

		IndicatorReport all = reports.report(coordinator, FROM, TO, null);
		assertThat(all.count(Indicator.SUPPORTED_SMES, b.id(), null)).isEqualTo(1); // micro again
		assertThat(all.count(Indicator.SUPPORTED_PUBLIC_ADMINISTRATIONS, b.id(), null)).isEqualTo(1); // city
		long sumOfOrganisations = all.organisations()
			.stream()
			.mapToLong(org -> all.count(Indicator.SUPPORTED_SMES, org, null))
			.sum();
		assertThat(all.total(Indicator.SUPPORTED_SMES)).as("the micro company supported by both counts once in total")
			.isEqualTo(sumOfOrganisations - 1);
	}

}
