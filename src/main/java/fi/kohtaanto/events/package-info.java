/**
 * Events of the network: language cafés by level, workshops, info sessions and Meet&Match recruitment events, with
 * capacity, registration by an advisor or through a public page, a waiting list that moves up by itself,
 * attendance, iCalendar and invitation texts in several languages.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "accounts", "audit", "clients", "employers", "matching",
		"organisations" })
package fi.kohtaanto.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
