package fi.kohtaanto.feedback.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.kohtaanto.accounts.CurrentUser;
import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.audit.AuditLog;
import fi.kohtaanto.audit.AuditSubject;
import fi.kohtaanto.feedback.Feedback;
import fi.kohtaanto.feedback.FeedbackLink;
import fi.kohtaanto.feedback.FeedbackRequest;
import fi.kohtaanto.feedback.FeedbackResponse;
import fi.kohtaanto.feedback.FeedbackSubmitted;
import fi.kohtaanto.feedback.RespondentType;
import fi.kohtaanto.feedback.SatisfactionFigure;
import fi.kohtaanto.feedback.ServiceKind;
import fi.kohtaanto.organisations.OrganisationView;
import fi.kohtaanto.organisations.Organisations;
import fi.kohtaanto.shared.NotFoundException;
import fi.kohtaanto.shared.OrganisationId;
import fi.kohtaanto.shared.SecretTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback links, answers and aggregates.
 *
 * <p>Who sees what: advisors and coordinators create links for their own organisation. Coordinators see the
 * aggregates of every organisation of the network (the ESF+ project reports on the whole network, and comparing
 * services is their job); advisors see their own organisation's, to develop their own work; admins see none.
 * Free-text answers, which may hold whatever a respondent typed, are shown only to the coordinators of the
 * organisation that gave the service, only for a group that is shown, and reading them is audited.
 */
@Service
@Transactional
class FeedbackService implements Feedback {

	static final String LINK_SUBJECT = "feedback_link";

	/** Feedback links carry 192 random bits (32 URL-safe characters). */
	static final int TOKEN_BYTES = 24;

	static final String FEEDBACK_SUBJECT = "feedback";

	private static final int BATCHES_SHOWN = 50;

	private final FeedbackLinks links;

	private final FeedbackAnswers answers;

	private final AuditLog audit;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	FeedbackService(FeedbackLinks links, FeedbackAnswers answers, AuditLog audit, Organisations organisations,
			ApplicationEventPublisher events) {
		this.links = links;
		this.answers = answers;
		this.audit = audit;
		this.organisations = organisations;
		this.events = events;
	}

