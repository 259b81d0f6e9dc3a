package fi.kohtaanto.feedback.internal;

import java.util.List;

/**
 * A group with what its page shows besides the figures.
 *
 * @param improvements the free-text answers, only for a coordinator of the group's organisation and only when the
 * group is shown; otherwise empty
 * @param improvementsReadable whether the reader may read the group's free-text answers at all
 */
record GroupDetails(FeedbackTable table, Group group, List<Question> questions, List<String> improvements,
		boolean improvementsReadable) {
}
