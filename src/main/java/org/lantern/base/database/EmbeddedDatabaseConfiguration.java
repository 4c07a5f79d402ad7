package org.lantern.base.database;

import com.zaxxer.hikari.HikariDataSource;
import org.lantern.base.LanternProperties;
import org.lantern.base.startup.StartupPhases;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseConnectionDetails;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;

/**
 * Starts the embedded PostgreSQL and points the connection pool at it, unless
 * {@code spring.datasource.url} names an external database. Public so that the backup and restore
 * modes ({@code base.backup}) can start the database alone. Lantern connects as the app role;
 * Liquibase (and a restore) as the schema owner, through {@link LiquibaseConnectionDetails}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(LanternProperties properties, StartupPhases phases) throws IOException {
        LanternProperties.EmbeddedDb settings = properties.embeddedDb();
        return phases.time(StartupPhases.DATABASE,
                () -> EmbeddedDatabase.start(properties.dataDir(), settings.durable(), settings.ephemeral()));
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database.url());
        pool.setUsername(database.app().username());
        pool.setPassword(database.app().password());
        pool.setPoolName("lantern");
        pool.setMaximumPoolSize(20);
        return pool;
    }

    /** Migrations run as the owner of the schema (the same details give a restore its connection). */
    @Bean
    LiquibaseConnectionDetails liquibaseConnectionDetails(EmbeddedDatabase database) {
        return new LiquibaseConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return database.url();
            }

            @Override
            public String getUsername() {
                return database.owner().username();
            }

            @Override
            public String getPassword() {
                return database.owner().password();
            }
        };
    }
}
