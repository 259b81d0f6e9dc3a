/**
 * Implementation of vacancies and job ads: the services behind {@link fi.kohtaanto.vacancies.Vacancies}, the phrase
 * bank, the self-service links, and the staff and public pages.
 */
@NullMarked
package fi.kohtaanto.vacancies.internal;

import org.jspecify.annotations.NullMarked;
