package org.lantern.base.database;

import com.zaxxer.hikari.HikariDataSource;
import org.lantern.base.LanternProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;

/**
 * Starts the embedded PostgreSQL and points the connection pool at it, unless
 * {@code spring.datasource.url} names an external database. Public so that the backup and restore
 * modes ({@code base.backup}) can start the database alone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(LanternProperties properties) throws IOException {
        LanternProperties.EmbeddedDb settings = properties.embeddedDb();
        return EmbeddedDatabase.start(properties.dataDir(), settings.durable(), settings.ephemeral());
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername("postgres");
        pool.setPoolName("lantern");
        pool.setMaximumPoolSize(20);
        return pool;
    }
}
