/**
 * ESF+ participation of a client: the exit with the situation upon leaving, and the follow-up six months later,
 * with reminders when follow-ups fall due.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "accounts", "audit", "clients", "organisations" })
package fi.kohtaanto.participation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
