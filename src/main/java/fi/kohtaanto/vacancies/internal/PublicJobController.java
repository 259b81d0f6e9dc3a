package fi.kohtaanto.vacancies.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import fi.kohtaanto.employers.EmployerView;
import fi.kohtaanto.employers.Employers;
import fi.kohtaanto.shared.NotFoundException;
import fi.kohtaanto.shared.VacancyId;
import fi.kohtaanto.vacancies.AdVariant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public job list: open, openly advertised vacancies, each with its ad and the ad's JSON-LD. Hidden vacancies
 * are not here, not even by direct address.
 */
@Controller
class PublicJobController {

	static final String VIEW_LIST = "vacancies/public-list";

	static final String VIEW_JOB = "vacancies/public-job";

	private final VacancyService vacancies;

	private final JobAdService ads;

	private final Employers employers;

	PublicJobController(VacancyService vacancies, JobAdService ads, Employers employers) {
		this.vacancies = vacancies;
		this.ads = ads;
		this.employers = employers;
	}

	/** A job in the list: its title in the page's language, and its employer. */
	record Row(VacancyRecord vacancy, String title, String employer) {
	}

	/** The public address of a vacancy's page. */
	static String url(VacancyId id) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/public/jobs/{id}")
			.buildAndExpand(id.value())
			.toUriString();
	}

	@GetMapping("/public/jobs")
	String list(Model model, Locale locale) {
		List<VacancyRecord> open = vacancies.publicList();
		Map<VacancyId, JobAd.Titles> titles = ads.titles(open.stream().map(VacancyRecord::id).toList());
		Map<fi.kohtaanto.shared.EmployerId, String> names = employers
			.findAll(open.stream().map(vacancy -> vacancy.data().employer()).toList())
			.stream()
			.collect(Collectors.toMap(EmployerView::id, EmployerView::name));
		AdVariant variant = variant(null, locale);
		model.addAttribute("jobs", open.stream()
			.map(vacancy -> new Row(vacancy,
					titles.containsKey(vacancy.id()) ? titles.get(vacancy.id()).of(variant) : vacancy.data().title(),
					names.getOrDefault(vacancy.data().employer(), "")))
			.toList());
		return VIEW_LIST;
	}

	@GetMapping("/public/jobs/{id}")
	String job(@PathVariable long id, @RequestParam(required = false) @Nullable AdVariant variant, Model model,
			Locale locale) {
		VacancyRecord vacancy = vacancies.publicVacancy(VacancyId.of(id)).orElseThrow(NotFoundException::new);
		JobAd.View view = ads.view(vacancy);
		AdVariant shown = variant(variant, locale);
		model.addAttribute("view", view);
		model.addAttribute("ad", view.variant(shown));
		model.addAttribute("jsonLd", ads.jsonLd(view, shown == AdVariant.EN ? AdVariant.EN : AdVariant.FI,
				url(vacancy.id())));
		return VIEW_JOB;
	}

	@GetMapping("/public/jobs/{id}/print")
	String print(@PathVariable long id, @RequestParam(required = false) @Nullable AdVariant variant, Model model) {
		VacancyRecord vacancy = vacancies.publicVacancy(VacancyId.of(id)).orElseThrow(NotFoundException::new);
		return JobAdController.showPrint(ads.view(vacancy), variant, model);
	}

	/** The variant asked for, or the page's language: Finnish for Finnish pages, English for the others. */
	private static AdVariant variant(@Nullable AdVariant asked, Locale locale) {
		if (asked != null) {
			return asked;
		}
		return "fi".equals(locale.getLanguage()) ? AdVariant.FI : AdVariant.EN;
	}

}
