package fi.kohtaanto.catalogue;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the catalogue holds now.
 *
 * @param source {@code demo} for the built-in taxonomy, otherwise the ESCO version imported, such as {@code ESCO v1.1.1}
 */
public record CatalogueStatus(String source, long occupations, long skills, long labels, long relations,
		long municipalities, @Nullable Instant importedAt) {

	public boolean demo() {
		return "demo".equals(source);
	}

}
