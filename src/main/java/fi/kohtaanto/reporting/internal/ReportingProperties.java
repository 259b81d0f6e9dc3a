package fi.kohtaanto.reporting.internal;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The project being reported: its name and period, the lead organisation (whose coordinators report for the whole
 * project), and the project's targets, which seed the target table when it has none.
 *
 * @param leadOrganisation short name of the lead organisation
 * @param targets target per indicator key, e.g. {@code PARTICIPANTS=343}
 */
@ConfigurationProperties("kohtaanto.reporting")
record ReportingProperties(String projectName, LocalDate projectStart, LocalDate projectEnd, String leadOrganisation,
		Map<String, Integer> targets) {

	ReportingProperties {
		targets = targets == null ? Map.of() : Map.copyOf(targets);
	}

}
