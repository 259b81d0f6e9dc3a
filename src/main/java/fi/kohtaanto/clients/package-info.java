/**
 * Clients of the network: intake, ESF+ entry data, languages, skills profile on ESCO, and who may see them.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "accounts", "audit", "catalogue", "consent", "organisations" })
package fi.kohtaanto.clients;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
