package fi.kohtaanto.clients;

/**
 * Gender as the client tells it; ESF+ reports women, men and non-binary persons.
 */
public enum Gender {

	WOMAN, MAN, NON_BINARY, NOT_TOLD

}
