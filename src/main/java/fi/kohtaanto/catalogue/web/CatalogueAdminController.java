package fi.kohtaanto.catalogue.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.stream.Collectors;

import fi.kohtaanto.catalogue.Catalogue;
import fi.kohtaanto.catalogue.CatalogueStatus;
import fi.kohtaanto.catalogue.importer.CatalogueImports;
import fi.kohtaanto.catalogue.importer.ImportProgress;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reference data admin page: what the catalogue holds, where the files are read from, and "Import now".
 * {@code /admin/**} is for admins only (see the security configuration).
 */
@Controller
class CatalogueAdminController {

	static final String VIEW_ADMIN = "catalogue/admin";

	static final String VIEW_PROGRESS = "catalogue/admin :: progress";

	private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	private final Catalogue catalogue;

	private final CatalogueImports imports;

	private final MessageSource messages;

	CatalogueAdminController(Catalogue catalogue, CatalogueImports imports, MessageSource messages) {
		this.catalogue = catalogue;
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/admin/catalogue")
	String page(Locale locale, Model model) {
		model.addAttribute("directory", imports.directory());
		model.addAttribute("directoryExists", imports.directoryExists());
		model.addAttribute("files", imports.files());
		addStatus(locale, model);
		return VIEW_ADMIN;
	}

	/** The progress line, polled by htmx while an import runs; it also refreshes the counts and the button. */
	@GetMapping("/admin/catalogue/progress")
	String progress(@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Locale locale,
			Model model) {
		if (htmx == null) {
			return "redirect:/admin/catalogue";
		}
		addStatus(locale, model);
		model.addAttribute("oob", true);
		return VIEW_PROGRESS;
	}

	@PostMapping("/admin/catalogue/import")
	String startImport(RedirectAttributes redirect) {
		boolean started = imports.start();
		redirect.addFlashAttribute("flashMessage",
				started ? "catalogue.import.started" : "catalogue.import.alreadyRunning");
		return "redirect:/admin/catalogue";
	}

	private void addStatus(Locale locale, Model model) {
		CatalogueStatus status = catalogue.status();
		ImportProgress progress = imports.progress();
		model.addAttribute("datasets", progress.datasets()
			.stream()
			.map(dataset -> messages.getMessage(dataset.messageKey(), null, locale))
			.collect(Collectors.joining(", ")));
		model.addAttribute("error", progress.errorKey() == null ? ""
				: messages.getMessage(progress.errorKey(), progress.errorArguments().toArray(), locale));
		model.addAttribute("status", status);
		model.addAttribute("importedAt", at(status.importedAt()));
		model.addAttribute("municipalitiesSource", imports.municipalitiesSource());
		model.addAttribute("progress", progress);
		model.addAttribute("seconds", progress.duration() == null ? 0 : progress.duration().toMillis() / 1000.0);
		model.addAttribute("finishedAt", at(progress.finishedAt()));
	}

	private static @Nullable ZonedDateTime at(java.time.@Nullable Instant instant) {
		return instant == null ? null : instant.atZone(HELSINKI);
	}

}
