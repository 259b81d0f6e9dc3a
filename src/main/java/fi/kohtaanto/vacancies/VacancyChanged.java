package fi.kohtaanto.vacancies;

import fi.kohtaanto.shared.VacancyId;

/**
 * Published in the transaction that changes a vacancy's data (anything but its status).
 */
public record VacancyChanged(VacancyId vacancy) {
}
