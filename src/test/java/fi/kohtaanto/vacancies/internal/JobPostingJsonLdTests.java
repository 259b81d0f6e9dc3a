package fi.kohtaanto.vacancies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaanto.catalogue.CefrLevel;
import fi.kohtaanto.catalogue.Concept;
import fi.kohtaanto.catalogue.ConceptType;
import fi.kohtaanto.catalogue.Municipality;
import fi.kohtaanto.employers.EmployerView;
import fi.kohtaanto.employers.Industry;
import fi.kohtaanto.employers.Sector;
import fi.kohtaanto.employers.SizeClass;
import fi.kohtaanto.shared.EmployerId;
import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.VacancyId;
import fi.kohtaanto.vacancies.AdSection;
import fi.kohtaanto.vacancies.AdVariant;
import fi.kohtaanto.vacancies.LanguageRequirement;
import fi.kohtaanto.vacancies.VacancyData;
import fi.kohtaanto.vacancies.VacancyKind;
import fi.kohtaanto.vacancies.VacancyStatus;
import fi.kohtaanto.vacancies.WorkingTime;
import org.junit.jupiter.api.Test;

class JobPostingJsonLdTests {

	static final Concept COOK = new Concept("http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e",
			ConceptType.OCCUPATION, "cook", "kokki", "5120", null);

	static final Concept HYGIENE = new Concept("http://data.europa.eu/esco/skill/791fa659-3382-49f8-a8dd-505226d0da48",
			ConceptType.SKILL, "food hygiene rules", "elintarvikehygieniaa koskevat määräykset", null, "knowledge");

	static final Municipality MIKKELI = new Municipality("491", "Mikkeli", "S:t Michel", "Mikkeli", "10", "101");

	final ObjectMapper json = new ObjectMapper();

