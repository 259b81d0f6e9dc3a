/**
 * Matching of clients and vacancies (the headhunter): ranked suggestions in both directions, each explained, only
 * over clients whose consent allows it, anonymised candidate cards for employers, and scores for Meet&Match events.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "accounts", "audit", "catalogue", "clients", "consent",
		"employers", "organisations", "vacancies" })
package fi.kohtaanto.matching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
