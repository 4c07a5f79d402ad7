package org.lantern.base.database;

import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * Run in a separate JVM by {@link EmbeddedDatabaseTest}: starts the embedded database, writes a
 * row, says READY and waits to be killed with SIGKILL, like a Lantern that crashed.
 */
public final class StaleServerChild {

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), true, false);
        try (var c = DriverManager.getConnection(database.jdbcUrl()); var s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS crash_check (note text)");
            s.execute("INSERT INTO crash_check VALUES ('written before the crash')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
