/**
 * The participant read model, the indicator query, targets, dashboard and exports.
 */
@NullMarked
package fi.kohtaanto.reporting.internal;

import org.jspecify.annotations.NullMarked;
