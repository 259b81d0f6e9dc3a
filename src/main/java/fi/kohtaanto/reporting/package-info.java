/**
 * ESF+ reporting: the common indicators of Regulation (EU) 2021/1057 Annex I at entry and exit, per organisation
 * and in total for any period, targets against actuals, the coordinator's dashboard and exports for the funder.
 * It listens and reads only; no module depends on it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "accounts", "audit", "catalogue", "clients", "employers",
		"feedback", "organisations", "participation", "paths" })
package fi.kohtaanto.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
