package fi.kohtaanto.feedback.internal;

import java.time.LocalDate;
import java.time.YearMonth;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.feedback.RespondentType;
import fi.kohtaanto.feedback.ServiceKind;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The aggregates of feedback: a table by organisation and kind of service with totals, and a page per group with
 * the answers by question and, for its coordinators, the free-text answers.
 */
@Controller
@RequestMapping("/feedback")
class ResultsController {

	static final String VIEW_RESULTS = "feedback/results";

	static final String VIEW_GROUP = "feedback/group";

	private final FeedbackService feedback;

	ResultsController(FeedbackService feedback) {
		this.feedback = feedback;
	}

	@GetMapping
	String results(CurrentUser user, @RequestParam(defaultValue = "CLIENT") RespondentType respondent,
			@RequestParam(required = false) @Nullable YearMonth from,
			@RequestParam(required = false) @Nullable YearMonth to, Model model) {
		Period period = period(from, to);
		FeedbackTable table = feedback.table(user, respondent, period);
		model.addAttribute("table", table);
		model.addAttribute("rows", FeedbackService.visibleRows(user, table));
		model.addAttribute("networkTotals", FeedbackService.seesNetworkTotals(user));
		model.addAttribute("respondents", RespondentType.values());
		return VIEW_RESULTS;
	}

	@GetMapping("/group")
	String group(CurrentUser user, @RequestParam RespondentType respondent, @RequestParam YearMonth from,
			@RequestParam YearMonth to, @RequestParam(required = false) @Nullable Long organisation,
			@RequestParam(required = false) @Nullable ServiceKind kind, Model model) {
		GroupDetails details = feedback.details(user, respondent, new Period(from, to),
				organisation == null ? null : OrganisationId.of(organisation), kind);
		model.addAttribute("details", details);
		model.addAttribute("table", details.table());
		model.addAttribute("group", details.group());
		return VIEW_GROUP;
	}

	private static Period period(@Nullable YearMonth from, @Nullable YearMonth to) {
		Period lastYear = Period.lastYear(LocalDate.now());
		return new Period(from == null ? lastYear.from() : from, to == null ? lastYear.to() : to);
	}

}
