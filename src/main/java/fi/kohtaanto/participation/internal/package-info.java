/**
 * Storage, service and pages of exits and follow-ups.
 */
@NullMarked
package fi.kohtaanto.participation.internal;

import org.jspecify.annotations.NullMarked;
