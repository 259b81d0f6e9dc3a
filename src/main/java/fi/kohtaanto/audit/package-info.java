/**
 * Audit log of every view and change of personal data: who, when, what. Details never hold the data itself.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "accounts", "organisations" })
package fi.kohtaanto.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
