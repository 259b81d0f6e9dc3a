/**
 * The audit log page for coordinators and admins.
 */
@NullMarked
package fi.kohtaanto.audit.web;

import org.jspecify.annotations.NullMarked;
