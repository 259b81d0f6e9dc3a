/**
 * Demo data for trying Kohtaanto out: the four organisations of International Work Mikkeli, their staff and about
 * thirty fictional clients, and anonymous feedback on their services. Loaded once into an empty database when
 * {@code kohtaanto.demo.enabled} is true.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "organisations", "accounts", "clients", "consent", "catalogue",
		"paths", "participation", "events", "feedback" })
package fi.kohtaanto.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
