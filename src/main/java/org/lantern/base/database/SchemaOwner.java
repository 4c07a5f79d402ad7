package org.lantern.base.database;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseConnectionDetails;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import javax.sql.DataSource;

/**
 * Connections as the schema's owner, the role Liquibase migrates with: for the few jobs the app role
 * may not do (a restore). The owner is {@code spring.liquibase.user} (or, with the embedded PostgreSQL,
 * the role Lantern made); without one, the app's own connections are the owner's.
 */
public final class SchemaOwner {

    private SchemaOwner() {
    }

    /** A plain (unpooled) data source as the owner, chosen as Spring Boot chooses Liquibase's. */
    public static DataSource dataSource(@Nullable LiquibaseConnectionDetails owner, DataSource app) {
        if (owner == null || (owner.getJdbcUrl() == null && owner.getUsername() == null)) {
            return app;
        }
        DataSourceBuilder<?> builder = owner.getJdbcUrl() != null
                ? DataSourceBuilder.create().url(owner.getJdbcUrl())
                : DataSourceBuilder.derivedFrom(app);
        builder.type(SimpleDriverDataSource.class);
        if (owner.getUsername() != null) {
            builder.username(owner.getUsername()).password(owner.getPassword());
        }
        if (owner.getDriverClassName() != null) {
            builder.driverClassName(owner.getDriverClassName());
        }
        return builder.build();
    }
}
