package fi.kohtaanto.participation;

import java.util.List;

/**
 * The entered data breaks rules of {@link ExitData#problems} or {@link FollowUpData#problems}; a problem with an
 * empty field concerns the whole form.
 */
public class RulesBrokenException extends IllegalArgumentException {

	private final transient List<Problem> problems;

	public RulesBrokenException(List<Problem> problems) {
		super("Rules broken: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

}
