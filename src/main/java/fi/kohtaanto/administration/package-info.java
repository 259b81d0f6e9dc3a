/**
 * Administration of staff accounts: who may sign in, in which organisation and with which role. Changes are audited.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "accounts", "audit", "organisations" })
package fi.kohtaanto.administration;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
