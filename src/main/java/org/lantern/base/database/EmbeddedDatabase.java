package org.lantern.base.database;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * The embedded PostgreSQL that Lantern uses when no external database is configured.
 *
 * <p>zonky's defaults are for throwaway test databases (fsync off); for users' data we switch
 * durability back on. A {@code lantern.lock} file stops a second Lantern from opening the same
 * data folder, and a PostgreSQL server left running by a Lantern that was killed is stopped
 * before starting a new one (otherwise the start fails on {@code postmaster.pid}).
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class EmbeddedDatabase implements AutoCloseable {

    /** The PostgreSQL major version is pinned: a data folder made by 17 cannot be opened by 16 or 18. */
    public static final String PG_FOLDER = "postgres-17";
    public static final String DATABASE = "lantern";
    /** Owns the schema; Liquibase and a restore connect as it. */
    public static final String OWNER_ROLE = "lantern_owner";
    /** What Lantern itself connects as: owns nothing, granted what it needs by the migrations. */
    public static final String APP_ROLE = "lantern_app";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Path pgData;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;
    private final boolean ephemeral;
    private final Credentials owner;
    private final Credentials app;

    /** A role's user name and password (the passwords are new at every start and kept nowhere). */
    public record Credentials(String username, String password) {
        @Override
        public String toString() {
            return "Credentials[" + username + "]";
        }
    }

    /**
     * Starts (creating if needed) the database under {@code dataDir}.
     *
     * @throws DataFolderInUseException when another Lantern is using the folder
     */
    public static EmbeddedDatabase start(Path dataDir, boolean durable, boolean ephemeral) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        FileChannel channel = FileChannel.open(dir.resolve("lantern.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new DataFolderInUseException(dir);
        }
        try {
            Path pgData = dir.resolve(PG_FOLDER);
            if (ephemeral) {
                deleteRecursively(pgData);
            }
            stopStaleServer(pgData);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100");
            String onOff = durable ? "on" : "off";
            builder.setServerConfig("fsync", onOff)
                    .setServerConfig("synchronous_commit", onOff)
                    .setServerConfig("full_page_writes", onOff);
            long started = System.nanoTime();
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL started in {} ms on port {} (data: {}, durable: {})",
                    (System.nanoTime() - started) / 1_000_000, postgres.getPort(), pgData, durable);
            createDatabaseIfMissing(postgres);
            DatabaseRoles.Created roles = DatabaseRoles.ensure(postgres, DATABASE, OWNER_ROLE, APP_ROLE);
            return new EmbeddedDatabase(pgData, channel, lock, postgres, ephemeral, roles.owner(), roles.app());
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    /** The Lantern database as the superuser {@code postgres} (maintenance and tests only). */
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    /** The Lantern database, without a user: connect with {@link #owner()} or {@link #app()}. */
    public String url() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** The schema owner's credentials, for migrations and a restore. */
    public Credentials owner() {
        return owner;
    }

    /** The app role's credentials, for Lantern's connection pool. */
    public Credentials app() {
        return app;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataFolder() {
        return pgData;
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
            if (ephemeral) {
                deleteRecursively(pgData);
            }
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    /**
     * After a kill -9 of the JVM, the PostgreSQL child process survives and keeps postmaster.pid.
     * We hold lantern.lock, so no other Lantern uses this folder: any server still running on it
     * is stale. Ask it to shut down (SIGTERM), and force it after a grace period.
     */
    static void stopStaleServer(Path pgData) {
        readPostmasterPid(pgData)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true))
                .ifPresent(process -> {
                    log.warn("Found a PostgreSQL server (pid {}) still running on {} from an earlier Lantern "
                            + "that did not stop cleanly; stopping it before starting again.", process.pid(), pgData);
                    process.destroy();
                    try {
                        process.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        log.warn("The stale PostgreSQL server did not stop in 20 s; killing it.");
                        process.destroyForcibly();
                        try {
                            process.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (Exception ignored) {
                            // PostgreSQL itself reports it below if it is still there
                        }
                    }
                    log.info("Stale PostgreSQL server stopped.");
                });
    }

    static Optional<Long> readPostmasterPid(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            return first.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
            }
            log.info("Created database '{}'", DATABASE);
        } catch (SQLException e) {
            throw new IOException("Could not create the Lantern database: " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Thrown when another running Lantern holds the data folder. */
    public static final class DataFolderInUseException extends IllegalStateException {
        public DataFolderInUseException(Path dir) {
            super("Another Lantern is already running on the data folder " + dir
                    + ". Stop it first, or start this one with a different folder (LANTERN_DATA_DIR or "
                    + "--lantern.data-dir=...).");
        }
    }
}
