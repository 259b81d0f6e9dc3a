package fi.kohtaanto.reporting.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import fi.kohtaanto.clients.Gender;
import fi.kohtaanto.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * The indicator counts of one period: for every indicator, per organisation and in total, per gender and for all
 * genders. A missing combination counts zero.
 */
final class IndicatorReport {

	/** A cell's row and column; {@literal null} stands for "all". */
	record Key(@Nullable OrganisationId organisation, @Nullable Gender gender) {
	}

	private final LocalDate from;

	private final LocalDate to;

	private final Map<Key, long[]> counts;

	IndicatorReport(LocalDate from, LocalDate to, Map<Key, long[]> counts) {
		this.from = from;
		this.to = to;
		this.counts = Map.copyOf(counts);
	}

	static IndicatorReport empty(LocalDate from, LocalDate to) {
		return new IndicatorReport(from, to, new HashMap<>());
	}

	/**
	 * This report with counts of indicators that are not of participants, such as supported employers, per
	 * organisation and ({@literal null} key) in total; they have no breakdown by gender.
	 */
	IndicatorReport with(Indicator indicator, Map<OrganisationId, Long> perOrganisation, long total) {
		Map<Key, long[]> copy = new HashMap<>();
		counts.forEach((key, row) -> copy.put(key, row.clone()));
		perOrganisation.forEach((organisation, count) -> copy
			.computeIfAbsent(new Key(organisation, null), key -> new long[Indicator.values().length])[indicator
				.ordinal()] = count);
		copy.computeIfAbsent(new Key(null, null), key -> new long[Indicator.values().length])[indicator.ordinal()] = total;
		return new IndicatorReport(from, to, copy);
	}

	public LocalDate from() {
		return from;
	}

	public LocalDate to() {
		return to;
	}

	public long count(Indicator indicator, @Nullable OrganisationId organisation, @Nullable Gender gender) {
		long[] row = counts.get(new Key(organisation, gender));
		return row == null ? 0 : row[indicator.ordinal()];
	}

	/** In total, for all genders. */
	public long total(Indicator indicator) {
		return count(indicator, null, null);
	}

	/** The organisations that have participants in the report. */
	public Set<OrganisationId> organisations() {
		Set<OrganisationId> organisations = new TreeSet<>(java.util.Comparator.comparingLong(OrganisationId::value));
		counts.keySet().stream().map(Key::organisation).filter(Objects::nonNull).forEach(organisations::add);
		return Collections.unmodifiableSet(organisations);
	}

}
