/**
 * Storage, service and pages of path plans and guidance sessions.
 */
@NullMarked
package fi.kohtaanto.paths.internal;

import org.jspecify.annotations.NullMarked;
