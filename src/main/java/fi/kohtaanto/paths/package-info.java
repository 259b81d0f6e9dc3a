/**
 * Path plans: each client's individual steps of guidance, training and work, shown as a timeline, and the log of
 * guidance sessions held with the client.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "accounts", "audit", "clients", "organisations" })
package fi.kohtaanto.paths;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
