package fi.kohtaanto.vacancies;

import fi.kohtaanto.shared.VacancyId;

/**
 * Published in the transaction that ends a vacancy: its status became filled or closed.
 */
public record VacancyClosed(VacancyId vacancy) {
}
