package fi.kohtaanto.reporting.internal;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The targets of the project or of an organisation; an empty value removes the target.
 */
public class TargetsForm {

	private @Nullable Long organisation;

	private Map<String, String> values = new HashMap<>();

	public @Nullable Long getOrganisation() {
		return organisation;
	}

	public void setOrganisation(@Nullable Long organisation) {
		this.organisation = organisation;
	}

	public Map<String, String> getValues() {
		return values;
	}

	public void setValues(Map<String, String> values) {
		this.values = values == null ? new HashMap<>() : values;
	}

}
