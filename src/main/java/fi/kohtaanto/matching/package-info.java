/**
 * Matching of clients and vacancies (the headhunter): suggestions in both directions with an explanation each.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared" })
package fi.kohtaanto.matching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
