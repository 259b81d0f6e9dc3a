/**
 * Meet&Match schedule optimiser: plain Java, no Spring and no database; the module's service layer feeds it.
 */
@NullMarked
package fi.kohtaanto.events.meetmatch;

import org.jspecify.annotations.NullMarked;
