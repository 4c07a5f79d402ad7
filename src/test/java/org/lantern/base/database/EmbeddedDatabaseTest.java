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

    /**
     * Issue 15, "Database and audit": Lantern makes its two roles, neither a superuser, and hands a data
     * folder's tables made before they existed (owned by {@code postgres}) to the owner role; the app role
     * owns nothing.
     */
    @Test
    void makesTheOwnerAndAppRolesAndHandsOlderTablesToTheOwner() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, false, false);
             Connection c = DriverManager.getConnection(database.jdbcUrl())) {
            c.createStatement().execute("CREATE TABLE made_before_the_roles (v text)");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, false, false);
             Connection app = DriverManager.getConnection(database.url(), database.app().username(), database.app().password());
             Connection owner = DriverManager.getConnection(database.url(), database.owner().username(), database.owner().password());
             ResultSet rs = owner.createStatement().executeQuery("SELECT pg_get_userbyid(relowner), "
                     + "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
                     + "(SELECT rolsuper FROM pg_roles WHERE rolname = '" + EmbeddedDatabase.APP_ROLE + "') "
                     + "FROM pg_class WHERE relname = 'made_before_the_roles'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(EmbeddedDatabase.OWNER_ROLE);
            assertThat(rs.getBoolean(2)).isFalse();
            assertThat(rs.getBoolean(3)).isFalse();
            assertThatThrownBy(() -> app.createStatement().execute("CREATE TABLE app_made (v text)"))
                    .hasMessageContaining("permission denied");
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
