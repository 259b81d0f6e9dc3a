package fi.kohtaanto.reporting.internal;

import java.util.EnumMap;
import java.util.Map;

import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report_target table: targets of the project ({@literal null} organisation) and of each organisation.
 */
@Repository
class Targets {

	private final JdbcClient jdbc;

	Targets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<Indicator, Integer> of(@Nullable OrganisationId organisation) {
		Map<Indicator, Integer> targets = new EnumMap<>(Indicator.class);
		jdbc.sql("""
				select indicator, target from report_target
				where coalesce(organisation_id, 0) = coalesce(cast(:organisation as bigint), 0)
				""")
			.param("organisation", organisation == null ? null : organisation.value())
			.query(rs -> {
				try {
					targets.put(Indicator.valueOf(rs.getString("indicator")), rs.getInt("target"));
				}
				catch (IllegalArgumentException ex) {
					// A target of an indicator this version no longer has; it stays in the table, unused.
				}
			});
		return targets;
	}

	/** Sets the target, or removes it with {@literal null}. */
	void set(@Nullable OrganisationId organisation, Indicator indicator, @Nullable Integer target, String username) {
		Long org = organisation == null ? null : organisation.value();
		jdbc.sql("""
				delete from report_target
				where coalesce(organisation_id, 0) = coalesce(cast(:organisation as bigint), 0) and indicator = :indicator
				""").param("organisation", org).param("indicator", indicator.name()).update();
		if (target != null) {
			jdbc.sql("""
					insert into report_target (organisation_id, indicator, target, updated_by_username)
					values (:organisation, :indicator, :target, :username)
					""")
				.param("organisation", org)
				.param("indicator", indicator.name())
				.param("target", target)
				.param("username", username)
				.update();
		}
	}

	boolean projectHasTargets() {
		return jdbc.sql("select exists (select 1 from report_target where organisation_id is null)")
			.query(Boolean.class)
			.single();
	}

}
