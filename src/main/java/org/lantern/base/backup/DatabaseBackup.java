package org.lantern.base.backup;

import lombok.RequiredArgsConstructor;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import javax.sql.DataSource;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A logical backup of Lantern's database, independent of where PostgreSQL runs (the embedded
 * PostgreSQL ships no {@code pg_dump}).
 *
 * <p>The file is a ZIP: one entry per table in PostgreSQL's {@code COPY} text format, parents before
 * children, then {@code manifest.properties} (format version, time, the Liquibase changesets the
 * schema had, and each table's columns and row count). Every table in the {@code public} schema is included (so
 * tables added by later changesets are too), read in one repeatable-read transaction: a consistent
 * snapshot even while Lantern is in use. A restore goes into an empty database that Liquibase has
 * migrated, in one transaction, parents before children, and sets the id sequences past the
 * restored ids. Derived data (the search index) is not in the backup; it is rebuilt at start.
 */
@RequiredArgsConstructor
public final class DatabaseBackup {

    /** The format written; a reader refuses formats it does not know. */
    public static final String FORMAT = "lantern-backup-1";

    private final DataSource dataSource;
    private final Clock clock;

    /** What a backup or restore did. */
    public record Summary(Map<String, Long> rowsByTable, long bytes) {
        public long totalRows() {
            return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Refused or failed, with a message meant for the operator. */
    public static final class BackupException extends Exception {
        public BackupException(String message) {
            super(message);
        }

        public BackupException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Writes a backup of the whole database to {@code file} (written beside it first, then moved into
     * place, so a failed backup never leaves a half-written file under the requested name).
     */
    public Summary backup(Path file) throws BackupException {
        Path target = file.toAbsolutePath().normalize();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Map<String, Long> rows = new LinkedHashMap<>();
        try {
            Files.createDirectories(target.getParent());
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                c.setReadOnly(true);
                try {
                    List<String> tables = PublicSchema.tablesInDependencyOrder(c);
                    Map<String, List<String>> columns = new LinkedHashMap<>();
                    for (String table : tables) {
                        columns.put(table, PublicSchema.copyableColumns(c, table));
                    }
                    List<String> changesets = PublicSchema.changesets(c);
                    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                        // table data first into the ZIP, manifest (with row counts) last but read first on restore
                        for (String table : tables) {
                            zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                            // rows in key order, not in the order they were written: survey participants and
                            // responses have random keys, so the file does not tell who started answering when
                            List<String> key = PublicSchema.primaryKey(c, table);
                            long n = copy.copyOut("COPY (SELECT " + String.join(", ", PublicSchema.quoted(columns.get(table)))
                                    + " FROM " + PublicSchema.quote(table) + (key.isEmpty() ? "" : " ORDER BY " + String.join(", ", PublicSchema.quoted(key)))
                                    + ") TO STDOUT", new KeepOpen(zip));
                            zip.closeEntry();
                            rows.put(table, n);
                        }
                        zip.putNextEntry(new ZipEntry(BackupManifest.FILE));
                        zip.write(BackupManifest.write(tables, columns, rows, changesets, clock.instant()).getBytes(StandardCharsets.UTF_8));
                        zip.closeEntry();
                    }
                } finally {
                    c.rollback();
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Summary(rows, Files.size(target));
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw new BackupException("The backup failed while reading the database: " + e.getMessage(), e);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new BackupException("The backup could not be written to " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Restores {@code file} into this database, which must hold no Lantern data yet (a new, empty
     * database: Liquibase creates the tables at start). Everything or nothing is restored.
     */
    public Summary restore(Path file) throws BackupException {
        Path source = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new BackupException("There is no backup file at " + source + ".");
        }
        Properties manifest = BackupManifest.read(source);
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                BackupManifest.checkSchema(c, manifest);
                List<String> tables = PublicSchema.tablesInDependencyOrder(c);
                PublicSchema.checkEmpty(c, tables);
                List<String> backedUp = List.of(manifest.getProperty("tables", "").split(","));
                for (String table : backedUp) {
                    if (!table.isEmpty() && !tables.contains(table)) {
                        throw new BackupException("The backup has a table '" + table
                                + "' that this version of Lantern does not know; restore it with the version that made it.");
                    }
                }
                // answers that were part of a released report are frozen by triggers; a restore writes them
                // back exactly as they were, so it tells those triggers so (for this transaction only)
                try (var restoring = c.createStatement()) {
                    restoring.execute("SELECT set_config('lantern.restoring', 'on', true)");
                    // keys that close a circle between tables are deferrable; they are checked at the commit
                    restoring.execute("SET CONSTRAINTS ALL DEFERRED");
                }
                // tables were written parents first, so they are restored in file order, streamed
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(source))) {
                    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                        String name = entry.getName();
                        if (!name.startsWith("tables/") || !name.endsWith(".copy")) {
                            continue;
                        }
                        String table = name.substring("tables/".length(), name.length() - ".copy".length());
                        if (!backedUp.contains(table)) {
                            throw new BackupException("The backup file is damaged: it has data for '" + table
                                    + "' that its manifest does not list.");
                        }
                        String columns = manifest.getProperty("table." + table + ".columns", "");
                        long n = copy.copyIn("COPY " + PublicSchema.quote(table) + " (" + String.join(", ", PublicSchema.quoted(List.of(columns.split(","))))
                                + ") FROM STDIN", new NoClose(zip));
                        long expected = Long.parseLong(manifest.getProperty("table." + table + ".rows", "-1"));
                        if (n != expected) {
                            throw new BackupException("The backup file is damaged: table '" + table + "' has " + n
                                    + " rows but the manifest says " + expected + ".");
                        }
                        rows.put(table, n);
                    }
                }
                for (String table : backedUp) {
                    if (!table.isEmpty() && !rows.containsKey(table)) {
                        throw new BackupException("The backup file is incomplete: table '" + table + "' is missing.");
                    }
                }
                PublicSchema.resetIdentitySequences(c, tables);
                c.commit();
                return new Summary(rows, Files.size(source));
            } catch (BackupException | SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new BackupException("The restore failed and nothing was restored: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BackupException("The backup file " + source + " could not be read (nothing was restored): "
                    + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the failure being reported matters more
        }
    }

    /** Lets the COPY stream write into a ZIP entry without closing the ZIP. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Lets COPY read one ZIP entry without closing the ZIP. */
    private static final class NoClose extends FilterInputStream {
        NoClose(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the ZIP stream is closed by its owner
        }
    }
}
