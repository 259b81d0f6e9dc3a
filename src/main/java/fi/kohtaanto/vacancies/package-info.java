/**
 * Vacancies of employers (jobs, work-trial places, wage-subsidy places, apprenticeships; openly advertised or
 * hidden), their bilingual job ads built from a phrase bank, the employers' self-service links, and the public job
 * list.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "accounts", "audit", "catalogue", "employers", "organisations" })
package fi.kohtaanto.vacancies;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
