/**
 * Storage, service and pages of events, the public registration pages, iCalendar and invitation texts.
 */
@NullMarked
package fi.kohtaanto.events.internal;

import org.jspecify.annotations.NullMarked;
