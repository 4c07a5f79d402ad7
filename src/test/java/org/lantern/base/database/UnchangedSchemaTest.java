package org.lantern.base.database;

import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Liquibase's work is skipped at start only while the schema was migrated, completely, with this changelog. */
@LanternTest
class UnchangedSchemaTest {

    @Autowired
    SpringLiquibase liquibase;
    @Autowired
    UnchangedSchema unchanged;
    @Autowired
    DataSource app;

    @Test
    void afterStartTheSchemaIsMarkedWithThisChangelog() throws Exception {
        assertThat(storedMark()).isEqualTo(UnchangedSchema.mark(liquibase, unchanged.parameters()));
        assertThat(unchanged.current(liquibase)).isTrue();
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE schema_mark SET changelog_sha256 = 'skip the next migration'"))
                    .as("the app role only reads the mark").hasMessageContaining("permission denied");
        }
    }

    @Test
    void aCurrentSchemaSkipsLiquibaseAtStartOnlyAndAChangedOneRunsItAndIsMarkedAgain() throws Exception {
        unchanged.postProcessBeforeInitialization(liquibase, "liquibase");
        assertThat(shouldRun()).as("skipped at start").isFalse();
        unchanged.postProcessAfterInitialization(liquibase, "liquibase");
        assertThat(shouldRun()).as("runs when called again after start (PlainLinkMigration)").isTrue();

        execute("UPDATE schema_mark SET changelog_sha256 = 'an earlier changelog'");
        assertThat(unchanged.current(liquibase)).isFalse();
        unchanged.postProcessBeforeInitialization(liquibase, "liquibase");
        assertThat(shouldRun()).as("a different changelog runs Liquibase").isTrue();
        liquibase.afterPropertiesSet();
        unchanged.postProcessAfterInitialization(liquibase, "liquibase");
        assertThat(storedMark()).isEqualTo(UnchangedSchema.mark(liquibase, unchanged.parameters()));
    }

    @Test
    void theMarkFollowsTheChangelogAndLiquibasesParameters() {
        assertThat(unchanged.parameters()).containsKey("app_role");
        assertThat(UnchangedSchema.mark(copy(), unchanged.parameters())).isEqualTo(UnchangedSchema.mark(liquibase, unchanged.parameters()));
        assertThat(UnchangedSchema.mark(copy(), Map.of("app_role", "another_role"))).isNotEqualTo(UnchangedSchema.mark(liquibase, unchanged.parameters()));
    }

    private SpringLiquibase copy() {
        SpringLiquibase copy = new SpringLiquibase();
        copy.setChangeLog(liquibase.getChangeLog());
        copy.setContexts(liquibase.getContexts());
        copy.setLabelFilter(liquibase.getLabelFilter());
        copy.setDefaultSchema(liquibase.getDefaultSchema());
        return copy;
    }

    private boolean shouldRun() {
        return (boolean) ReflectionTestUtils.getField(liquibase, "shouldRun");
    }

    private String storedMark() throws Exception {
        try (Connection c = liquibase.getDataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT changelog_sha256 FROM schema_mark WHERE id = 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = liquibase.getDataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
