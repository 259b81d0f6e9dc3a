package fi.kohtaanto.audit.web;

import java.util.function.Function;
import java.util.stream.Collectors;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.audit.AuditEntry;
import fi.kohtaanto.audit.AuditLog;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.organisations.Organisations;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The audit log: who viewed or changed which record and when. {@code /audit} is for coordinators (their own
 * organisation's records and users) and admins (everything); the log itself decides what each reader sees.
 */
@Controller
class AuditController {

	static final String VIEW_LOG = "audit/log";

	static final String VIEW_RESULTS = "audit/log :: results";

	static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	private final Organisations organisations;

	AuditController(AuditLog audit, Organisations organisations) {
		this.audit = audit;
		this.organisations = organisations;
	}

	@GetMapping("/audit")
	String log(CurrentUser user, @Valid @ModelAttribute("filter") AuditFilter filter, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		if (filter.getFrom() != null && filter.getTo() != null && filter.getTo().isBefore(filter.getFrom())) {
			result.rejectValue("to", "validation.dateOrder");
		}
		Page<AuditEntry> entries = result.hasErrors() ? Page.empty()
				: audit.search(user, filter.toQuery(), PageRequest.of(filter.getPage(), PAGE_SIZE));
		model.addAttribute("entries", entries);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("subjectTypes", audit.subjectTypes());
		model.addAttribute("organisationsById", organisations.all()
			.stream()
			.collect(Collectors.toMap(OrganisationView::id, Function.identity())));
		return htmx != null && !result.hasErrors() ? VIEW_RESULTS : VIEW_LOG;
	}

}