	JobAd.View view(VacancyKind kind, LocalDate endDate, String freeFinnish) {
		VacancyData data = new VacancyData(EmployerId.of(7), "Kokki", kind, false, VacancyStatus.OPEN, COOK.uri(),
				List.of(HYGIENE.uri()), List.of(), List.of(new LanguageRequirement("fi", CefrLevel.A2)), "491", 2,
				WorkingTime.FULL_TIME, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 15), endDate,
				"Maija, 040 123", null);
		VacancyRecord vacancy = new VacancyRecord(VacancyId.of(42), data, 0, LocalDate.of(2027, 1, 10),
				Instant.parse("2027-01-09T10:00:00Z"), Instant.parse("2027-01-09T10:00:00Z"), OrganisationId.of(1));
		EmployerView employer = new EmployerView(EmployerId.of(7), "Saimaan \"Kala\" & Keittiö Oy", "0112038-9",
				Industry.I, SizeClass.SMALL, Sector.PRIVATE_COMPANY, "491", Instant.now(), OrganisationId.of(1));
		Phrase role = new Phrase(1, "duties.role", AdSection.DUTIES, "Haemme: {occupation}.",
				"We are looking for: {occupation}.", "Työ on: {occupation}.");
		JobAd.Content content = new JobAd.Content(true, new JobAd.Titles("Kokki </script><b>", "Cook"),
				List.of(new JobAd.Line(1, AdSection.DUTIES, 1, role, null, null, null),
						new JobAd.Line(2, AdSection.APPLY, 1, null, freeFinnish, "Apply by {applyBy}.", null)));
		Map<Slot, Slot.Values> values = new EnumMap<>(Slot.class);
		values.put(Slot.OCCUPATION, new Slot.Values("kokki", "cook"));
		values.put(Slot.APPLY_BY, Slot.Values.date(data.applyBy()));
		return JobAd.render(vacancy, employer, content, values);
	}

	@Test
	void describesTheVacancyAsASchemaOrgJobPosting() throws Exception {
		String text = JobPostingJsonLd.of(view(VacancyKind.JOB, null, "Hae {applyBy} mennessä."), AdVariant.EN, COOK,
				List.of(HYGIENE), MIKKELI, "https://example.fi/public/jobs/42");
		JsonNode posting = json.readTree(text);

		assertThat(posting.path("@context").asText()).isEqualTo("https://schema.org");
		assertThat(posting.path("@type").asText()).isEqualTo("JobPosting");
		assertThat(posting.path("title").asText()).isEqualTo("Cook");
		assertThat(posting.path("description").asText()).isEqualTo(
				"<h3>The job</h3><p>We are looking for: cook.</p><h3>How to apply</h3><p>Apply by 15 February 2027.</p>");
		assertThat(posting.path("datePosted").asText()).isEqualTo("2027-01-10");
		assertThat(posting.path("validThrough").asText()).isEqualTo("2027-02-15T23:59:59+02:00");
		assertThat(posting.path("employmentType").toString()).isEqualTo("[\"FULL_TIME\"]");
		JsonNode organisation = posting.path("hiringOrganization");
		assertThat(organisation.path("@type").asText()).isEqualTo("Organization");
		assertThat(organisation.path("name").asText()).isEqualTo("Saimaan \"Kala\" & Keittiö Oy");
		assertThat(organisation.path("identifier").path("propertyID").asText()).isEqualTo("Y-tunnus");
		assertThat(organisation.path("identifier").path("value").asText()).isEqualTo("0112038-9");
		JsonNode address = posting.path("jobLocation").path("address");
		assertThat(address.path("addressLocality").asText()).isEqualTo("Mikkeli");
		assertThat(address.path("addressCountry").asText()).isEqualTo("FI");
		assertThat(posting.path("occupationalCategory").asText()).isEqualTo("5120");
		assertThat(posting.path("skills").get(0).path("@id").asText()).isEqualTo(HYGIENE.uri());
		assertThat(posting.path("skills").get(0).path("name").asText()).isEqualTo("food hygiene rules");
		assertThat(posting.path("totalJobOpenings").asInt()).isEqualTo(2);
		assertThat(posting.path("jobStartDate").asText()).isEqualTo("2027-03-01");
		assertThat(posting.path("directApply").isBoolean()).isTrue();
		assertThat(posting.path("url").asText()).isEqualTo("https://example.fi/public/jobs/42");
	}

	@Test
	void writesTheFinnishVariantWithFinnishLabels() throws Exception {
		JsonNode posting = json.readTree(JobPostingJsonLd.of(view(VacancyKind.JOB, null, "Hae {applyBy} mennessä."),
				AdVariant.FI, COOK, List.of(HYGIENE), MIKKELI, null));

		assertThat(posting.path("title").asText()).isEqualTo("Kokki </script><b>");
		assertThat(posting.path("description").asText()).contains("<p>Hae 15.2.2027 mennessä.</p>");
		assertThat(posting.path("skills").get(0).path("name").asText())
			.isEqualTo("elintarvikehygieniaa koskevat määräykset");
		assertThat(posting.has("url")).isFalse();
	}

	@Test
	void escapesWhatCouldEndTheScriptElementAndTheMarkupInTheDescription() throws Exception {
		String text = JobPostingJsonLd.of(view(VacancyKind.JOB, null, "Palkka < 3000 & </script><script>alert(1)"),
				AdVariant.FI, COOK, List.of(), MIKKELI, null);

		assertThat(text).doesNotContain("<").doesNotContain(">").doesNotContain("&");
		JsonNode posting = json.readTree(text);
		assertThat(posting.path("title").asText()).isEqualTo("Kokki </script><b>");
		assertThat(posting.path("description").asText())
			.contains("<p>Palkka &lt; 3000 &amp; &lt;/script&gt;&lt;script&gt;alert(1)</p>");
	}

	@Test
	void marksWorkTrialsAsInternshipsAndJobsWithAnEndAsTemporary() throws Exception {
		JsonNode trial = json.readTree(JobPostingJsonLd.of(view(VacancyKind.WORK_TRIAL, LocalDate.of(2027, 6, 1), "x."),
				AdVariant.FI, COOK, List.of(), MIKKELI, null));
		JsonNode temporary = json.readTree(JobPostingJsonLd.of(view(VacancyKind.JOB, LocalDate.of(2027, 6, 1), "x."),
				AdVariant.FI, COOK, List.of(), MIKKELI, null));

		assertThat(trial.path("employmentType").toString()).isEqualTo("[\"FULL_TIME\",\"INTERN\"]");
		assertThat(temporary.path("employmentType").toString()).isEqualTo("[\"FULL_TIME\",\"TEMPORARY\"]");
	}

}
