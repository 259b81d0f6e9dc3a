package fi.kohtaanto.events;

/**
 * The Finnish level a language café is for, as CEFR bands.
 */
public enum LanguageLevel {

	A1_A2, B1_B2, C1_C2, ALL

}
