package fi.kohtaanto.events.internal;

import java.util.List;

import fi.kohtaanto.events.EventData;

/**
 * The event data breaks rules of {@link EventData#problems()}, or registration is not possible; a problem without a
 * field concerns the whole form.
 */
class EventRulesBrokenException extends IllegalArgumentException {

	private final transient List<EventData.Problem> problems;

	EventRulesBrokenException(List<EventData.Problem> problems) {
		super("Rules broken: " + problems);
		this.problems = List.copyOf(problems);
	}

	static EventRulesBrokenException of(String code) {
		return new EventRulesBrokenException(List.of(new EventData.Problem("", code)));
	}

	List<EventData.Problem> problems() {
		return problems;
	}

}
