package fi.kohtaanto.catalogue.importer;

import java.util.List;

/**
 * An import that could not be done, with a message key of the {@code catalogue} bundle and its arguments, so that the
 * admin page can say what went wrong in the reader's language.
 */
final class ImportFailure extends RuntimeException {

	private final String messageKey;

	private final List<String> arguments;

	ImportFailure(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	ImportFailure(Throwable cause, String messageKey, Object... arguments) {
		super(messageKey + " " + List.of(arguments), cause);
		this.messageKey = messageKey;
		this.arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
	}

	String messageKey() {
		return messageKey;
	}

	List<String> arguments() {
		return arguments;
	}

}
