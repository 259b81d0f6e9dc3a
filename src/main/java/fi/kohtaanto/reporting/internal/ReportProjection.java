package fi.kohtaanto.reporting.internal;

import fi.kohtaanto.clients.ClientRegistered;
import fi.kohtaanto.clients.ClientUpdated;
import fi.kohtaanto.clients.Clients;
import fi.kohtaanto.clients.ParticipantFacts;
import fi.kohtaanto.participation.Participation;
import fi.kohtaanto.participation.ParticipationChanged;
import fi.kohtaanto.paths.PathChanged;
import fi.kohtaanto.paths.Paths;
import fi.kohtaanto.shared.ClientId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps report_participant in step with the clients, their path plans and their participation. The listeners run
 * in the transaction that made the change, so the report and the records never disagree; at start-up the table is
 * rebuilt if its row count differs from the number of clients (a new installation, or data loaded by other means).
 */
@Component
class ReportProjection {

	private static final Logger log = LoggerFactory.getLogger(ReportProjection.class);

	private final Clients clients;

	private final Participation participation;

	private final Paths paths;

	private final ParticipantRows rows;

	ReportProjection(Clients clients, Participation participation, Paths paths, ParticipantRows rows) {
		this.clients = clients;
		this.participation = participation;
		this.paths = paths;
		this.rows = rows;
	}

	@EventListener
	void on(ClientRegistered event) {
		refresh(event.client());
	}

	@EventListener
	void on(ClientUpdated event) {
		refresh(event.client());
	}

	@EventListener
	void on(PathChanged event) {
		refresh(event.client());
	}

	@EventListener
	void on(ParticipationChanged event) {
		refresh(event.client());
	}

	void refresh(ClientId client) {
		clients.participantFacts(client).ifPresentOrElse(this::save, () -> rows.delete(client));
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void rebuildIfOutOfStep() {
		long participants = clients.count();
		if (rows.count() != participants) {
			rebuild();
			log.info("Report data rebuilt for {} participants", participants);
		}
	}

	@Transactional
	public void rebuild() {
		rows.deleteAll();
		clients.forEachParticipant(this::save);
	}

	private void save(ParticipantFacts facts) {
		rows.save(facts, participation.of(facts.id()).orElse(null), paths.completedStepTypes(facts.id()));
	}

}
