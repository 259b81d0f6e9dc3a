package fi.kohtaanto.catalogue;

/**
 * A search hit: the concept and the label (preferred or alternative, Finnish or English) that matched the text.
 */
public record ConceptMatch(Concept concept, String matchedLabel) {
}
