package org.lantern.base.database;

import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Skips Liquibase's work at start when the schema was last migrated, completely, with exactly this
 * changelog: a SHA-256 of every file under the changelog's folder and of Liquibase's parameters, kept
 * in {@code schema_mark} by the owner after every successful update. Any difference
 * (a new or changed file, another app role, a database without the mark) runs Liquibase as before.
 *
 * <p>Two instances stay safe without a lock of their own: the mark is written in one statement, only
 * after a complete update, so an instance reads either an older mark (and runs Liquibase, which takes
 * its own lock) or one for a schema that has every changeset. Liquibase runs again when called once
 * more after start ({@code surveys.PlainLinkMigration} does).
 */
@Component
class UnchangedSchema implements BeanPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(UnchangedSchema.class);
    private static final String CLASSPATH = "classpath:";

    /** The skipped Liquibase bean, set to run again once its start is over. */
    private volatile SpringLiquibase skipped;
    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    /** The changelog parameters Spring Boot gives Liquibase (SpringLiquibase has no getter for them). */
    Map<String, String> parameters() {
        return Binder.get(environment).bind("spring.liquibase.parameters", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase && current(liquibase)) {
            log.info("The schema is current with the changelog: Liquibase has nothing to do");
            liquibase.setShouldRun(false);
            skipped = liquibase;
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase) {
            if (liquibase == skipped) {
                liquibase.setShouldRun(true);
                skipped = null;
            } else {
                mark(liquibase);
            }
        }
        return bean;
    }

    /** Whether the stored mark is this changelog's (false when there is none or it cannot be read). */
    boolean current(SpringLiquibase liquibase) {
        try (Connection c = liquibase.getDataSource().getConnection();
             Statement s = c.createStatement()) {
            try (ResultSet exists = s.executeQuery("SELECT to_regclass('schema_mark') IS NOT NULL")) {
                if (!exists.next() || !exists.getBoolean(1)) {
                    return false;
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT changelog_sha256 FROM schema_mark WHERE id = 1")) {
                return rs.next() && rs.getString(1).equals(mark(liquibase, parameters()));
            }
        } catch (SQLException e) {
            log.warn("Could not read the schema mark, so Liquibase runs: {}", e.getMessage());
            return false;
        }
    }

    /**
     * After a successful update: stores the mark. A changeset that waits on its precondition (011's drop of the
     * plain link table) is not held up by it: {@code surveys.PlainLinkMigration} runs Liquibase again at that
     * same start, once the table is empty.
     */
    void mark(SpringLiquibase liquibase) {
        try (Connection c = liquibase.getDataSource().getConnection()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO schema_mark (id, changelog_sha256) VALUES (1, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET changelog_sha256 = excluded.changelog_sha256, migrated_at = now()")) {
                s.setString(1, mark(liquibase, parameters()));
                s.executeUpdate();
            }
            readOnlyForTheAppRole(c, parameters().getOrDefault("app_role", ""));
        } catch (SQLException e) {
            // no mark: Liquibase runs at the next start, as it always did
            log.warn("Could not store the schema mark: {}", e.getMessage());
        }
    }

    /** Like Liquibase's own tables: the app role (granted every table by 020-app-role-grants) only reads the mark. */
    private static void readOnlyForTheAppRole(Connection c, String appRole) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ? AND rolname <> current_user")) {
            s.setString(1, appRole);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON schema_mark FROM \"" + appRole.replace("\"", "\"\"") + "\"");
        }
    }

    /**
     * SHA-256 of the changelog's folder (every file by its path inside the class path, so the same jar
     * extracted or not gives the same mark) and Liquibase's settings.
     */
    static String mark(SpringLiquibase liquibase, Map<String, String> parameters) {
        String changeLog = liquibase.getChangeLog();
        String root = path(changeLog.substring(0, changeLog.lastIndexOf('/') + 1));
        List<String> files = new ArrayList<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:" + root + "**/*")) {
                String url = file.getURL().toString();
                if (file.isReadable() && !url.endsWith("/")) {
                    files.add(url.substring(url.lastIndexOf("/" + root) + 1) + " "
                            + HexFormat.of().formatHex(sha256().digest(file.getContentAsByteArray())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the changelog in " + root, e);
        }
        Collections.sort(files);
        String settings = changeLog + "|" + liquibase.getContexts() + "|" + liquibase.getLabelFilter() + "|"
                + liquibase.getDefaultSchema() + "|" + new TreeMap<>(parameters);
        return HexFormat.of().formatHex(sha256().digest((settings + "\n" + String.join("\n", files)).getBytes(StandardCharsets.UTF_8)));
    }

    private static String path(String location) {
        return location.startsWith(CLASSPATH) ? location.substring(CLASSPATH.length()) : location;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
