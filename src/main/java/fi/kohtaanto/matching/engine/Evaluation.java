package fi.kohtaanto.matching.engine;

/**
 * The outcome of scoring one candidate against one vacancy: a {@link Match} or the {@link Rejection} of a named
 * policy.
 */
public sealed interface Evaluation permits Match, Rejection {

}
