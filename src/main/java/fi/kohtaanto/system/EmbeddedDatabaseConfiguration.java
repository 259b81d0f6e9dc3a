package fi.kohtaanto.system;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL when no external database is configured. Setting {@code spring.datasource.url}
 * (plus username and password) switches to an external PostgreSQL and this configuration steps aside.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	@Bean
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
		return EmbeddedPostgresServer.obtain(properties);
	}

	@Bean
	DataSource dataSource(EmbeddedPostgresServer server, EmbeddedDatabaseProperties properties) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setDriverClassName("org.postgresql.Driver");
		dataSource.setJdbcUrl(server.jdbcUrl(properties.database()));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("kohtaanto-embedded");
		// Tests share one server across cached contexts; small pools keep them under max_connections.
		dataSource.setMaximumPoolSize(server.temporary() ? 4 : 10);
		dataSource.setMinimumIdle(1);
		return dataSource;
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
