package org.lantern.base.database;

import org.lantern.base.ApplicationClock;
import org.lantern.base.LanternProperties;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * For the one-off operator commands (backup, restore, audit verification): only the database, the
 * configured external one or the embedded one, migrated by Liquibase, and Lantern's settings. Nothing
 * else starts (no web server, content loading, search index or demo data), so nothing writes to the
 * database while the command runs.
 */
@Configuration(proxyBeanMethods = false)
@Import({EmbeddedDatabaseConfiguration.class, ApplicationClock.class})
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, LiquibaseAutoConfiguration.class})
@EnableConfigurationProperties(LanternProperties.class)
public class DatabaseOnly {

    /** Starts the database-only application with the command's arguments; close it when done. */
    public static ConfigurableApplicationContext start(String[] args) {
        return new SpringApplicationBuilder(DatabaseOnly.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(args);
    }
}
