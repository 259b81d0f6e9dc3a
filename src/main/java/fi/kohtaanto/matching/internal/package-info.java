/**
 * The index kept in step with clients, consents, vacancies and the catalogue; the service, pages and candidate cards.
 */
@NullMarked
package fi.kohtaanto.matching.internal;

import org.jspecify.annotations.NullMarked;
