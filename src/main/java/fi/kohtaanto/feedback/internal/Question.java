package fi.kohtaanto.feedback.internal;

/**
 * A 1–5 question of a survey. The key is stored with each score; its words, which may depend on the kind of
 * service, are {@code q.<respondent>.<key>[.<kind>]} in the survey texts.
 */
record Question(String key, Scale scale) {
}
