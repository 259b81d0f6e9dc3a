package fi.kohtaanto.system;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that runs when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the cluster lives between runs; empty means a throw-away cluster in a temporary
 * directory that is shared by everything in this JVM (used by the tests)
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param database name of the application database inside the cluster
 */
@ConfigurationProperties("kohtaanto.embedded-database")
public record EmbeddedDatabaseProperties(@Nullable String dataDirectory, int port, String database) {

	public EmbeddedDatabaseProperties {
		if (database == null || database.isBlank()) {
			database = "kohtaanto";
		}
	}

	boolean temporary() {
		return dataDirectory == null || dataDirectory.isBlank();
	}

}
