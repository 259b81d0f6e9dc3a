/**
 * Cross-cutting infrastructure: the embedded PostgreSQL default, web configuration, locale, layout and error pages.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "accounts", "organisations" })
package fi.kohtaanto.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
