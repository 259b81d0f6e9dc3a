/**
 * The in-memory, explainable candidate–vacancy matching engine over ESCO: plain Java on dense int ids, no Spring,
 * no database; the matching service loads it and applies consent through the {@code allowed} filter.
 */
@NullMarked
package fi.kohtaanto.matching.engine;

import org.jspecify.annotations.NullMarked;
