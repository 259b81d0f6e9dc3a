/**
 * Staff accounts, roles, login and the current user.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "organisations" })
package fi.kohtaanto.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
