package fi.kohtaanto.vacancies;

import fi.kohtaanto.shared.VacancyId;

/**
 * Published in the transaction that opens a vacancy: it was created open, or its status became open.
 */
public record VacancyPublished(VacancyId vacancy) {
}