	@Override
	public List<FeedbackLink> createLinks(CurrentUser user, FeedbackRequest request, int count) {
		if (!user.worksWithClients()) {
			throw new AccessDeniedException("Only advisors and coordinators create feedback links");
		}
		LocalDate today = LocalDate.now();
		LocalDate expiresOn = request.expiresOn() == null ? today.plusDays(FeedbackRequest.DEFAULT_DAYS)
				: request.expiresOn();
		List<String> problems = LinkRules.problems(request, count, today);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Feedback links break rules: " + problems);
		}
		FeedbackRequest stored = new FeedbackRequest(request.respondent(), request.kind(),
				LinkRules.normaliseLabel(request.label()), request.language(), expiresOn);
		long batch = links.insertBatch(user.organisation(), stored, expiresOn, count, user.id());
		List<FeedbackLink> created = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String token = SecretTokens.next(TOKEN_BYTES);
			links.insertLink(SecretTokens.hash(token), batch);
			created.add(new FeedbackLink(token, FeedbackLink.PATH_PREFIX + token, request.respondent(),
					request.kind(), request.language(), expiresOn));
		}
		audit.record(user, AuditAction.CREATE, new AuditSubject(LINK_SUBJECT, batch, user.organisation()),
				count + " links, " + request.respondent() + " " + request.kind() + ", expire " + expiresOn);
		return created;
	}

	/** The latest batches of links of the user's organisation. */
	@Transactional(readOnly = true)
	List<LinkBatch> batches(CurrentUser user) {
		return links.batchesOf(user.organisation(), BATCHES_SHOWN);
	}

	/** What a token opens: an open link, or empty for an unknown or used one (an expired one is still found). */
	@Transactional(readOnly = true)
	Optional<OpenLink> open(String token) {
		if (!SecretTokens.wellFormed(token, TOKEN_BYTES)) {
			return Optional.empty();
		}
		return links.find(SecretTokens.hash(token));
	}

	@Override
	public boolean respond(String token, FeedbackResponse response) {
		LocalDate today = LocalDate.now();
		Optional<OpenLink> found = open(token);
		if (found.isEmpty() || found.get().expired(today)) {
			return false;
		}
		OpenLink link = found.get();
		List<String> problems = ResponseRules.problems(link.respondent(), response);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Answer breaks rules: " + problems);
		}
		if (!links.use(SecretTokens.hash(token), today)) {
			return false;
		}
		String improvement = response.improvement() == null || response.improvement().isBlank() ? null
				: response.improvement().strip();
		answers.insert(link, today, response.scores(), response.wouldRecommend(), improvement);
		events.publishEvent(new FeedbackSubmitted(link.kind(), link.respondent(), link.organisation()));
		return true;
	}

	/** The table of a respondent type and period, the same for every reader; what each may see is in the views. */
	@Transactional(readOnly = true)
	FeedbackTable table(CurrentUser reader, RespondentType respondent, Period period) {
		requireReader(reader);
		List<OrganisationView> all = organisations.all();
		List<ServiceKind> kinds = ServiceKind.forRespondent(respondent);
		Map<OrganisationId, Integer> rows = new HashMap<>();
		for (int r = 0; r < all.size(); r++) {
			rows.put(all.get(r).id(), r);
		}
		Map<ServiceKind, Integer> columns = new EnumMap<>(ServiceKind.class);
		for (int c = 0; c < kinds.size(); c++) {
			columns.put(kinds.get(c), c);
		}
		Tally[][] cells = new Tally[all.size()][kinds.size()];
		for (Tally[] row : cells) {
			for (int c = 0; c < row.length; c++) {
				row[c] = new Tally();
			}
		}
		for (FeedbackAnswers.CellCounts counts : answers.counts(respondent, period.firstDay(), period.lastDay())) {
			cells[rows.get(counts.organisation())][columns.get(counts.kind())].addAnswers(counts.answers(),
					counts.recommendAnswers(), counts.recommendYes());
		}
		for (FeedbackAnswers.ScoreCount score : answers.scores(respondent, period.firstDay(), period.lastDay())) {
			cells[rows.get(score.organisation())][columns.get(score.kind())].addScores(score.question(),
					score.score(), score.count());
		}
		return new FeedbackTable(respondent, period, all, kinds, cells);
	}

	/** The organisations whose rows the reader sees: all for a coordinator, their own for an advisor. */
	static List<OrganisationView> visibleRows(CurrentUser reader, FeedbackTable table) {
		if (reader.isCoordinator()) {
			return table.organisations();
		}
		if (reader.worksWithClients()) {
			return table.organisations()
				.stream()
				.filter(organisation -> organisation.id().equals(reader.organisation()))
				.toList();
		}
		return List.of();
	}

	/** Whether the reader sees the totals over all organisations. */
	static boolean seesNetworkTotals(CurrentUser reader) {
		return reader.isCoordinator();
	}

	/**
	 * One group with its free-text answers where the reader may read them, auditing that they were read.
	 * @throws NotFoundException if the reader may not see the group
	 */
	GroupDetails details(CurrentUser reader, RespondentType respondent, Period period,
			@Nullable OrganisationId organisation, @Nullable ServiceKind kind) {
		FeedbackTable table = table(reader, respondent, period);
		boolean visible = organisation == null ? seesNetworkTotals(reader)
				: visibleRows(reader, table).stream().anyMatch(view -> view.id().equals(organisation));
		if (!visible || (kind != null && !kind.servesRespondent(respondent))) {
			throw new NotFoundException();
		}
		Group group = table.group(organisation, kind);
		boolean readable = reader.isCoordinator() && reader.organisation().equals(organisation);
		List<String> improvements = List.of();
		if (readable && group.shown()) {
			improvements = answers.improvements(respondent, period.firstDay(), period.lastDay(), organisation, kind);
			if (!improvements.isEmpty()) {
				audit.record(reader, AuditAction.VIEW,
						new AuditSubject(FEEDBACK_SUBJECT, organisation.value(), organisation),
						"free-text answers: " + respondent + " " + (kind == null ? "all kinds" : kind) + ", "
								+ period + ", " + improvements.size() + " texts");
			}
		}
		return new GroupDetails(table, group, Surveys.questions(respondent), improvements, readable);
	}

	@Override
	@Transactional(readOnly = true)
	public List<SatisfactionFigure> satisfaction(CurrentUser reader, LocalDate from, LocalDate to) {
		if (!reader.worksWithClients()) {
			return List.of();
		}
		Period period = Period.covering(from, to);
		List<SatisfactionFigure> figures = new ArrayList<>();
		for (RespondentType respondent : RespondentType.values()) {
			FeedbackTable table = table(reader, respondent, period);
			List<OrganisationId> rows = new ArrayList<>();
			visibleRows(reader, table).forEach(organisation -> rows.add(organisation.id()));
			if (seesNetworkTotals(reader)) {
				rows.add(null);
			}
			for (OrganisationId organisation : rows) {
				List<ServiceKind> columns = new ArrayList<>(table.kinds());
				columns.add(null);
				for (ServiceKind kind : columns) {
					Group group = table.group(organisation, kind);
					figures.add(new SatisfactionFigure(organisation, respondent, kind, group.suppressed(),
							group.answers(), group.overall()));
				}
			}
		}
		return figures;
	}

	private static void requireReader(CurrentUser reader) {
		if (!reader.worksWithClients()) {
			throw new AccessDeniedException("Only advisors and coordinators read feedback");
		}
	}

}
