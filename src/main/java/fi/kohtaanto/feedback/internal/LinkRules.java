package fi.kohtaanto.feedback.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fi.kohtaanto.feedback.FeedbackRequest;
import fi.kohtaanto.shared.NoMarkupValidator;
import org.jspecify.annotations.Nullable;

/**
 * The rules a request for links must keep, shared by the form and the service: the field each rule concerns and
 * its message key.
 */
final class LinkRules {

	record Problem(String field, String code) {
	}

	private LinkRules() {
	}

	static List<String> problems(FeedbackRequest request, int count, LocalDate today) {
		return check(request, count, today).stream().map(Problem::code).toList();
	}

	static List<Problem> check(FeedbackRequest request, int count, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (!request.kind().servesRespondent(request.respondent())) {
			problems.add(new Problem("kind", "feedback.link.noSurvey"));
		}
		if (!request.respondent().languages().contains(request.language())) {
			problems.add(new Problem("language", "feedback.link.languageNotOffered"));
		}
		String label = normaliseLabel(request.label());
		if (label != null && (label.length() > FeedbackRequest.MAX_LABEL || !NoMarkupValidator.isPlain(label))) {
			problems.add(new Problem("label", "feedback.link.labelRule"));
		}
		if (count < 1 || count > FeedbackRequest.MAX_LINKS) {
			problems.add(new Problem("count", "feedback.link.countRule"));
		}
		LocalDate expiresOn = request.expiresOn();
		if (expiresOn != null
				&& (!expiresOn.isAfter(today) || expiresOn.isAfter(today.plusDays(FeedbackRequest.MAX_DAYS)))) {
			problems.add(new Problem("expiresOn", "feedback.link.expiryRule"));
		}
		return problems;
	}

	static @Nullable String normaliseLabel(@Nullable String label) {
		return label == null || label.isBlank() ? null : label.strip();
	}

}
