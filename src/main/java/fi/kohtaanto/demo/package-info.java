/**
 * Demo data for trying Kohtaanto out: the four organisations of International Work Mikkeli, their staff, about
 * thirty fictional clients with path plans, a dozen fictional employers of the region with vacancies and job ads,
 * events, and anonymous feedback on the services. Loaded once into an empty database when
 * {@code kohtaanto.demo.enabled} is true.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "organisations", "accounts", "clients", "consent", "catalogue",
		"employers", "vacancies", "paths", "participation", "events", "feedback" })
package fi.kohtaanto.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
