package fi.kohtaanto.matching.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Small ints for the string codes of languages and places, so that comparing them is cheap. Not thread-safe by
 * itself: an index interns under its write lock and only looks up under its read lock.
 */
final class Codes {

	/** An empty code: unknown, matches nothing. */
	static final int NONE = -1;

	/** A code the index has never seen (at query time): matches nothing. */
	static final int UNSEEN = -2;

	private final Map<String, Integer> ids = new HashMap<>();

	private final List<String> names = new ArrayList<>();

	/**
	 * The code's number.
	 * @param intern add the code if new; otherwise an unseen code is {@link #UNSEEN}
	 */
	int code(String code, boolean intern) {
		if (code.isEmpty()) {
			return NONE;
		}
		Integer id = ids.get(code);
		if (id != null) {
			return id;
		}
		if (!intern) {
			return UNSEEN;
		}
		ids.put(code, names.size());
		names.add(code);
		return names.size() - 1;
	}

	/** True if both are the same known code. */
	static boolean same(int a, int b) {
		return a >= 0 && a == b;
	}

}
