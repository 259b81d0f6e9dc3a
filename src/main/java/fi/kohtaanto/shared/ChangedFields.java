package fi.kohtaanto.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Names the components in which two values of the same record type differ: what an audit entry of a change lists
 * (field names, never the values).
 */
public final class ChangedFields {

	private ChangedFields() {
	}

	/** The names of the components whose values are not equal, in declaration order. */
	public static <R extends Record> List<String> between(R before, R after) {
		if (!before.getClass().equals(after.getClass())) {
			throw new IllegalArgumentException("Different record types");
		}
		List<String> changed = new ArrayList<>();
		for (RecordComponent component : before.getClass().getRecordComponents()) {
			try {
				if (!Objects.equals(component.getAccessor().invoke(before), component.getAccessor().invoke(after))) {
					changed.add(component.getName());
				}
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("Cannot read " + component.getName(), ex);
			}
		}
		return changed;
	}

}
