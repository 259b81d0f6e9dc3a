package fi.kohtaanto.vacancies.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaanto.catalogue.Concept;
import fi.kohtaanto.catalogue.Municipality;
import fi.kohtaanto.vacancies.AdVariant;
import fi.kohtaanto.vacancies.VacancyData;
import fi.kohtaanto.vacancies.VacancyKind;
import fi.kohtaanto.vacancies.WorkingTime;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * A job ad as a schema.org {@code JobPosting} in JSON-LD, for job search engines and the employer's own site.
 * <p>
 * The JSON is safe to put into a {@code <script type="application/ld+json">} element as it is: {@code <}, {@code >}
 * and {@code &} are written as Unicode escapes, which JSON allows anywhere in a string and no other place holds them.
 */
final class JobPostingJsonLd {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	private JobPostingJsonLd() {
	}

	/**
	 * The posting of the ad in one variant.
	 *
	 * @param occupation the vacancy's ESCO occupation, whose ISCO-08 code becomes the occupational category
	 * @param skills the required ESCO skills
	 * @param url the public page of the vacancy, if it has one
	 */
	static String of(JobAd.View view, AdVariant variant, @Nullable Concept occupation, List<Concept> skills,
			@Nullable Municipality municipality, @Nullable String url) {
		VacancyData data = view.vacancy().data();
		JobAd.Rendered ad = view.variant(variant);
		Map<String, Object> posting = new LinkedHashMap<>();
		posting.put("@context", "https://schema.org");
		posting.put("@type", "JobPosting");
		posting.put("title", ad.title());
		posting.put("description", description(ad));
		LocalDate posted = view.vacancy().publishedOn() != null ? view.vacancy().publishedOn()
				: LocalDate.ofInstant(view.vacancy().createdAt(), HELSINKI);
		posting.put("datePosted", posted.toString());
		if (data.applyBy() != null) {
			posting.put("validThrough", data.applyBy().atTime(LocalTime.of(23, 59, 59)).atZone(HELSINKI)
				.toOffsetDateTime()
				.toString());
		}
		posting.put("employmentType", employmentTypes(data));
		Map<String, Object> organisation = new LinkedHashMap<>();
		organisation.put("@type", "Organization");
		organisation.put("name", view.employer().name());
		organisation.put("identifier", Map.of("@type", "PropertyValue", "propertyID", "Y-tunnus", "value",
				view.employer().businessId()));
		posting.put("hiringOrganization", organisation);
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("@type", "PostalAddress");
		if (municipality != null) {
			address.put("addressLocality", variant == AdVariant.EN ? municipality.nameEn() : municipality.nameFi());
		}
		address.put("addressCountry", "FI");
		posting.put("jobLocation", Map.of("@type", "Place", "address", address));
		if (occupation != null && occupation.iscoCode() != null) {
			posting.put("occupationalCategory", occupation.iscoCode());
		}
		if (!skills.isEmpty()) {
			List<Map<String, Object>> terms = new ArrayList<>();
			for (Concept skill : skills) {
				Map<String, Object> term = new LinkedHashMap<>();
				term.put("@type", "DefinedTerm");
				term.put("@id", skill.uri());
				term.put("name", variant == AdVariant.EN || skill.labelFi() == null ? skill.labelEn() : skill.labelFi());
				term.put("inDefinedTermSet", "http://data.europa.eu/esco/concept-scheme/skills");
				terms.add(term);
			}
			posting.put("skills", terms);
		}
		posting.put("totalJobOpenings", data.places());
		if (data.startDate() != null) {
			posting.put("jobStartDate", data.startDate().toString());
		}
		posting.put("directApply", false);
		posting.put("identifier", Map.of("@type", "PropertyValue", "name", "Kohtaanto", "value",
				String.valueOf(view.vacancy().id().value())));
		if (url != null) {
			posting.put("url", url);
		}
		try {
			return forScript(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(posting));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("JobPosting could not be written", ex);
		}
	}

	/**
	 * schema.org employment types: the working time, plus {@code TEMPORARY} for a job with an end date and
	 * {@code INTERN} for a work trial (unpaid practice at a workplace).
	 */
	static List<String> employmentTypes(VacancyData data) {
		List<String> types = new ArrayList<>();
		types.add(data.workingTime() == WorkingTime.PART_TIME ? "PART_TIME" : "FULL_TIME");
		if (data.kind() == VacancyKind.WORK_TRIAL) {
			types.add("INTERN");
		}
		else if (data.endDate() != null) {
			types.add("TEMPORARY");
		}
		return types;
	}

	/** The ad's sections as simple HTML, as search engines expect the description; the text is escaped. */
	static String description(JobAd.Rendered ad) {
		StringBuilder html = new StringBuilder();
		for (JobAd.Section section : ad.sections()) {
			html.append("<h3>").append(HtmlUtils.htmlEscape(section.heading(), "UTF-8")).append("</h3><p>");
			html.append(HtmlUtils.htmlEscape(String.join(" ", section.sentences()), "UTF-8"));
			html.append("</p>");
		}
		return html.toString();
	}

	/** Escapes the characters that could end a script element or start markup inside it. */
	static String forScript(String json) {
		return json.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026")
			.replace("\u2028", "\\u2028")
			.replace("\u2029", "\\u2029");
	}

}
