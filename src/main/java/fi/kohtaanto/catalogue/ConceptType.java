package fi.kohtaanto.catalogue;

/**
 * The two ESCO pillars Kohtaanto uses.
 */
public enum ConceptType {

	OCCUPATION, SKILL

}
