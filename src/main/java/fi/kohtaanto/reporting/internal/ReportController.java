package fi.kohtaanto.reporting.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.clients.Gender;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.organisations.Organisations;
import fi.kohtaanto.shared.NotFoundException;
import fi.kohtaanto.shared.OrganisationId;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's dashboard, the exports for the funder and the targets. {@code /reports/**} is for coordinators
 * and admins; what each may export or change is the service's decision.
 */
@Controller
@RequestMapping("/reports")
class ReportController {

	static final String VIEW_DASHBOARD = "reporting/dashboard";

	static final String VIEW_TARGETS = "reporting/targets";

	private final ReportService reports;

	private final ReportExports exports;

	private final Organisations organisations;

	ReportController(ReportService reports, ReportExports exports, Organisations organisations) {
		this.reports = reports;
		this.exports = exports;
		this.organisations = organisations;
	}

	@ModelAttribute
	void referenceData(Model model) {
		List<OrganisationView> all = organisations.all();
		model.addAttribute("organisations", all);
		model.addAttribute("organisationsById",
				all.stream().collect(Collectors.toMap(OrganisationView::id, Function.identity())));
		model.addAttribute("project", reports.properties());
		model.addAttribute("genders", List.of(Gender.WOMAN, Gender.MAN, Gender.NON_BINARY, Gender.NOT_TOLD));
		model.addAttribute("sections", Indicator.Section.values());
		model.addAttribute("indicators", Indicator.values());
		model.addAttribute("outcomes", ReportService.OUTCOMES);
	}

	@GetMapping
	String dashboard(CurrentUser user, @Valid @ModelAttribute("period") PeriodForm period, BindingResult result,
			Model model) {
		validate(period, result);
		LocalDate today = LocalDate.now();
		if (result.hasErrors()) {
			period.setFrom(reports.properties().projectStart());
			period.setTo(defaultEnd(today));
			period.setOrganisation(null);
		}
		Dashboard dashboard = reports.dashboard(user, period.getFrom(), period.getTo(), period.organisationId(), today);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("report", dashboard.report());
		model.addAttribute("mayExport", reports.mayActFor(user, period.organisationId()));
		model.addAttribute("mayEditTargets", reports.mayActFor(user, period.organisationId()));
		model.addAttribute("listOrganisations", period.organisationId() == null);
		model.addAttribute("satisfaction",
				reports.satisfaction(user, period.getFrom(), period.getTo(), period.organisationId()));
		return VIEW_DASHBOARD;
	}

	@GetMapping("/indicators.{format:csv|xlsx}")
	void indicators(CurrentUser user, @PathVariable String format, @Valid @ModelAttribute("period") PeriodForm period,
			BindingResult result, Locale locale, HttpServletResponse response) throws IOException {
		validate(period, result);
		if (result.hasErrors()) {
			throw new NotFoundException();
		}
		OrganisationId organisation = period.organisationId();
		IndicatorReport report = reports.report(user, period.getFrom(), period.getTo(), organisation);
		OrganisationView scope = organisation == null ? null : organisations.find(organisation).orElse(null);
		ExportTable table = exports.indicators(report, scope, scope == null ? organisations.all() : List.of(),
				reports.targets(user, organisation), locale);
		write(table, format, "indicators-" + period.getFrom() + "-" + period.getTo(), response);
	}

	@GetMapping("/participants.{format:csv|xlsx}")
	void participants(CurrentUser user, @PathVariable String format,
			@Valid @ModelAttribute("period") PeriodForm period, BindingResult result, HttpServletResponse response)
			throws IOException {
		validate(period, result);
		if (result.hasErrors()) {
			throw new NotFoundException();
		}
		ExportTable table = exports
			.participants(reports.participantRows(user, period.getFrom(), period.getTo(), period.organisationId()));
		write(table, format, "participants-" + period.getFrom() + "-" + period.getTo(), response);
	}

	@GetMapping("/targets")
	String targets(CurrentUser user, @ModelAttribute("targetsForm") TargetsForm form, Model model) {
		OrganisationId organisation = form.getOrganisation() == null ? null : OrganisationId.of(form.getOrganisation());
		if (!reports.mayActFor(user, organisation)) {
			throw new NotFoundException();
		}
		Map<Indicator, Integer> current = reports.targets(user, organisation);
		form.getValues().clear();
		current.forEach((indicator, target) -> form.getValues().put(indicator.name(), target.toString()));
		return showTargets(user, model);
	}

	@PostMapping("/targets")
	String saveTargets(CurrentUser user, @ModelAttribute("targetsForm") TargetsForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		OrganisationId organisation = form.getOrganisation() == null ? null : OrganisationId.of(form.getOrganisation());
		if (organisation != null && organisations.find(organisation).isEmpty()) {
			throw new NotFoundException();
		}
		Map<Indicator, Integer> values = new EnumMap<>(Indicator.class);
		for (Indicator indicator : ReportService.TARGETABLE) {
			String value = form.getValues().getOrDefault(indicator.name(), "").strip();
			if (value.isEmpty()) {
				continue;
			}
			try {
				int target = Integer.parseInt(value);
				if (target < 0 || target > 1_000_000) {
					throw new NumberFormatException();
				}
				values.put(indicator, target);
			}
			catch (NumberFormatException ex) {
				result.rejectValue("values[" + indicator.name() + "]", "target.invalid");
			}
		}
		if (result.hasErrors()) {
			return showTargets(user, model);
		}
		reports.saveTargets(user, organisation, values);
		redirect.addFlashAttribute("flashMessage", "target.saved");
		return "redirect:/reports" + (organisation == null ? "" : "?organisation=" + organisation.value());
	}

	private String showTargets(CurrentUser user, Model model) {
		model.addAttribute("targetable", ReportService.TARGETABLE);
		model.addAttribute("mayEditProject", reports.mayActFor(user, null));
		model.addAttribute("editableOrganisations",
				organisations.all().stream().filter(org -> reports.mayActFor(user, org.id())).toList());
		return VIEW_TARGETS;
	}

	/** Fills in the project period for missing dates and checks the rest. */
	private void validate(PeriodForm period, BindingResult result) {
		if (result.hasFieldErrors("from") || result.hasFieldErrors("to")) {
			return;
		}
		if (period.getFrom() == null) {
			period.setFrom(reports.properties().projectStart());
		}
		if (period.getTo() == null) {
			period.setTo(defaultEnd(LocalDate.now()));
		}
		if (period.getTo().isBefore(period.getFrom())) {
			result.rejectValue("to", "validation.dateOrder");
		}
		if (period.getFrom().getYear() < 2000 || period.getTo().getYear() > 2100) {
			result.rejectValue("from", "path.date.range");
		}
		if (period.organisationId() != null && organisations.find(period.organisationId()).isEmpty()) {
			result.rejectValue("organisation", "path.organisation.unknown");
		}
	}

	/** Reports run to today by default, but not past the end of the project. */
	private LocalDate defaultEnd(LocalDate today) {
		LocalDate end = reports.properties().projectEnd();
		return today.isAfter(end) ? end : today;
	}

	private static void write(ExportTable table, String format, String name, HttpServletResponse response)
			throws IOException {
		boolean csv = "csv".equals(format);
		response.setContentType(csv ? "text/csv; charset=UTF-8"
				: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name + "." + format).build().toString());
		if (csv) {
			table.writeCsv(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		}
		else {
			table.writeXlsx(response.getOutputStream());
		}
	}

}
