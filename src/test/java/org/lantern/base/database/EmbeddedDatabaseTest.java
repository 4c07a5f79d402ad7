package org.lantern.base.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded PostgreSQL as users run it: durable, single-owner, and recovering from a crash. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    private static String show(Connection c, String setting) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void isDurableKeepsDataAcrossRestartsAndRefusesASecondOwner() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, true, false);
             Connection c = DriverManager.getConnection(database.jdbcUrl())) {
            assertThat(show(c, "fsync")).isEqualTo("on");
            assertThat(show(c, "synchronous_commit")).isEqualTo("on");
            assertThat(show(c, "full_page_writes")).isEqualTo("on");
            assertThat(show(c, "server_version")).startsWith("17.");
            c.createStatement().execute("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");

            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, true, false))
                    .isInstanceOf(EmbeddedDatabase.DataFolderInUseException.class)
                    .hasMessageContaining("Another Lantern is already running on the data folder");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, true, false);
             Connection c = DriverManager.getConnection(database.jdbcUrl());
             ResultSet rs = c.createStatement().executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void startsAfterTheJvmWasKilledAndThePostgresProcessSurvived() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StaleServerChild.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                seen.append(line).append('\n');
            }
            assertThat(line).as("child output:\n%s", seen).isEqualTo("READY");
            child.destroyForcibly();   // SIGKILL: no shutdown hooks, PostgreSQL is left running
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Path pgData = dataDir.resolve(EmbeddedDatabase.PG_FOLDER);
        long stalePid = EmbeddedDatabase.readPostmasterPid(pgData).orElseThrow();
        assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive)).as("postgres outlived the JVM").contains(true);

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, true, false);
             Connection c = DriverManager.getConnection(database.jdbcUrl());
             ResultSet rs = c.createStatement().executeQuery("SELECT note FROM crash_check")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("written before the crash");
            assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        }
        assertThat(Files.exists(pgData.resolve("postmaster.pid"))).isFalse();
    }
}
