package fi.kohtaanto.paths;

/**
 * How a guidance session was held.
 */
public enum GuidanceMode {

	IN_PERSON, PHONE, VIDEO, CHAT, GROUP

}
