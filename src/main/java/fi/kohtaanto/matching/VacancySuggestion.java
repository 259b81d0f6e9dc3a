package fi.kohtaanto.matching;

import fi.kohtaanto.vacancies.VacancyView;

/**
 * A vacancy suggested for a client.
 *
 * @param score 0 to 100
 */
public record VacancySuggestion(VacancyView vacancy, String employerName, int score, MatchExplanation explanation) {
}
