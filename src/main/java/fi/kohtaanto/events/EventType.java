package fi.kohtaanto.events;

/**
 * The kinds of event the network organises.
 */
public enum EventType {

	LANGUAGE_CAFE, WORKSHOP, INFO_SESSION, MEET_AND_MATCH

}
