/**
 * Consents of clients, per purpose and, for sharing, per organisation; giving and withdrawing are both recorded and
 * take effect at once.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "accounts", "audit" })
package fi.kohtaanto.consent;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
