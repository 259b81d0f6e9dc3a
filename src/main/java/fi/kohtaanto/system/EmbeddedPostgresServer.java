package fi.kohtaanto.system;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server started from the binaries that zonky publishes on Maven Central.
 * <p>
 * A temporary server is shared by every Spring context of the JVM, because the test suite caches several contexts and
 * starting a server for each would cost seconds and memory for nothing; it stops when the JVM exits. A server with a
 * data directory belongs to the application context that started it and stops when that context closes.
 */
final class EmbeddedPostgresServer implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<String, EmbeddedPostgresServer> shared = new ConcurrentHashMap<>();

	private final EmbeddedPostgres postgres;

	private final boolean temporary;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, boolean temporary) {
		this.postgres = postgres;
		this.temporary = temporary;
	}

	static EmbeddedPostgresServer obtain(EmbeddedDatabaseProperties properties) {
		if (properties.temporary()) {
			return shared.computeIfAbsent("temporary", key -> {
				EmbeddedPostgresServer server = start(properties, null);
				Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
				return server;
			});
		}
		Path directory = Path.of(properties.dataDirectory()).toAbsolutePath();
		return start(properties, directory);
	}

	private static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties, Path directory) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setServerConfig("max_connections", "100")
				.setServerConfig("shared_buffers", "128MB")
				.setServerConfig("work_mem", "16MB")
				.setServerConfig("fsync", directory == null ? "off" : "on")
				.setServerConfig("synchronous_commit", directory == null ? "off" : "on")
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C.UTF-8");
			if (properties.port() > 0) {
				builder.setPort(properties.port());
			}
			if (directory != null) {
				Files.createDirectories(directory);
				builder.setDataDirectory(directory).setCleanDataDirectory(false);
			}
			EmbeddedPostgres postgres = builder.start();
			createDatabaseIfMissing(postgres, properties.database());
			log.info("Embedded PostgreSQL listening on 127.0.0.1:{} ({})", postgres.getPort(),
					directory == null ? "temporary" : directory);
			return new EmbeddedPostgresServer(postgres, directory == null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) {
		if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("Invalid database name: " + database);
		}
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			boolean exists;
			try (ResultSet rs = statement
				.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
				exists = rs.next();
			}
			if (!exists) {
				statement.execute("create database " + database);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + database, ex);
		}
	}

	String jdbcUrl(String database) {
		return postgres.getJdbcUrl("postgres", database);
	}

	boolean temporary() {
		return temporary;
	}

	/** Stops a server that belongs to a context; a shared temporary one keeps running until the JVM exits. */
	@Override
	public void close() {
		if (!temporary) {
			stop();
		}
	}

	private void stop() {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly: {}", ex.getMessage());
		}
	}

}
