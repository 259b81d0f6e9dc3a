/**
 * Feedback from clients and employers: short multilingual surveys answered through self-service links without
 * signing in, and anonymised aggregates of the answers.
 *
 * <p><b>Anonymity by design.</b> A link is made for a service context (respondent type, service kind, organisation,
 * an optional neutral label), never for a person, so no client id exists to store. The database keeps only a hash of
 * each link's token; answering deletes the link's row in the transaction that stores the answer, and the answer row
 * holds no token, link, batch, client or user, and its date without the time of day. Its id is random, so not even
 * the order of answers is kept. Nothing about a respondent is logged.
 *
 * <p><b>Small groups.</b> Aggregates hide every group with fewer than five answers, and hide further groups where a
 * hidden one could be computed from the totals shown (see {@code internal.Suppression}). Free-text answers are shown only to the
 * coordinators of the organisation the feedback was given to, only for groups that are shown, and reading them is
 * audited.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "accounts", "audit", "organisations" })
package fi.kohtaanto.feedback;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
