package fi.kohtaanto.employers.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fi.kohtaanto.catalogue.Concept;
import fi.kohtaanto.employers.AgreementData;
import fi.kohtaanto.employers.ContactKind;
import fi.kohtaanto.employers.ContactPersonData;
import fi.kohtaanto.employers.EmployerView;
import fi.kohtaanto.employers.NeedsSurveyData;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * What the employer pages show, as read from the database.
 */
final class EmployerRecords {

	private EmployerRecords() {
	}

	/** An employer with the version its edit form must send back. */
	record Details(EmployerView view, int version, Instant updatedAt) {
	}

	record ContactPerson(long id, ContactPersonData data) {
	}

	/** One line of the contact history. */
	record ContactEntry(long id, LocalDate date, ContactKind kind, OrganisationId organisation, String username,
			String topic, @Nullable String notes) {
	}

	/**
	 * A needs survey with the concepts it names (a concept is missing if the catalogue no longer knows its URI).
	 */
	record Survey(long id, NeedsSurveyData data, OrganisationId organisation, String username, Instant createdAt,
			List<NeedItem> needs) {
	}

	record NeedItem(NeedsSurveyData.Need need, @Nullable Concept concept, boolean occupation) {
	}

	/** A line of the survey list: no concepts, only how many there are. */
	record SurveyRow(long id, LocalDate date, OrganisationId organisation, String username, int needs,
			fi.kohtaanto.employers.HiringReadiness readiness) {
	}

	record Agreement(long id, AgreementData data, String createdBy, Instant createdAt) {

		boolean signed() {
			return data.signedOn() != null;
		}

	}

}
