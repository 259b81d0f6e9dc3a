/**
 * Employers the network works with: the registry with business IDs, contact persons, the history of contacts and
 * visits of each organisation, needs surveys and collaboration agreements.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "accounts", "audit", "catalogue", "organisations" })
package fi.kohtaanto.employers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
