package org.lantern.base.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.base.LanternProperties;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded PostgreSQL started in the background while Spring builds its beans. */
class EmbeddedDatabaseEarlyStartTest {

    @TempDir
    Path dataDir;

    private LanternProperties settings() {
        return new LanternProperties(dataDir, null, false, new LanternProperties.EmbeddedDb(false, false));
    }

    @Test
    void theDatabaseStartedEarlyIsTakenOnceAndThenClosedByTheOneWhoTookIt() throws Exception {
        EmbeddedDatabaseEarlyStart.Starting starting = new EmbeddedDatabaseEarlyStart.Starting(settings());
        try (EmbeddedDatabase database = starting.take();
             Connection c = DriverManager.getConnection(database.jdbcUrl())) {
            assertThat(c.isValid(5)).isTrue();
            assertThatThrownBy(starting::take).isInstanceOf(IllegalStateException.class);
            starting.destroy();
            assertThat(c.isValid(5)).as("not closed by the early start once taken").isTrue();
        }
    }

    @Test
    void aDatabaseNobodyTookIsClosedWithTheContextAndFreesTheFolder() throws Exception {
        new EmbeddedDatabaseEarlyStart.Starting(settings()).destroy();
        try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDir, false, false)) {
            assertThat(again.port()).isPositive();
        }
    }

    @Test
    void aFolderInUseFailsWhereTheDatabaseIsTakenWithTheUsualMessage() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, false, false)) {
            EmbeddedDatabaseEarlyStart.Starting starting = new EmbeddedDatabaseEarlyStart.Starting(settings());
            assertThatThrownBy(starting::take).isInstanceOf(EmbeddedDatabase.DataFolderInUseException.class);
            starting.destroy();
            assertThat(first.port()).isPositive();
        }
    }
}
