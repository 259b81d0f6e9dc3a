/**
 * Surveys, links, answers, aggregates and the pages of feedback.
 */
@NullMarked
package fi.kohtaanto.feedback.internal;

import org.jspecify.annotations.NullMarked;
