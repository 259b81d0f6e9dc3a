package fi.kohtaanto.participation;

/**
 * A rule the entered data breaks: the field it concerns and the message key.
 */
public record Problem(String field, String code) {
}
